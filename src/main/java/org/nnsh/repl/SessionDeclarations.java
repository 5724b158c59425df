package org.nnsh.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;

/** The jshell commands about the session's declarations, answered from JShell's own record of them, not from their text. */
final class SessionDeclarations {
    private SessionDeclarations() {
    }

    /**
     * The active methods as jshell lists them, {@code |    double f(double)}, with
     * {@code |       which cannot be invoked until method h() is declared} under one that uses something undefined.
     */
    static String methods(NnshSession session) {
        JShell jshell = session.jshell();
        List<String> lines = new ArrayList<>();
        jshell.methods().filter(m -> jshell.status(m).isActive()).forEach(method -> {
            // the signature is "(double)double": the return type follows the parameters
            String returned = method.signature().substring(method.signature().lastIndexOf(')') + 1);
            lines.add("|    " + returned + " " + method.name() + "(" + method.parameterTypes() + ")");
            if (jshell.unresolvedDependencies(method).findAny().isPresent()) {
                lines.add("|       which cannot be invoked until " + Feedback.declared(session, method));
            }
        });
        return lines.isEmpty() ? Messages.NO_METHODS : String.join("\n", lines);
    }

    /** The active classes, interfaces, records and enums with their kind, {@code |    record Point}, as jshell lists them. */
    static String types(NnshSession session) {
        JShell jshell = session.jshell();
        String types = jshell.types().filter(t -> jshell.status(t).isActive())
                .map(t -> "|    " + Feedback.typeKind(t.subKind()) + " " + t.name())
                .collect(Collectors.joining("\n"));
        return types.isEmpty() ? Messages.NO_TYPES : types;
    }
}
