package org.nnsh.repl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * A script's standard output that ends the run once nothing reads it any more ({@code nnsh train.jsh | head -1}),
 * as SIGPIPE ends a Unix tool: silently, with exit code 141. The JVM ignores SIGPIPE and a PrintStream
 * drops the write error, so the script ran on to its end unread: a fit trained for minutes after head
 * had its line, a printing loop never ended.
 */
final class ReaderGone extends FilterOutputStream {
    /** 128 + SIGPIPE's number, the code a shell reports for a writer whose reader went away. */
    static final int EXIT_CODE = 141;

    private final PrintStream target;

    ReaderGone(PrintStream target) {
        super(target);
        this.target = target;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
        endIfUnread();
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
        endIfUnread();
    }

    /** checkError() flushes first, so a write the reader's end refused is seen at once. */
    private void endIfUnread() {
        if (target.checkError()) {
            // halt, not exit: this thread holds the snippet's System.out, which the shutdown hook would
            // wait for to flush it, forever; there is no reader left to flush it to
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
