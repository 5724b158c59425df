package org.nnsh.repl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/** How the script runner and the shell put a failed snippet into words. */
final class Failures {
    private Failures() {
    }

    /** A compile error: javac's message, the offending line of {@code source} and a caret under the position. */
    static String compileError(String source, Diag diag) {
        int position = position(source, diag);
        int lineStart = source.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = source.indexOf('\n', position);
        String sourceLine = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        // JShell's wrapper class has no name: drop javac's then empty "location: class" line
        String message = diag.getMessage(Locale.ROOT).lines()
                .filter(l -> !l.strip().equals("location: class"))
                .collect(Collectors.joining("\n"));
        String hint = PythonHints.forError(message, source, position).or(() -> jshellRule(message))
                .map(h -> "\nhint: " + h).orElse("");
        return message + "\n" + sourceLine + "\n" + caretPadding(sourceLine.substring(0, position - lineStart)) + "^"
                + hint;
    }

    /**
     * A rule of JShell's own that javac's message does not explain: JShell makes every top-level
     * declaration public, so a record's constructor written without {@code public} (valid in a
     * Java file) is weaker than the record; stock jshell 17 rejects it the same way.
     */
    private static Optional<String> jshellRule(String message) {
        String prefix = "invalid canonical constructor in record ";
        if (!message.startsWith(prefix) || !message.contains("stronger access privileges")) {
            return Optional.empty();
        }
        String record = message.substring(prefix.length()).lines().findFirst().orElse("").strip();
        return Optional.of("JShell declares a record public, so its constructor must be public too: public " + record + " { … }");
    }

    /** Blanks as wide as {@code before} on a terminal: its tabs stay tabs (as javac does), so the caret lines up. */
    private static String caretPadding(String before) {
        return before.replaceAll("[^\t]", " ");
    }

    /** How many lines of {@code source} come before the compile error's position. */
    static int linesBefore(String source, Diag diag) {
        return SourceSplitter.newlines(source.substring(0, position(source, diag)));
    }

    private static int position(String source, Diag diag) {
        return (int) Math.max(0, Math.min(diag.getPosition(), source.length()));
    }

    /**
     * JShell's wrapper-class prefix of a snippet's variables and classes, as exception messages name
     * them: {@code REPL.$JShell$20.mm} for the variable {@code mm}, {@code REPL.$JShell$17$Point}
     * for the class {@code Point}.
     */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$\\d+[.$]");
    /** The JVM's message for a[-1]: Python's last item, which a Java array does not count from the end. */
    private static final Pattern NEGATIVE_INDEX = Pattern.compile("Index -\\d+ out of bounds for length \\d+");
    /**
     * The JVM's modules and class loaders at the end of a ClassCastException's message: {@code (A and B
     * are in unnamed module of loader jdk.jshell...RemoteClassLoader @1c20c684)}. Noise in a shell, and the
     * loader's hash differs from run to run, so a script's recorded transcript would never match again.
     */
    private static final Pattern CAST_LOADERS = Pattern.compile(" \\([^()]* (?:is|are) in (?:unnamed )?module [^()]*\\)$");

    /** {@code org.nnsh.tensor.ShapeException: message}, for an exception a snippet threw or any other. */
    static String describe(Throwable exception) {
        String className = className(exception);
        // an empty message (new RuntimeException("")) says nothing: no "Name: " with a dangling blank
        return exception.getMessage() == null || exception.getMessage().isEmpty() ? className : className + ": " + message(exception);
    }

    /**
     * The exception's message with snippet names as the user wrote them: a NullPointerException
     * says {@code because "mm" is null}, not {@code because "REPL.$JShell$20.mm" is null}; a cast
     * loses the JVM's modules and loaders; a negative array index also gets the Java spelling of
     * Python's a[-1].
     */
    private static String message(Throwable exception) {
        String message = WRAPPER.matcher(exception.getMessage()).replaceAll("");
        if (className(exception).equals(ClassCastException.class.getName())) {
            message = CAST_LOADERS.matcher(message).replaceAll("");
        }
        return className(exception).equals(ArrayIndexOutOfBoundsException.class.getName())
                && NEGATIVE_INDEX.matcher(message).matches()
                ? message + "; Java arrays have no negative indices: Python's a[-1] is a[a.length - 1]"
                : message;
    }

