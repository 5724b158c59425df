package org.nnsh.repl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal as snippets see it through {@code System.out}: every write goes out at once, so a
 * progress line printed without a newline shows while the snippet is still running. It remembers
 * whether the last thing written ended its line, so that the shell can start the prompt, and the
 * script runner a failure's {@code FILE:LINE}, on a line of its own after {@code System.out.print("x")}.
 */
final class SnippetOutput extends FilterOutputStream {
    private volatile boolean midLine;

    SnippetOutput(OutputStream terminal) {
        super(terminal);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        out.flush();
        if (len > 0) {
            midLine = b[off + len - 1] != '\n';
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        out.flush();
        midLine = b != '\n';
    }

    /** True when a snippet's output so far ends inside a line; the shell's own lines reset it. */
    boolean midLine() {
        return midLine;
    }

    /** The shell has ended the line (its own output ends with a newline). */
    void lineEnded() {
        midLine = false;
    }
}
