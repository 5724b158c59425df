package org.nnsh.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A {@link Shell} run over an in-memory dumb terminal: lines typed in, the screen's text out (the
 * banner line dropped). The input ends after the last line, as Ctrl-D would end it.
 */
record ShellTranscript(int exitCode, String screen) {
    static ShellTranscript of(Path home, String... lines) {
        String input = String.join("\n", lines) + "\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("nnsh-test", "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(160, 40));
            int code = new Shell(terminal, home, LiveSession.startInBackground()).run();
            String text = screen.toString(StandardCharsets.UTF_8).replace("\r", "");
            return new ShellTranscript(code, text.substring(text.indexOf('\n') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
