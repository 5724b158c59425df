package org.nnsh.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;
import org.nnsh.tensor.Matrix;

/**
 * What the shell says after a snippet succeeds, as jshell does in its normal mode: {@code x ==> 72}
 * for a value, {@code |  created method f(int)} for a declaration, nothing for a statement. A
 * {@code Matrix} value gets a header with its shape and numpy's printing below it; a {@code Path}
 * (what {@code savePng} returns) is shown whole, never cut in the middle, as it is there to be used.
 */
final class Feedback {
    /**
     * Above this many values a Matrix value is shown summarised, as numpy prints under
     * {@code np.printoptions(threshold=100)}: jshell too cuts long values short. {@code print(m)}
     * keeps numpy's default of 1000.
     */
    private static final int SUMMARY_THRESHOLD = 100;
    /** jshell's normal feedback cuts a value longer than this short. */
    private static final int VALUE_WIDTH = 80;

    private Feedback() {
    }

    /** The feedback lines (empty when there are none), without a final newline. */
    static String of(Evaluation result, NnshSession session) {
        List<String> lines = new ArrayList<>();
        lines.add(ownFeedback(result, session));
        for (Evaluation variable : result.following()) {
            // int a = 1, b = 2 shows b ==> 2 too, as jshell does
            lines.add(ownFeedback(variable, session));
        }
        lines.add(updates(result, session));
        return lines.stream().filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    /**
     * What the snippet itself gets: {@code x ==> 72} (a Matrix on the lines below),
     * {@code |  created method f(int)}, or "" for a statement.
     */
    private static String ownFeedback(Evaluation result, NnshSession session) {
        Snippet snippet = result.snippet();
        if (result.valueText() != null && (snippet instanceof VarSnippet || snippet instanceof ExpressionSnippet)) {
            String name = snippet instanceof VarSnippet ? ((VarSnippet) snippet).name() : ((ExpressionSnippet) snippet).name();
            Object value = session.valueOf(snippet);
            if (value instanceof Path) {
                return name + " ==> " + value;
            }
            if (value instanceof Matrix) {
                return name + " ==> " + matrix((Matrix) value);
            }
            String text = shortened(result.valueText(), VALUE_WIDTH);
            // a value of several lines (a chart, a summary, a table) starts on a line of its own: after
            // "$3 ==> " its first line would stand 7 columns right of the others (a chart's top border)
            return name + " ==>" + (text.indexOf('\n') >= 0 ? "\n" : " ") + text;
        }
        if (snippet instanceof MethodSnippet || snippet instanceof TypeDeclSnippet
                || (snippet instanceof VarSnippet && result.unresolved())) {
            DeclarationSnippet declaration = (DeclarationSnippet) snippet;
            String text = "|  " + action(result.previousStatus(), signatureChange(result)) + " " + describe(declaration);
            if (result.unresolved()) {
                text += ", however, " + notYet(result.status(), declaration) + " until " + declared(session, declaration);
            }
            return text;
        }
        return "";
    }

    /**
     * jshell's words for what a declaration that uses something undefined cannot do yet: a method or
     * class whose body does ({@code RECOVERABLE_DEFINED}) cannot be invoked, or instantiated and its
     * methods invoked; one whose signature does cannot be referenced at all.
     */
    private static String notYet(Snippet.Status status, DeclarationSnippet declaration) {
        if (status == Snippet.Status.RECOVERABLE_DEFINED && declaration instanceof MethodSnippet) {
            return "it cannot be invoked";
        }
        if (status == Snippet.Status.RECOVERABLE_DEFINED && declaration instanceof TypeDeclSnippet) {
            return "it cannot be instantiated or its methods invoked";
        }
        return "it cannot be referenced";
    }

    /**
     * jshell's words for what a declaration did to the one of the same name: {@code created} when
     * there was none, {@code replaced} when the signature changed (the old one's users are
     * recompiled, a variable of a replaced class starts over), else {@code modified}.
     */
    private static String action(Snippet.Status previous, boolean signatureChange) {
        if (!previous.isActive()) {
            return "created";
        }
        return signatureChange ? "replaced" : "modified";
    }

    /**
     * Whether the declaration changed its signature. A method's is compared with the one it
     * overwrote, as stock jshell's remote agent does: in this JVM a loaded class cannot be redefined,
     * so JShell counts even a new body as a change. A class is replaced for real (its variables start
     * over), so JShell's word stands for it.
     */
    private static boolean signatureChange(Evaluation result) {
        if (result.snippet() instanceof MethodSnippet) {
            String signature = ((MethodSnippet) result.snippet()).signature();
            for (SnippetEvent update : result.updates()) {
                if (update.status() == Snippet.Status.OVERWRITTEN && update.snippet() instanceof MethodSnippet) {
                    return !((MethodSnippet) update.snippet()).signature().equals(signature);
                }
            }
        }
        return result.signatureChange();
    }

    /** {@code method g() is declared}, {@code method a(), and method b() are declared}: jshell's list. */
    static String declared(NnshSession session, DeclarationSnippet declaration) {
        List<String> missing = session.jshell().unresolvedDependencies(declaration).collect(Collectors.toList());
        if (missing.size() < 2) {
            return String.join("", missing) + " is declared";
        }
        return String.join(", ", missing.subList(0, missing.size() - 1)) + ", and " + missing.get(missing.size() - 1)
                + " are declared";
    }

    /**
     * What jshell's normal feedback says about other variables the snippet changed: a class
     * redefined in this JVM is a new class, so each variable of it is reset to null or, when its
     * declaration no longer compiles ({@code var c = new C()} keeps the old type), removed. Without
     * these lines the variable would vanish without a word.
     */
    private static String updates(Evaluation result, NnshSession session) {
        List<String> lines = new ArrayList<>();
        for (SnippetEvent update : result.updates()) {
            if (!(update.snippet() instanceof VarSnippet) || !update.previousStatus().isActive()
                    || !update.isSignatureChange()) {
                continue;
            }
            String text = "|    update replaced variable " + ((VarSnippet) update.snippet()).name();
            if (update.status() == Snippet.Status.VALID) {
                lines.add(text + ", reset to null");
            } else if (update.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                lines.add(text + " which cannot be referenced until " + corrected(session, (VarSnippet) update.snippet()));
            }
        }
        return String.join("\n", lines);
    }

    /** {@code class C is declared}, or {@code this error is corrected:} and the error under it, indented. */
    private static String corrected(NnshSession session, VarSnippet variable) {
        List<Diag> errors = session.jshell().diagnostics(variable).filter(Diag::isError).collect(Collectors.toList());
        if (errors.isEmpty()) {
            return declared(session, variable);
        }
        return "this error is corrected:\n" + Failures.compileError(variable.source(), errors.get(0)).lines()
                .map(line -> "|      " + line)
                .collect(Collectors.joining("\n"));
    }

    /** {@code Matrix 300×3} (or {@code Matrix (3,)} for a vector) and numpy's printing on the next lines. */
    static String matrix(Matrix m) {
        return "Matrix " + shape(m) + "\n" + m.toString(SUMMARY_THRESHOLD);
    }

    /**
     * A one-line value longer than {@code width} cut as jshell cuts it: its start, {@code " ... "} and
     * its last third ({@code int[300] { 0, 0, 0, ... , 2, 2 }}). A value of several lines is an
     * nnsh display (a History's table, a Summary) and is kept whole.
     */
    static String shortened(String value, int width) {
        if (value.length() <= width || value.indexOf('\n') >= 0) {
            return value;
        }
        int end = width / 3;
        return value.substring(0, width - end - 5) + " ... " + value.substring(value.length() - end);
    }

    static String shape(Matrix m) {
        return m.isVector() ? m.shapeString() : m.rows() + "×" + m.cols();
    }

    static String describe(DeclarationSnippet declaration) {
        if (declaration instanceof MethodSnippet) {
            return "method " + declaration.name() + "(" + ((MethodSnippet) declaration).parameterTypes() + ")";
        }
        if (declaration instanceof TypeDeclSnippet) {
            return typeKind(declaration.subKind()) + " " + declaration.name();
        }
        return "variable " + declaration.name();
    }

    static String typeKind(Snippet.SubKind subKind) {
        switch (subKind) {
            case INTERFACE_SUBKIND:
                return "interface";
            case ENUM_SUBKIND:
                return "enum";
            case RECORD_SUBKIND:
                return "record";
            case ANNOTATION_TYPE_SUBKIND:
                return "annotation interface";
            default:
                return "class";
        }
    }
}
