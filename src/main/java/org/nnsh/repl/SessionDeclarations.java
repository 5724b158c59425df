package org.nnsh.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/** The jshell commands about the session's declarations, answered from JShell's own record of them, not from their text. */
final class SessionDeclarations {
    private SessionDeclarations() {
    }

    /**
     * The active methods as jshell lists them, {@code |    double f(double)}, with
     * {@code |       which cannot be invoked until method h() is declared} under one that uses something
     * undefined; those {@code argument} names, by name or snippet number of the {@code shell}'s {@code /list} ({@link SnippetChoice}).
     */
    static String methods(NnshSession session, String argument, Shell shell) {
        JShell jshell = session.jshell();
        SnippetChoice<MethodSnippet> choice = SnippetChoice.of("/methods", "method",
                jshell.methods().filter(m -> jshell.status(m).isActive()).collect(Collectors.toList()), argument, shell);
        if (choice.problem() != null) {
            return choice.problem();
        }
        List<String> lines = new ArrayList<>();
        choice.chosen().forEach(method -> {
            // the signature is "(double)double": the return type follows the parameters
            String returned = method.signature().substring(method.signature().lastIndexOf(')') + 1);
            lines.add("|    " + returned + " " + method.name() + "(" + method.parameterTypes() + ")");
            if (jshell.unresolvedDependencies(method).findAny().isPresent()) {
                lines.add("|       which cannot be invoked until " + Feedback.declared(session, method));
            }
        });
        return lines.isEmpty() ? Messages.NO_METHODS : String.join("\n", lines);
    }

    /**
     * The active classes, interfaces, records and enums with their kind, {@code |    record Point}, as
     * jshell lists them; those {@code argument} names, as for {@link #methods}.
     */
    static String types(NnshSession session, String argument, Shell shell) {
        JShell jshell = session.jshell();
        SnippetChoice<TypeDeclSnippet> choice = SnippetChoice.of("/types", "type",
                jshell.types().filter(t -> jshell.status(t).isActive()).collect(Collectors.toList()), argument, shell);
        if (choice.problem() != null) {
            return choice.problem();
        }
        String types = choice.chosen().stream()
                .map(t -> "|    " + Feedback.typeKind(t.subKind()) + " " + t.name())
                .collect(Collectors.joining("\n"));
        return types.isEmpty() ? Messages.NO_TYPES : types;
    }

    /** What {@code /drop} says of a word that names nothing: a word that is not a Java name is taken for one. */
    private static final SnippetChoice.Wording DROP_WORDING = new SnippetChoice.Wording() {
        @Override
        public String noneNamed(String name) {
            return "no variable, method or type named " + name + ": /vars, /methods and /types list them";
        }

        @Override
        public String declaresNone(String digits, String source) {
            return "snippet " + digits + " declares nothing: /drop removes a variable, method or type; " + source;
        }

        @Override
        public String notNameOrNumber(String word) {
            return noneNamed(word);
        }
    };

    /**
     * Drops the variables, methods and types each word of {@code argument} names (every overload of a
     * method, as jshell does), or the snippets {@code /list} numbers so (the {@code shell}'s), or nothing
     * when a word names none, as jshell's {@code /drop x y}; says what was dropped and the variables
     * left without their type, as jshell's feedback does.
     */
    static String drop(NnshSession session, String argument, Shell shell) {
        if (argument.isEmpty()) {
            return Messages.usage(Messages.DROP_USAGE);
        }
        JShell jshell = session.jshell();
        List<DeclarationSnippet> declared = jshell.snippets()
                .filter(s -> s instanceof DeclarationSnippet && jshell.status(s).isActive())
                .map(s -> (DeclarationSnippet) s)
                .collect(Collectors.toList());
        // every word's declarations, or nothing at all when one names none, as jshell's /drop x y
        SnippetChoice<DeclarationSnippet> choice = SnippetChoice.of(declared, argument, shell, DROP_WORDING);
        if (choice.problem() != null) {
            return choice.problem();
        }
        List<String> lines = new ArrayList<>();
        for (DeclarationSnippet declaration : choice.chosen()) {
            lines.add("|  dropped " + Feedback.describe(declaration));
            for (SnippetEvent event : jshell.drop(declaration)) {
                // as jshell, only a variable left without its type is worth a line (a method that
                // uses what was dropped shows under /methods)
                if (event.causeSnippet() != null && event.snippet() instanceof VarSnippet
                        && event.previousStatus().isActive() && event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    lines.add("|    update replaced variable " + ((VarSnippet) event.snippet()).name()
                            + " which cannot be referenced until " + Feedback.declared(session, (VarSnippet) event.snippet()));
                }
            }
        }
        return String.join("\n", lines);
    }
}
