package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class SecondCoreTest {
    private static final int TASKS = 20_000;

    @Test
    void everyTaskRunsExactlyOnceAndBeforeJoinReturns() {
        int[] runs = new int[TASKS];
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (SecondCore core = SecondCore.start()) {
            for (int t = 0; t < TASKS; t++) {
                int task = t;
                core.fork(() -> {
                    runs[task]++;
                    threads.add(Thread.currentThread().getName());
                });
                // the caller's own share, long enough for the second thread to claim the task
                busyFor(task % 7 == 0 ? 0 : 2_000);
                core.join();
                assertEquals(1, runs[task], "task " + task + " ran " + runs[task] + " times by the time join returned");
            }
        }
        if (Runtime.getRuntime().availableProcessors() >= 2) {
            assertTrue(threads.contains("nnsh training, second half"), "the second thread never ran a task: " + threads);
        }
    }

    @Test
    void whatATaskThrowsIsThrownByJoin() {
        try (SecondCore core = SecondCore.start()) {
            for (int t = 0; t < TASKS; t++) {
                int task = t;
                core.fork(() -> {
                    if (task % 1000 == 999) {
                        throw new IllegalStateException("task " + task);
                    }
                });
                busyFor(1_000);
                if (task % 1000 == 999) {
                    IllegalStateException e = assertThrows(IllegalStateException.class, core::join);
                    assertEquals("task " + task, e.getMessage());
                } else {
                    core.join();
                }
            }
        }
    }

    @Test
    void closeEndsTheSecondThread() throws InterruptedException {
        SecondCore core = SecondCore.start();
        for (int t = 0; t < 10; t++) {
            core.fork(() -> { });
            core.join();
        }
        core.close();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (secondThreadAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(secondThreadAlive(), "the second thread outlived close()");
    }

    private static boolean secondThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("nnsh training, second half") && t.isAlive());
    }

    private static void busyFor(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
