package org.nnsh.repl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal as snippets see it through {@code System.out}: every write goes out at once, so a
 * progress line printed without a newline shows while the snippet is still running.
 */
final class SnippetOutput extends FilterOutputStream {
    SnippetOutput(OutputStream terminal) {
        super(terminal);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        out.flush();
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        out.flush();
    }
}
