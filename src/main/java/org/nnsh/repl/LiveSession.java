package org.nnsh.repl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The interactive shell's current {@link NnshSession}, replaced by {@code /reset}. JShell is not
 * thread-safe, so every use goes through {@link #with}, one at a time; only {@link #stop()}, which
 * the Ctrl-C handler calls while a snippet runs, bypasses the lock.
 */
final class LiveSession implements AutoCloseable {
    private final CompletableFuture<NnshSession> firstStart;
    /** Null until the first session has started. */
    private volatile NnshSession session;

    private LiveSession(CompletableFuture<NnshSession> firstStart) {
        this.firstStart = firstStart;
    }

    /**
     * Starts the session (~0.4 s of JShell and javac warming up) on its own thread, so that the
     * terminal can be set up meanwhile.
     */
    static LiveSession startInBackground() {
        return new LiveSession(CompletableFuture.supplyAsync(NnshSession::start,
                task -> new Thread(task, "nnsh-session-start").start()));
    }

    /**
     * Waits until the session has started.
     *
     * @throws IllegalStateException when the preload failed: the installation is broken
     */
    void awaitStart() {
        with(s -> s);
    }

    /** Runs {@code work} on the session while no other thread uses it. */
    synchronized <T> T with(Function<NnshSession, T> work) {
        return work.apply(current());
    }

    private NnshSession current() {
        if (session == null) {
            try {
                session = firstStart.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
            }
        }
        return session;
    }

    /** Stops the running snippet, if any; safe from any thread. */
    void stop() {
        NnshSession running = session;
        if (running != null) {
            running.stop();
        }
    }

    /** Throws the session away and starts a fresh one with the preload. */
    synchronized void reset() {
        NnshSession fresh = NnshSession.start();
        current().close();
        session = fresh;
    }

    @Override
    public synchronized void close() {
        NnshSession started = session != null ? session : firstStart.getNow(null);
        if (started != null) {
            started.close();
        } else {
            // still starting: close it once it has
            firstStart.thenAccept(NnshSession::close);
        }
    }
}
