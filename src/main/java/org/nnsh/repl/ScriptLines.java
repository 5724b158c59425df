package org.nnsh.repl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.Snippet;

/**
 * Where each snippet of a script run starts, file and line, so that a failure names the line that
 * caused it: the script runner (one map for a script and every file it opens, since a method an
 * opened file declared fails on that file's line) and the shell's {@code /open} report {@code file:line} through it.
 */
final class ScriptLines {
    /** A line of a script file, shown as {@code file:line}. */
    record Location(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private final Map<String, Location> startById = new HashMap<>();

    /** Records that {@code snippet} came from line {@code line} of {@code file}. */
    void started(Snippet snippet, String file, int line) {
        startById.put(snippet.id(), new Location(file, line));
    }

    /** Where {@code snippet} starts, or null when it is not from this run's scripts. */
    Location startOf(Snippet snippet) {
        return startById.get(snippet.id());
    }

    /** The piece's failure, the piece coming from {@code file}: its compile error, the exception it threw, else where it starts. */
    Location failure(String file, SourceSplitter.Piece piece, Evaluation result) {
        Location start = new Location(file, piece.line());
        if (!result.errors().isEmpty()) {
            return new Location(file, piece.line() + Failures.linesBefore(piece.text(), result.errors().get(0)));
        }
        if (result.exception() != null) {
            return thrownAt(result.exception(), start);
        }
        return start;
    }

    /**
     * The script line of the innermost stack frame that is this run's code. JShell names a
     * snippet's frames {@code #id} with the line inside the snippet; frames below it may be nnsh
     * or JDK code the script called, or a snippet from elsewhere (typed at the prompt).
     */
    Location thrownAt(Throwable exception, Location fallback) {
        for (StackTraceElement frame : thrower(exception).getStackTrace()) {
            Location location = location(frame);
            if (location != null) {
                return location;
            }
        }
        return fallback;
    }

    /**
     * Where the piece called into the code of an earlier snippet (a method, class or lambda) that
     * threw: the piece's innermost frame, or where it starts when its frames are cut off (a stack
     * overflow's trace keeps only the innermost ones); null when the piece's own code threw.
     */
    Location calledFrom(Throwable exception, List<Snippet> pieceSnippets, Location pieceStart) {
        Set<String> ids = pieceSnippets.stream().map(Snippet::id).collect(Collectors.toSet());
        boolean inEarlierSnippet = false;
        for (StackTraceElement frame : thrower(exception).getStackTrace()) {
            Location location = location(frame);
            if (location == null) {
                continue;
            }
            if (ids.contains(frame.getFileName().substring(1))) {
                return inEarlierSnippet ? location : null;
            }
            inEarlierSnippet = true;
        }
        return inEarlierSnippet ? pieceStart : null;
    }

    /**
     * The exception whose frames say where the failure is: itself, but for an ExceptionInInitializerError,
     * which the JVM throws where a class was first used, its cause, thrown in the static initializer
     * that use ran ({@code static int v = 1 / 0;}): the error named only the line of the use.
     */
    private static Throwable thrower(Throwable exception) {
        Throwable cause = exception.getCause();
        return cause != null && Failures.className(exception).equals(ExceptionInInitializerError.class.getName())
                ? thrower(cause) : exception;
    }

    private Location location(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#") || frame.getLineNumber() <= 0) {
            return null;
        }
        Location start = startById.get(file.substring(1));
        return start == null ? null : new Location(start.file(), start.line() + frame.getLineNumber() - 1);
    }
}
