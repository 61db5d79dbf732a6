package org.gutskin.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing without letting a guesser lock the real user out (issue 15, finding 4). Three budgets,
 * each over a sliding window:
 *
 * <ul>
 * <li><b>per client</b> (address; behind a trusted proxy the forwarded one): at most {@code maxAttemptsPerClient}
 * attempts for any user names. Made-up user names spend the guesser's own budget and reset nothing.</li>
 * <li><b>per (account, client)</b>: after {@code freeFailures} failures the next try from that client for that
 * account waits 1 s, then 2, 4, … up to {@link #MAX_BACKOFF_MILLIS}; a success clears it. Ten wrong passwords from
 * one client cost that client at most a minute for that account; the user's own client is untouched.</li>
 * <li><b>per account</b>: once {@code maxFailuresPerAccount} failures came from any clients, a client that already
 * failed for the account is refused until the window passes; a client with no failure for it (the user's own)
 * still gets in. A guesser with many addresses gets one try per address per window.</li>
 * </ul>
 *
 * Over a budget the service answers 429 with {@code Retry-After} before checking the password, so the Argon2 work
 * is not spent either. In memory, bounded by sweeping expired entries (never by forgetting live ones): a restart
 * forgets, which is acceptable for a rate limit.
 */
public final class SignInLimiter {

    static final long MAX_BACKOFF_MILLIS = 60_000;
    private static final int SWEEP_AT = 50_000;

    private final int maxAttemptsPerClient, freeFailures, maxFailuresPerAccount;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();
    private volatile int sweepAt = SWEEP_AT;

    public SignInLimiter(int maxAttemptsPerClient, int freeFailures, int maxFailuresPerAccount, long windowMillis) {
        this(maxAttemptsPerClient, freeFailures, maxFailuresPerAccount, windowMillis, System::currentTimeMillis);
    }

    SignInLimiter(int maxAttemptsPerClient, int freeFailures, int maxFailuresPerAccount, long windowMillis,
            LongSupplier clock) {
        this.maxAttemptsPerClient = maxAttemptsPerClient;
        this.freeFailures = freeFailures;
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** The default budgets: 100 attempts per client, 5 free failures per (account, client), 50 per account; 15 min. */
    public static SignInLimiter defaults() {
        return new SignInLimiter(100, 5, 50, 15 * 60_000L);
    }

    /**
     * Records an attempt from {@code client} for {@code user}: 0 when it may go ahead, else the milliseconds to
     * wait (the attempt is then not counted against the account).
     */
    public long tryAttempt(String client, String user) {
        long now = clock.getAsLong();
        if (events.size() > sweepAt) sweep(now);
        Deque<Long> byClient = events.computeIfAbsent("c:" + client, k -> new ArrayDeque<>());
        synchronized (byClient) {
            prune(byClient, now);
            if (byClient.size() >= maxAttemptsPerClient) return byClient.peekFirst() + windowMillis - now;
            byClient.addLast(now);
        }
        Deque<Long> pair = events.get(pairKey(user, client));
        int pairFailures = 0;
        if (pair != null) {
            synchronized (pair) {
                prune(pair, now);
                pairFailures = pair.size();
                if (pairFailures >= freeFailures) {
                    long wait = Math.min(MAX_BACKOFF_MILLIS, 1000L << Math.min(20, pairFailures - freeFailures));
                    long until = pair.peekLast() + wait;
                    if (until > now) return until - now;
                }
            }
        }
        if (pairFailures > 0) {
            Deque<Long> account = events.get("a:" + user);
            if (account != null) {
                synchronized (account) {
                    prune(account, now);
                    if (account.size() >= maxFailuresPerAccount) return account.peekFirst() + windowMillis - now;
                }
            }
        }
        return 0;
    }

    public void failed(String client, String user) {
        long now = clock.getAsLong();
        add(pairKey(user, client), now);
        add("a:" + user, now);
    }

    /** The right password: this client's failures for the account are forgiven. */
    public void succeeded(String client, String user) {
        events.remove(pairKey(user, client));
    }

    private static String pairKey(String user, String client) {
        return "p:" + client + "\u0000" + user;
    }

    private void add(String key, long now) {
        Deque<Long> q = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q, now);
            q.addLast(now);
        }
    }

    private void prune(Deque<Long> q, long now) {
        while (!q.isEmpty() && q.peekFirst() <= now - windowMillis) q.pollFirst();
    }

    /** Drops expired entries; the next sweep waits until the map has doubled, so sweeping stays O(1) amortised. */
    private synchronized void sweep(long now) {
        if (events.size() <= sweepAt) return;
        events.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
        sweepAt = Math.max(SWEEP_AT, 2 * events.size());
    }
}
