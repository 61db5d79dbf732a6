package org.gutskin.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: at most {@code maxAttempts} sign-in attempts per client address, and at most
 * {@code maxAttempts} failed attempts per user name, in any sliding {@code windowMillis}. Over the limit the
 * service answers 429 before checking the password (so the expensive Argon2 work is not spent either).
 * In memory: a restart forgets, which is acceptable for a rate limit.
 */
public final class SignInLimiter {

    private final int maxAttempts;
    private final long windowMillis;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    public SignInLimiter(int maxAttempts, long windowMillis) {
        this.maxAttempts = maxAttempts;
        this.windowMillis = windowMillis;
    }

    /** Records an attempt from {@code ip} for {@code user}; false when either is over its limit. */
    public boolean tryAttempt(String ip, String user) {
        long now = System.currentTimeMillis();
        if (count("fail:" + user, now, false) >= maxAttempts) return false;
        return count("ip:" + ip, now, true) <= maxAttempts;
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
