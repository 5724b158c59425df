package org.nnsh.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedList;
import java.util.function.Supplier;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Cuts a script into single snippets the way jshell's own input loop does: read lines, accumulate
 * until {@link SourceCodeAnalysis#analyzeCompletion} calls the text complete, hand out the complete
 * part, keep the remainder. One snippet per piece, because {@code eval("int a=1; int b=2;")}
 * silently drops {@code b}. Every piece starts at a non-blank character and knows its script line:
 * JShell numbers diagnostics and stack frames from the snippet's first character, and a source that
 * starts with a newline makes it report every line as 1.
 */
final class SourceSplitter {
    /** A complete snippet, or a {@code /command} line, with the script line it starts on (1-based). */
    record Piece(String text, int line, boolean command) {
    }

    /** Asked anew for each piece: {@code /reset} in an opened script replaces the session, and the old one is closed. */
    private final Supplier<SourceCodeAnalysis> analysis;
    private final BufferedReader in;
    /** Text read but not handed out yet; never starts with whitespace. */
    private String pending = "";
    private int pendingLine;
    private int linesRead;
    /**
     * Whether the input is a pipe whose writer may wait for what a snippet prints before it sends the
     * next line: then a chain's next line is waited for only {@link #PIPE_LINE_WAIT}. A file's (a FIFO's
     * too: {@code nnsh <(make-script)}) is read whenever it comes.
     */
    private final boolean fromPipe;
    /** Lines read ahead to see whether a chain continues, not yet consumed. */
    private final LinkedList<String> lookahead = new LinkedList<>();

    /**
     * The writer of a pipe that sends a chain at once sends its lines within this; a person, or a program
     * that waits for what a snippet prints before it sends the next, does not.
     */
    static final Duration PIPE_LINE_WAIT = Duration.ofMillis(100);

    /** A splitter of a file or a text. */
    SourceSplitter(Supplier<SourceCodeAnalysis> analysis, BufferedReader in) {
        this(analysis, in, false);
    }

    private SourceSplitter(Supplier<SourceCodeAnalysis> analysis, BufferedReader in, boolean fromPipe) {
        this.analysis = analysis;
        this.in = in;
        this.fromPipe = fromPipe;
    }

    /** A splitter of a pipe's input ({@code nnsh -}), which takes a snippet as ended when the line that might go on with it has not come within {@link #PIPE_LINE_WAIT}. */
    static SourceSplitter ofPipe(Supplier<SourceCodeAnalysis> analysis, BufferedReader in) {
        return new SourceSplitter(analysis, in, true);
    }

    /**
     * The next piece, or null at the end of the input. Text left incomplete at the end comes out as
     * a last snippet, so that evaluating it reports what is missing.
     */
    Piece next() throws IOException {
        while (true) {
            if (!pending.isEmpty()) {
                SourceCodeAnalysis.CompletionInfo info = analyze(analysis.get(), pending);
                if (info == null) {
                    // beyond analysis: evaluating it reports the failure, at the line it starts on
                    Piece piece = new Piece(pending, pendingLine, false);
                    pending = "";
                    return piece;
                }
                Completeness completeness = info.completeness();
                if (completeness == Completeness.EMPTY) {
                    pending = "";
                } else if (completeness.isComplete() && !continuesOnNextLine(completeness, info)) {
                    String source = info.source() == null ? pending : info.source();
                    String remaining = info.remaining() == null ? "" : info.remaining();
                    Piece piece = new Piece(source, pendingLine, false);
                    String consumed = pending.substring(0, pending.length() - remaining.length());
                    setPending(remaining, pendingLine + newlines(consumed));
                    return piece;
                }
            }
            String line = lookahead.isEmpty() ? in.readLine() : lookahead.removeFirst();
            if (line == null) {
                if (pending.isEmpty()) {
                    return null;
                }
                Piece last = new Piece(pending, pendingLine, false);
                pending = "";
                return last;
            }
            linesRead++;
            if (linesRead == 1 && line.startsWith("\uFEFF")) {
                // a byte-order mark (Windows editors write one): javac calls it an illegal character
                line = line.substring(1);
            }
            if (linesRead == 1 && line.startsWith("#!")) {
                // #!/usr/bin/env nnsh makes a script a command (./train.jsh 0.05), as java's source launcher
                // allows; the line stays, empty, so that the others keep their numbers
                line = "";
            }
            if (pending.isEmpty() && isCommand(line)) {
                return new Piece(line.strip(), linesRead, true);
            }
            if (pending.isEmpty()) {
                setPending(line + "\n", linesRead);
            } else {
                pending += line + "\n";
            }
        }
    }

    /**
     * {@link SourceCodeAnalysis#analyzeCompletion}, or null when javac overflows its stack parsing
     * {@code text} (an expression nested thousands deep), so that callers can let {@code eval} report it.
     */
    static SourceCodeAnalysis.CompletionInfo analyze(SourceCodeAnalysis analysis, String text) {
        try {
            return analysis.analyzeCompletion(text);
        } catch (StackOverflowError e) {
            return null;
        }
    }

    /**
     * True when a snippet JShell would end with an implied semicolon, or an expression, goes on in a line starting
     * with a dot, the usual layout of a fluent chain ({@code net()} / {@code .dense(2, 64)} /
     * {@code .relu()}); blank and {@code //} lines may come between. jshell itself would run
     * {@code net()} alone and reject the next line; no Java statement starts with a dot.
     */
    private boolean continuesOnNextLine(Completeness completeness, SourceCodeAnalysis.CompletionInfo info)
            throws IOException {
        if (info.remaining() == null || !info.remaining().isBlank() || !(completeness == Completeness.COMPLETE_WITH_SEMI
                || completeness == Completeness.COMPLETE && isExpression(info.source()))) {
            return false;
        }
        for (int i = 0; ; i++) {
            if (i == lookahead.size()) {
                if (fromPipe && !nextLineArrives()) {
                    return false;
                }
                String line = in.readLine();
                if (line == null) {
                    return false;
                }
                lookahead.addLast(line);
            }
            String next = lookahead.get(i).strip();
            if (!next.isEmpty() && !next.startsWith("//")) {
                return next.startsWith(".");
            }
        }
    }

    /**
     * Whether the pipe's next line can be read now or within {@link #PIPE_LINE_WAIT}. Waiting for it
     * without a limit held back a snippet piped in ({@code nnsh -}) until the next line came:
     * {@code print("a")} printed nothing while its writer waited for that output before sending more.
     */
    private boolean nextLineArrives() throws IOException {
        long deadline = System.nanoTime() + PIPE_LINE_WAIT.toNanos();
        while (!in.ready()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * True for a complete snippet JShell runs as an expression, {@code eye(2)} or {@code model.fit(data, 10)}
     * with no semicolon: JShell calls it complete, not complete-with-semicolon, and a chain goes on
     * below it as below a declaration. A statement ends with a semicolon or a brace.
     */
    private static boolean isExpression(String source) {
        String s = source == null ? "" : source.strip();
        return !s.isEmpty() && !s.endsWith(";") && !s.endsWith("}");
    }

    /** A jshell command such as {@code /exit}: a line whose first non-blank is a slash not opening a comment. */
    private static boolean isCommand(String line) {
        String s = line.stripLeading();
        return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
    }

    private void setPending(String text, int line) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        pending = text.substring(start);
        pendingLine = line + newlines(text.substring(0, start));
    }

    static int newlines(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
