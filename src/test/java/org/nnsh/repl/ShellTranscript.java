package org.nnsh.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A {@link Shell} run over an in-memory dumb terminal: lines typed in, the screen's text out (the
 * banner line dropped). The input ends after the last line, as Ctrl-D would end it.
 */
record ShellTranscript(int exitCode, String screen) {
    static ShellTranscript of(Path home, String... lines) {
        return run(home, null, lines);
    }

    /**
     * As {@link #of}, pressing Ctrl-C once, {@code afterMillis} after the screen shows the line
     * {@code interrupted} typed (the dumb terminal reads no keys while a snippet runs, so the
     * signal is raised as JLine raises it for a real terminal).
     */
    static ShellTranscript interrupting(Path home, String interrupted, long afterMillis, String... lines) {
        return run(home, (terminal, screen) -> {
            try {
                // pressed at the latest after 30 s, so that a line never shown fails the test, not hangs it
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (!screen.toString(StandardCharsets.UTF_8).replace("\r", "").contains(Shell.PROMPT + interrupted + "\n")
                        && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(afterMillis);
            } catch (InterruptedException e) {
                return;
            }
            terminal.raise(Terminal.Signal.INT);
        }, lines);
    }

    private static ShellTranscript run(Path home, BiConsumer<Terminal, ByteArrayOutputStream> alongside, String... lines) {
        String input = String.join("\n", lines) + "\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("nnsh-test", "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(160, 40));
            Thread presser = null;
            if (alongside != null) {
                presser = new Thread(() -> alongside.accept(terminal, screen), "nnsh-test-keys");
                presser.setDaemon(true);
                presser.start();
            }
            int code = new Shell(terminal, home, LiveSession.startInBackground()).run();
            if (presser != null) {
                presser.interrupt();
            }
            String text = screen.toString(StandardCharsets.UTF_8).replace("\r", "");
            return new ShellTranscript(code, text.substring(text.indexOf('\n') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
