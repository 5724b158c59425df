package org.nnsh.repl;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * What one snippet did: its status, the value text JShell made (null when it has none), the
 * exception it threw, or the compile errors that rejected it.
 *
 * @param snippet   the snippet evaluated, or null when the source held no snippet
 * @param status    its status after evaluation ({@code VALID}, {@code REJECTED}, {@code RECOVERABLE_*})
 * @param previousStatus the status of the snippet it replaced, {@code NONEXISTENT} for a new name
 * @param valueText the value as JShell prints it, for expressions and variables; null otherwise
 * @param exception the uncaught exception, or null
 * @param errors    the compile errors (error diagnostics only), empty unless rejected
 * @param interrupted true when {@link NnshSession#stop()} was called while the snippet ran, whether
 *                  it then ended by itself (a fit returning its history so far) or by force
 * @param stopped   true when {@link NnshSession#stop()} had to end the snippet by force
 * @param signatureChange true when the snippet replaced one whose signature differs, which jshell
 *                  calls "replaced" rather than "modified"; in-process execution cannot redefine a
 *                  loaded class, so a redefined class always counts as one
 * @param updates   the events of other snippets this one changed (a variable of a replaced class
 *                  reset to null or no longer defined), in JShell's order
 * @param following the other variables of a declaration of several ({@code int a = 1, b = 2}'s b),
 *                  each a snippet of its own (when one failed, this evaluation is its, the others follow)
 */
public record Evaluation(Snippet snippet, Snippet.Status status, Snippet.Status previousStatus, String valueText,
                         JShellException exception, List<Diag> errors, boolean interrupted,
                         boolean stopped, boolean signatureChange, List<SnippetEvent> updates,
                         List<Evaluation> following) {
    public Evaluation {
        errors = List.copyOf(errors);
        updates = List.copyOf(updates);
        following = List.copyOf(following);
    }

    /** This evaluation with {@code variables} as its {@link #following} ones, all else the same. */
    Evaluation withFollowing(List<Evaluation> variables) {
        return new Evaluation(snippet, status, previousStatus, valueText, exception, errors, interrupted, stopped,
                signatureChange, updates, variables);
    }

    /** The snippet and those of its {@link #following} variables: a stack frame may name any of them. */
    public List<Snippet> snippets() {
        List<Snippet> all = new ArrayList<>();
        all.add(snippet);
        following.forEach(variable -> all.add(variable.snippet()));
        return all;
    }

    /** True when the snippet was rejected by the compiler or threw. */
    public boolean failed() {
        return status == Snippet.Status.REJECTED || exception != null;
    }

    /** True when the snippet compiled but names something not defined (yet). */
    public boolean unresolved() {
        return status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED;
    }
}
