package org.nnsh.repl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab: JShell's own completion of Java and the preloaded vocabulary (facade functions, variables,
 * {@code Matrix} methods after {@code m.}); inside a call's parentheses with nothing typed yet, the
 * signatures of the function being called instead; on a {@code /command} line, the command names.
 */
final class SnippetCompleter implements Completer {
    private final LiveSession session;

    SnippetCompleter(LiveSession session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (SnippetParser.isCommand(line.line())) {
            if (line.line().strip().indexOf(' ') < 0) {
                Commands.NAMES.forEach(name -> candidates.add(new Candidate(name)));
            }
            return;
        }
        String code = line.line().substring(0, line.cursor());
        if (line.word().isEmpty()) {
            List<String> signatures = signatures(code);
            if (!signatures.isEmpty()) {
                reader.printAbove(String.join("\n", signatures));
                return;
            }
        }
        for (String continuation : continuations(code, line.cursor() - line.wordCursor())) {
            candidates.add(new Candidate(continuation, continuation, null, null, null, null, false));
        }
    }

    /** JShell's completions, each turned into the text that replaces the word before the cursor. */
    private Set<String> continuations(String code, int wordStart) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
                session.with(s -> s.analysis().completionSuggestions(code, code.length(), anchor));
        Set<String> continuations = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion suggestion : suggestions) {
            // JShell's anchor is normally where the identifier starts; line the two up if not
            String text = suggestion.continuation();
            if (anchor[0] < wordStart) {
                text = text.substring(Math.min(text.length(), wordStart - anchor[0]));
            } else if (anchor[0] > wordStart) {
                text = code.substring(wordStart, anchor[0]) + text;
            }
            continuations.add(text);
        }
        return continuations;
    }

    private List<String> signatures(String code) {
        return session.with(s -> s.analysis().documentation(code, code.length(), false)).stream()
                .map(SourceCodeAnalysis.Documentation::signature)
                .distinct()
                .collect(Collectors.toList());
    }
}
