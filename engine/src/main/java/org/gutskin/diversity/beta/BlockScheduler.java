package org.gutskin.diversity.beta;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs {@code task(b)} for every block {@code b} in [0, blocks) on {@code threads} threads, handing out blocks
 * one at a time in increasing order. The early blocks of a triangle hold the most pairs, so dynamic hand-out keeps
 * both cores busy to the end without a static split.
 */
final class BlockScheduler {

    private BlockScheduler() {}

    /**
     * Below this many inner-loop steps (≈ 20 ms on one core) a second thread costs more than it saves: starting it
     * and waiting for it to be scheduled on a busy machine takes milliseconds.
     */
    static final double SINGLE_THREAD_WORK = 2e7;

    /** Threads worth using for {@code work} inner-loop steps. */
    static int threadsFor(double work, int threads) {
        return work < SINGLE_THREAD_WORK ? 1 : threads;
    }

    static void run(int blocks, int threads, IntConsumer task) {
        int t = Math.max(1, Math.min(threads, blocks));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int b; (b = next.getAndIncrement()) < blocks; ) task.accept(b);
        };
        if (t == 1) {
            worker.run();
            return;
        }
        List<Thread> pool = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < t; i++) {
            Thread th = new Thread(worker, "gutskin-pairs-" + i);
            th.setUncaughtExceptionHandler((x, e) -> {
                synchronized (failure) {
                    if (failure[0] == null) failure[0] = e;
                }
            });
            th.start();
            pool.add(th);
        }
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure[0] instanceof RuntimeException re) throw re;
        if (failure[0] instanceof Error err) throw err;
        if (failure[0] != null) throw new IllegalStateException(failure[0]);
    }
}
