package org.nnsh.repl;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jline.utils.Signals;

/**
 * While a script runs, the signals that end the JVM (Ctrl-C's SIGINT, SIGTERM from kill, timeout or CI,
 * SIGHUP when the terminal goes) are handed to the runner, which says at which line the script was
 * stopped before ending with the code the signal's own ending gives (128 + its number): the JVM alone
 * ends without a word, so make or a CI log showed "Error 130" and no line of the script.
 * A signal the process was started with ignored ({@code nohup}, a background job of a script) stays
 * ignored: the JVM refuses a handler for it.
 */
final class ScriptSignals implements AutoCloseable {
    /** A signal that ends the JVM, with its number and how a user knows it. */
    enum Signal {
        HUP(1, "SIGHUP (the terminal was closed)"),
        INT(2, "SIGINT (Ctrl-C)"),
        TERM(15, "SIGTERM");

        private final int number;
        private final String description;

        Signal(int number, String description) {
            this.number = number;
            this.description = description;
        }

        /** The exit code of a process this signal ended, as a shell reports it. */
        int exitCode() {
            return 128 + number;
        }

        String description() {
            return description;
        }
    }

    /** The handlers these replaced, restored on close (null where none could be set). */
    private final Map<Signal, Object> previous = new EnumMap<>(Signal.class);

    /** Hands each of the signals to {@code stopped}, on the JVM's signal thread, until closed. */
    ScriptSignals(Consumer<Signal> stopped) {
        for (Signal signal : Signal.values()) {
            previous.put(signal, Signals.register(signal.name(), () -> stopped.accept(signal)));
        }
    }

    @Override
    public void close() {
        previous.forEach((signal, handler) -> Signals.unregister(signal.name(), handler));
    }
}
