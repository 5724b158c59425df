package org.nnsh.repl;

import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * What {@code /exit ARG} ends with: as in jshell ({@code /exit [integer-expression-snippet]}) the
 * argument is a number or an int expression ({@code /exit failures}, {@code /exit ok ? 0 : 1}),
 * evaluated in the session; the code must be 0–255, since the system keeps only its low byte.
 *
 * @param code    the exit code, or null when the argument gives none
 * @param problem why it gives none (a value that is not an exit code), or null
 * @param failure the evaluation of an expression that did not compile or threw, for the caller to
 *                report as it reports any snippet's failure; null otherwise
 */
record ExitArgument(Integer code, String problem, Evaluation failure) {
    /** The code {@code argument} (not blank) gives in {@code session}. */
    static ExitArgument of(NnshSession session, String argument) {
        Integer literal = Commands.exitCode(argument);
        if (literal != null) {
            return new ExitArgument(literal, null, null);
        }
        if (argument.matches("[+-]?\\d+")) {
            return new ExitArgument(null, Messages.badExitCode(argument), null);
        }
        Evaluation result = session.eval(argument);
        if (result.stopped()) {
            return new ExitArgument(null, Messages.STOPPED, null);
        }
        if (!result.errors().isEmpty() || result.exception() != null) {
            return new ExitArgument(null, null, result);
        }
        String type = expressionType(result.snippet());
        if (type == null || !isInt(type) || result.valueText() == null) {
            return new ExitArgument(null, Messages.badExitCode(argument), null);
        }
        Integer code = Commands.exitCode(result.valueText());
        return code != null ? new ExitArgument(code, null, null)
                : new ExitArgument(null, Messages.badExitCode(argument + " (" + result.valueText() + ")"), null);
    }

    /** The type of an expression ({@code $1 = 200 + 100} is a temporary variable, {@code y} an expression), else null. */
    private static String expressionType(Snippet snippet) {
        if (snippet instanceof ExpressionSnippet) {
            return ((ExpressionSnippet) snippet).typeName();
        }
        if (snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            return ((VarSnippet) snippet).typeName();
        }
        return null;
    }

    private static boolean isInt(String type) {
        return type.equals("int") || type.equals("Integer") || type.equals("short") || type.equals("byte");
    }
}
