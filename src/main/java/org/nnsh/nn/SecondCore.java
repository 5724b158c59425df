package org.nnsh.nn;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Offers one task at a time to a second thread while the caller does its own share, for the
 * training step's two halves. Whoever claims the task first runs it: the second thread as soon as
 * it sees it, or the caller, once done with its own share, if the second thread has not started —
 * so when the machine is busy and the second thread is not running, the caller does both halves
 * at the speed of one core instead of waiting for a thread the scheduler has set aside. Waits spin
 * for a few microseconds (a step lasts tens of them, and waking a parked thread costs about as
 * much), then yield, then park. The second thread starts at once: running the first tasks on the
 * caller's thread to leave the second core to the JIT compiler made the spiral's first fit slower
 * (300 tasks: 60.6 µs/epoch, 2000: 62.0, none: 56.7). With one processor every task runs on the
 * caller's thread. Where a task runs never changes what it computes.
 */
final class SecondCore implements AutoCloseable {
    /** Pauses (~12 ns each here) a wait starts with: a step's other half usually ends within them. */
    private static final int SPINS = 200;
    /**
     * Then yields to any other runnable thread — the other half's or the JIT compiler's — before
     * parking: a spinning thread on a busy machine holds a core that the one it waits for needs.
     */
    private static final int YIELDS = 2_000;

    private final AtomicLong claimed = new AtomicLong();
    private final Thread caller = Thread.currentThread();
    private final Thread thread;
    private Runnable task;
    private volatile long offered;
    private volatile long finished;
    private volatile boolean helperParked;
    private volatile boolean callerParked;
    private volatile boolean closed;
    private volatile Throwable failure;

    private SecondCore(boolean threaded) {
        // started here, not at the first task: a branch first taken inside the compiled training
        // step would send it back to the interpreter at every new fit
        thread = threaded ? new Thread(this::serve, "nnsh training, second half") : null;
        if (thread != null) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** A second thread when there is a second processor, else the caller's own; the caller is this thread. */
    static SecondCore start() {
        return new SecondCore(Runtime.getRuntime().availableProcessors() >= 2);
    }

    /** Offers {@code work} to the second thread; {@link #join()} makes sure it has run. */
    void fork(Runnable work) {
        task = work;
        offered = offered + 1;
        if (helperParked) {
            LockSupport.unpark(thread);
        }
    }

    /** Runs the offered task here if the second thread has not claimed it, else waits for it; rethrows what it threw. */
    void join() {
        long n = offered;
        if (claimed.compareAndSet(n - 1, n)) {
            task.run();
            return;
        }
        awaitFinished(n);
        Throwable t = failure;
        if (t != null) {
            failure = null;
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new IllegalStateException("training's second thread failed", t);
        }
    }

    /**
     * Waits until the second thread has finished task {@code n}. Both threads' spin loops are
     * methods of their own, with no call to the task in them: loops that also ran the task were
     * compiled by C2 with the training step inlined 4–5 times in a first fit, and made not entrant
     * in between (8–35 ms of the one C2 thread's time, once 180 ms); now they never reach C2.
     */
    private void awaitFinished(long n) {
        for (int spins = 0; finished != n; spins++) {
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else if (spins < SPINS + YIELDS) {
                Thread.yield();
            } else {
                callerParked = true;
                if (finished != n) {
                    LockSupport.park(this);
                }
                callerParked = false;
            }
        }
    }

    /** Ends the second thread once it has finished what it claimed. */
    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    private void serve() {
        long seen = claimed.get();
        while (awaitOffer(seen)) {
            long n = offered;
            seen = n;
            if (!claimed.compareAndSet(n - 1, n)) {
                continue;
            }
            try {
                task.run();
            } catch (Throwable t) {
                failure = t;
            }
            finished = n;
            if (callerParked) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Waits until a task after number {@code seen} is offered (true) or this is closed (false). */
    private boolean awaitOffer(long seen) {
        for (int spins = 0; offered == seen; spins++) {
            if (closed) {
                return false;
            }
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else if (spins < SPINS + YIELDS) {
                Thread.yield();
            } else {
                helperParked = true;
                if (offered == seen && !closed) {
                    LockSupport.park(this);
                }
                helperParked = false;
            }
        }
        return true;
    }
}
