package org.nnsh.repl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab: JShell's own completion of Java and the preloaded vocabulary (facade functions, variables,
 * {@code Matrix} methods after {@code m.}, inside a call too); inside a call's parentheses with
 * nothing typed yet (right after the {@code (}, a {@code ,} or an operator), the signatures of the
 * function being called and its one-line doc instead; on a {@code /command}
 * line, the command names, after {@code /doc} the documented names, and after {@code /open} or
 * {@code /save} the file names.
 */
final class SnippetCompleter implements Completer {
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z]\\w*\\.)+(?=[A-Z])");
    private static final String FACADE = "Nnsh.";
    /** File names after {@code /open} and {@code /save}, from the current directory, as jshell completes them. */
    private static final Completer FILES = new Completers.FileNameCompleter();
    private final LiveSession session;

    SnippetCompleter(LiveSession session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (SnippetParser.isCommand(line.line())) {
            // up to the cursor, blanks kept: `/doc ` + Tab asks for a name, not for another command
            String command = line.line().substring(0, line.cursor()).stripLeading();
            int blank = command.indexOf(' ');
            if (blank < 0) {
                Commands.NAMES.forEach(name -> candidates.add(new Candidate(name)));
                return;
            }
            // shortened as the shell takes it: `/o ` is `/open `
            String name = Commands.name(command.substring(0, blank));
            if (name.equals("/doc")) {
                Docs.all().forEach(doc -> candidates.add(new Candidate(doc.name())));
            } else if (name.equals("/open") || name.equals("/save")) {
                FILES.complete(reader, line, candidates);
            }
            return;
        }
        String code = line.line().substring(0, line.cursor());
        // `print(m.` + Tab wants m's members, as jshell lists them, not print's signature
        if (line.word().isEmpty() && !code.stripTrailing().endsWith(".")) {
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

    /**
     * The called method's signatures and one-line doc: from nnsh's doc index for its vocabulary
     * (instant), else JShell's signatures (its first lookup takes ~0.5 s).
     */
    private List<String> signatures(String code) {
        Optional<Docs.Doc> doc = CallAtCursor.in(code).flatMap(this::documented);
        if (doc.isPresent()) {
            List<String> lines = new ArrayList<>(doc.get().signature().lines().collect(Collectors.toList()));
            lines.add("  " + doc.get().summary());
            return lines;
        }
        return session.with(s -> s.analysis().documentation(code, code.length(), false)).stream()
                .map(d -> unqualified(d.signature()))
                .distinct()
                .collect(Collectors.toList());
    }

    /** The doc of a facade function, or of a method of the receiver's type ({@code Matrix.dot} for {@code m.dot}). */
    private Optional<Docs.Doc> documented(CallAtCursor call) {
        String name = call.receiver().isEmpty() ? call.name() : receiverType(call.receiver()) + "." + call.name();
        return Docs.all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The receiver's class without package or type arguments: {@code Matrix} for {@code eye(2)}. */
    private String receiverType(String receiver) {
        String type = session.with(s -> s.analysis().analyzeType(receiver, receiver.length()));
        if (type == null) {
            return receiver;
        }
        int generic = type.indexOf('<');
        String raw = generic < 0 ? type : type.substring(0, generic);
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    /**
     * {@code Matrix org.nnsh.Nnsh.softmax(Matrix x)} as a user writes it: {@code Matrix softmax(Matrix x)},
     * packages dropped, and the preloaded facade's own class too.
     */
    static String unqualified(String signature) {
        return PACKAGE.matcher(signature).replaceAll("").replace(FACADE, "");
    }
}
