package org.nnsh.repl;

import java.util.HashMap;
import java.util.Map;
import jdk.jshell.Snippet;

/**
 * Where each snippet of one script file starts, so that a failure names the file's line: the
 * script runner and {@code /open} both report {@code file:line} through it.
 */
final class ScriptLines {
    private final Map<String, Integer> startLineById = new HashMap<>();

    /** Records that {@code snippet} came from the script's line {@code line}. */
    void started(Snippet snippet, int line) {
        startLineById.put(snippet.id(), line);
    }

    /** The script line {@code snippet} starts on, or null when it is not from this script. */
    Integer startLine(Snippet snippet) {
        return startLineById.get(snippet.id());
    }

    /** The script line of the piece's failure: of its compile error, of the exception it threw, else where it starts. */
    int failureLine(SourceSplitter.Piece piece, Evaluation result) {
        if (!result.errors().isEmpty()) {
            return piece.line() + Failures.linesBefore(piece.text(), result.errors().get(0));
        }
        if (result.exception() != null) {
            return lineOf(result.exception(), piece.line());
        }
        return piece.line();
    }

    /**
     * The script line of the innermost stack frame that is this script's code. JShell names a
     * snippet's frames {@code #id} with the line inside the snippet; frames below it may be nnsh
     * or JDK code the script called, or a snippet from elsewhere (typed at the prompt).
     */
    int lineOf(Throwable exception, int fallback) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null && file.startsWith("#") && frame.getLineNumber() > 0) {
                Integer start = startLineById.get(file.substring(1));
                if (start != null) {
                    return start + frame.getLineNumber() - 1;
                }
            }
        }
        return fallback;
    }
}
