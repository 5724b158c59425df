package org.nnsh.repl;

import java.util.function.Function;

/**
 * The interactive shell's current {@link NnshSession}, replaced by {@code /reset}. JShell is not
 * thread-safe, so every use goes through {@link #with}, one at a time; only {@link #stop()}, which
 * the Ctrl-C handler calls while a snippet runs, bypasses the lock.
 */
final class LiveSession implements AutoCloseable {
    private volatile NnshSession session = NnshSession.start();

    /** Runs {@code work} on the session while no other thread uses it. */
    synchronized <T> T with(Function<NnshSession, T> work) {
        return work.apply(session);
    }

    /** Stops the running snippet, if any; safe from any thread. */
    void stop() {
        session.stop();
    }

    /** Throws the session away and starts a fresh one with the preload. */
    synchronized void reset() {
        NnshSession fresh = NnshSession.start();
        session.close();
        session = fresh;
    }

    /**
     * Pays the first completion's and the first signature lookup's cost (~220 and ~250 ms) on a
     * background thread, so the first Tab is instant.
     */
    void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                with(s -> {
                    s.analysis().completionSuggestions("eye(2).so", 9, new int[1]);
                    return s.analysis().documentation("softmax(", 8, false);
                });
            } catch (RuntimeException | Error e) {
                // JShell's local execution replaces the default uncaught-exception handler, and a
                // failed warm-up only means the first Tab pays the cost after all
            }
        }, "nnsh-completion-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public synchronized void close() {
        session.close();
    }
}