    /**
     * The thrown class: JShell wraps a snippet's exception in an {@link EvalException} naming it. A
     * class the session declared is named as the user wrote it ({@code E}, not {@code REPL.$JShell$17$E}).
     */
    static String className(Throwable exception) {
        String name = exception instanceof EvalException
                ? ((EvalException) exception).getExceptionClassName()
                : exception.getClass().getName();
        return WRAPPER.matcher(name).replaceAll("");
    }

    /**
     * The exception's class without its package, and its message: the note in place of a value whose
     * {@code toString()} threw, short as it sits inside a line ({@code x ==> <toString() threw …>}).
     */
    static String oneLine(Throwable exception) {
        String className = className(exception);
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        // as describe: an empty message is no message, not "Name: " with a dangling blank
        return exception.getMessage() == null || exception.getMessage().isEmpty() ? simpleName : simpleName + ": " + message(exception);
    }

    /**
     * The exception {@link #describe described}, then a {@code caused by:} line for each of its causes,
     * so that a wrapped failure ({@code java.lang.RuntimeException: outer}) still says what went wrong
     * underneath; the same at the prompt as in a script, and as jshell names it, by its full class name. A
     * cause whose message the text already quotes adds nothing (nnsh's own messages fold theirs in);
     * quoted means as a whole, not inside a word or number: "loading data" does not quote a cause's "a".
     */
    static String withCauses(Throwable exception) {
        Chain chain = Chain.of(exception);
        StringBuilder text = new StringBuilder(describe(exception));
        for (Throwable cause : chain.exceptions().subList(1, chain.exceptions().size())) {
            String message = cause.getMessage();
            if (message == null || message.isEmpty() || !quotes(text.toString(), message)) {
                text.append("\ncaused by: ").append(describe(cause));
            }
        }
        if (chain.repeated() != null) {
            text.append("\ncaused by: ").append(circular(chain.repeated()));
        }
        return text.toString();
    }

    /**
     * The class name of the note that ends a snippet's exception chain where it loops back (see
     * {@code InProcessExecution}), its message naming the exception it would repeat: no class has
     * this name, as brackets cannot be part of a Java name.
     */
    static final String CIRCULAR_REFERENCE = "[CIRCULAR REFERENCE]";

