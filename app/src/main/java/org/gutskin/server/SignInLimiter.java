package org.gutskin.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: at most {@code maxFailuresPerUser} failed sign-ins per user name in any sliding
 * {@code windowMillis}, and at most {@code maxAttemptsPerIp} attempts (failed or not) per client address in the
 * same window. Over a limit the service answers 429 before checking the password, so the Argon2 work is not
 * spent either. In memory: a restart forgets, which is acceptable for a rate limit.
 */
public final class SignInLimiter {

    private final int maxFailuresPerUser, maxAttemptsPerIp;
    private final long windowMillis;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    public SignInLimiter(int maxFailuresPerUser, int maxAttemptsPerIp, long windowMillis) {
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxAttemptsPerIp = maxAttemptsPerIp;
        this.windowMillis = windowMillis;
    }

    /** Records an attempt from {@code ip} for {@code user}; false when either is over its limit. */
    public boolean tryAttempt(String ip, String user) {
        long now = System.currentTimeMillis();
        if (events.size() > 100_000) events.clear(); // bound memory under a flood of made-up names
        if (count("fail:" + user, now, false) >= maxFailuresPerUser) return false;
        return count("ip:" + ip, now, true) <= maxAttemptsPerIp;
    }

    public void failed(String user) {
        count("fail:" + user, System.currentTimeMillis(), true);
    }

    private int count(String key, long now, boolean add) {
        Deque<Long> q = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            while (!q.isEmpty() && q.peekFirst() <= now - windowMillis) q.pollFirst();
            if (add) q.addLast(now);
            return q.size();
        }
    }
}
