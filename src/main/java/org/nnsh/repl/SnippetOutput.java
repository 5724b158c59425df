package org.nnsh.repl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The terminal as snippets see it through {@code System.out}: every write goes out at once, so a
 * progress line printed without a newline shows while the snippet is still running. It remembers
 * whether the last thing written ended its line, so that the shell can start the prompt, and the
 * script runner a failure's {@code FILE:LINE}, on a line of its own after {@code System.out.print("x")}.
 */
final class SnippetOutput extends FilterOutputStream {
    /** Whether the last thing written, here or on a stream {@link #besides} this one, left its line open. */
    private final AtomicBoolean midLine;
    /** The terminal has echoed ^C after what was on the line, and nothing has been written since. */
    private volatile boolean interruptEchoed;

    SnippetOutput(OutputStream terminal) {
        this(terminal, new AtomicBoolean());
    }

    private SnippetOutput(OutputStream terminal, AtomicBoolean midLine) {
        super(terminal);
        this.midLine = midLine;
    }

    /**
     * Another stream onto the same screen, a script's standard error beside its output: whichever wrote
     * last says whether the line is open, so System.err.print("loading") leaves it open too.
     */
    SnippetOutput besides(OutputStream other) {
        return new SnippetOutput(other, midLine);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > 0) {
            leaveEchoedInterrupt(b[off]);
        }
        out.write(b, off, len);
        out.flush();
        if (len > 0) {
            midLine.set(b[off + len - 1] != '\n');
        }
    }

    @Override
    public void write(int b) throws IOException {
        leaveEchoedInterrupt((byte) b);
        out.write(b);
        out.flush();
        midLine.set(b != '\n');
    }

    /**
     * Ctrl-C while a snippet runs: the terminal echoed {@code ^C} where the output stood, so what comes
     * next (a stopped fit's last summary line, the value it still returned) starts on a new line.
     */
    void interruptEchoed() {
        interruptEchoed = true;
        midLine.set(true);
    }

    /** True, once, when {@code ^C} was echoed and nothing written since: the shell's next line must start a new one. */
    boolean takeEchoedInterrupt() {
        boolean echoed = interruptEchoed;
        interruptEchoed = false;
        return echoed;
    }

    /** A newline before output that would follow an echoed ^C on its line; not before a carriage return, which redraws a live line over it. */
    private void leaveEchoedInterrupt(byte first) throws IOException {
        if (takeEchoedInterrupt() && first != '\n' && first != '\r') {
            out.write('\n');
        }
    }

    /** True when a snippet's output so far ends inside a line; the shell's own lines reset it. */
    boolean midLine() {
        return midLine.get();
    }

    /** The shell has ended the line (its own output ends with a newline). */
    void lineEnded() {
        midLine.set(false);
    }
}