    /**
     * An exception and its causes, each once, and what the chain would repeat when it loops back
     * ({@code java.lang.RuntimeException: b}), or null when it ends.
     */
    private record Chain(List<Throwable> exceptions, String repeated) {
        static Chain of(Throwable exception) {
            List<Throwable> exceptions = new ArrayList<>();
            Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (className(t).equals(CIRCULAR_REFERENCE)) {
                    // a snippet's chain, copied by JShell, ended where it looped back
                    return new Chain(exceptions, message(t));
                }
                if (!seen.add(t)) {
                    return new Chain(exceptions, describe(t));
                }
                exceptions.add(t);
            }
            return new Chain(exceptions, null);
        }
    }

    /** {@code [CIRCULAR REFERENCE: java.lang.RuntimeException: b]}, as {@link Throwable#printStackTrace()} writes it. */
    private static String circular(String repeated) {
        return "[CIRCULAR REFERENCE: " + repeated + "]";
    }

    /**
     * The message with {@code (called at FILE:LINE)} ending its first line, before any {@code caused by:}
     * lines; the message as it is when {@code call} is null.
     */
    static String calledAt(String message, ScriptLines.Location call) {
        if (call == null) {
            return message;
        }
        int firstLineEnd = message.indexOf('\n');
        String suffix = " (called at " + call + ")";
        return firstLineEnd < 0 ? message + suffix
                : message.substring(0, firstLineEnd) + suffix + message.substring(firstLineEnd);
    }

    /** Whether {@code message} occurs in {@code text} with no letter or digit right before or after it. */
    private static boolean quotes(String text, String message) {
        for (int at = text.indexOf(message); at >= 0; at = text.indexOf(message, at + 1)) {
            int end = at + message.length();
            boolean wholeBefore = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                    || !Character.isLetterOrDigit(message.charAt(0));
            boolean wholeAfter = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(message.charAt(message.length() - 1));
            if (wholeBefore && wholeAfter) {
                return true;
            }
        }
        return false;
    }

    /** The whole stack trace with its causes, as {@link Throwable#printStackTrace()} would print it. */
    static String stackTrace(Throwable exception) {
        Chain chain = Chain.of(exception);
        StringBuilder trace = new StringBuilder();
        for (Throwable t : chain.exceptions()) {
            trace.append(t == exception ? "" : "\nCaused by: ").append(describe(t));
            for (StackTraceElement frame : t.getStackTrace()) {
                trace.append("\n\tat ").append(frameText(frame));
            }
        }
        if (chain.repeated() != null) {
            trace.append("\nCaused by: ").append(circular(chain.repeated()));
        }
        return trace.toString();
    }

    /** javac's "cannot find symbol" and the name it could not find: {@code symbol:   class A}. */
    private static final Pattern MISSING_SYMBOL = Pattern.compile("^cannot find symbol\\s+symbol:\\s+\\w+ (\\w+)");

    /**
     * The declaration a "cannot find symbol" error names when it exists but JShell has not defined it,
     * as it uses a name nothing declares yet ({@code class A { B make() { return new B(); } }} before any
     * B); else empty. javac's error alone said A did not exist, at the prompt as in a script.
     */
    static Optional<DeclarationSnippet> waitingFor(JShell jshell, Diag error) {
        Matcher symbol = MISSING_SYMBOL.matcher(error.getMessage(Locale.ROOT));
        if (!symbol.find()) {
            return Optional.empty();
        }
        return jshell.snippets()
                .filter(snippet -> snippet instanceof DeclarationSnippet && ((DeclarationSnippet) snippet).name().equals(symbol.group(1))
                        && jshell.status(snippet) == Snippet.Status.RECOVERABLE_NOT_DEFINED)
                .map(snippet -> (DeclarationSnippet) snippet)
                .reduce((earlier, later) -> later);
    }

    /** {@code class A uses undefined class B, so it cannot be used yet}: what a use of a {@link #waitingFor} declaration gets. */
    static String notUsableYet(JShell jshell, DeclarationSnippet waiting) {
        return undefined(jshell, waiting) + ", so it cannot be used yet";
    }

    /**
     * A stack frame as {@link StackTraceElement#toString()} writes it, but a snippet's as jshell writes
     * it, {@code g (#17:1)}, {@code Point.norm (#12:3)}, {@code (#18:1)} for the snippet itself: JShell
     * names their class "" and the snippet's own method "", which read {@code .g(#17:1)} and {@code .(#18:1)}.
     */
    static String frameText(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        String className = frame.getClassName();
        String method = className.isEmpty() ? frame.getMethodName() : className + "." + frame.getMethodName();
        return (method.isEmpty() ? "" : method + " ") + "(" + file + ":" + frame.getLineNumber() + ")";
    }

    /** {@code method f uses undefined g, h}. */
    static String undefined(JShell jshell, DeclarationSnippet declaration) {
        String missing = jshell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        return kindName(declaration) + " " + declaration.name() + " uses undefined " + missing;
    }

    static String kindName(Snippet snippet) {
        switch (snippet.kind()) {
            case METHOD:
                return "method";
            case TYPE_DECL:
                return "class";
            case VAR:
                return "variable";
            default:
                return snippet.kind().name().toLowerCase(Locale.ROOT);
        }
    }
}
