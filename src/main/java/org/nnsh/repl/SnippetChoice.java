package org.nnsh.repl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Snippet;

/**
 * The snippets that the words after {@code /list}, {@code /vars}, {@code /methods}, {@code /types} or {@code /drop}
 * choose of those the command shows, as jshell's words do: each a name ({@code /vars x}: the variable
 * x) or a number of {@code /list} ({@code /vars 3}: the variables snippet 3 declared); no words choose
 * them all. A word that chooses none of them is the {@code problem}, and then the command shows
 * nothing, as jshell shows nothing for {@code /list x nosuch}.
 *
 * @param chosen  the snippets chosen, in the command's order; empty when there is a problem
 * @param problem what is wrong with a word, or null
 */
record SnippetChoice<T extends Snippet>(List<T> chosen, String problem) {
    /** What a command says of a word that chooses nothing. */
    interface Wording {
        /** No snippet shown is named {@code name}. */
        String noneNamed(String name);

        /** Snippet {@code digits} of {@code /list} ({@code source}) declared none of those shown. */
        String declaresNone(String digits, String source);

        /** {@code word} is neither a name nor a number. */
        String notNameOrNumber(String word);
    }

    /**
     * What {@code argument} chooses of {@code shown}, the snippets {@code command} shows, each a
     * {@code noun} ("variable"); the numbers are the {@code shell}'s {@code /list} numbers.
     */
    static <T extends Snippet> SnippetChoice<T> of(String command, String noun, List<T> shown, String argument, Shell shell) {
        return of(shown, argument, shell, new Wording() {
            @Override
            public String noneNamed(String name) {
                return Messages.noneNamed(noun, name, command);
            }

            @Override
            public String declaresNone(String digits, String source) {
                return Messages.declaresNo(digits, noun, source);
            }

            @Override
            public String notNameOrNumber(String word) {
                // jshell's -all, -start and ranges (1-3) are not nnsh's
                return Messages.namesOrNumbers(command, word, Commands.usage(command));
            }
        });
    }

    /** What {@code argument} chooses of {@code shown}, a word choosing none said as {@code wording} says it. */
    static <T extends Snippet> SnippetChoice<T> of(List<T> shown, String argument, Shell shell, Wording wording) {
        if (argument.isEmpty()) {
            return new SnippetChoice<>(shown, null);
        }
        Set<Snippet> chosen = new HashSet<>();
        for (String word : argument.split("\\s+")) {
            List<T> named;
            if (word.matches("\\d+")) {
                int number = Commands.snippetNumber(word);
                Shell.Listed listed = shell.listed(number);
                if (listed == null) {
                    return problem(shell.notListed(number, word));
                }
                named = shown.stream().filter(listed.active()::contains).collect(Collectors.toList());
                if (named.isEmpty()) {
                    return problem(wording.declaresNone(word, listed.source()));
                }
            } else if (SourceVersion.isIdentifier(word)) {
                named = shown.stream().filter(s -> s instanceof DeclarationSnippet && ((DeclarationSnippet) s).name().equals(word))
                        .collect(Collectors.toList());
                if (named.isEmpty()) {
                    return problem(wording.noneNamed(word));
                }
            } else {
                return problem(wording.notNameOrNumber(word));
            }
            chosen.addAll(named);
        }
        return new SnippetChoice<>(shown.stream().filter(chosen::contains).collect(Collectors.toList()), null);
    }

    private static <T extends Snippet> SnippetChoice<T> problem(String problem) {
        return new SnippetChoice<>(List.of(), problem);
    }
}
