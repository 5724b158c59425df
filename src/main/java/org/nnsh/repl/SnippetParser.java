package org.nnsh.repl;

import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when the input is a whole snippet: Enter on an incomplete one (<code>for (…) {</code>)
 * throws {@link EOFError}, which makes JLine read a continuation line. For completion, the word
 * is the Java identifier before the cursor ({@code soft} in {@code x = soft}); on a
 * {@code /command} line, the command or its argument ({@code Matrix.d} in {@code /doc Matrix.d}).
 */
final class SnippetParser implements Parser {
    private final LiveSession session;

    SnippetParser(LiveSession session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isCommand(line) && incomplete(line)) {
            throw new EOFError(-1, -1, "incomplete snippet");
        }
        return new Word(line, cursor, wordStart(line, cursor));
    }

    /** True while some snippet in {@code text} still needs more lines (several may share a line). */
    private boolean incomplete(String text) {
        return session.with(s -> {
            SourceCodeAnalysis analysis = s.analysis();
            String rest = text;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = SourceSplitter.analyze(analysis, rest);
                if (info == null) {
                    // accept the line: evaluating it reports what went wrong
                    return false;
                }
                Completeness completeness = info.completeness();
                if (completeness == Completeness.DEFINITELY_INCOMPLETE || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                    return true;
                }
                if (!completeness.isComplete() || info.remaining() == null) {
                    return false;
                }
                rest = info.remaining();
            }
            return false;
        });
    }

    static boolean isCommand(String line) {
        String s = line.stripLeading();
        return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
    }

    private static int wordStart(String line, int cursor) {
        if (isCommand(line)) {
            return Math.max(line.indexOf('/'), line.lastIndexOf(' ', cursor - 1) + 1);
        }
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * The line with the word being completed: from {@code start} to the cursor. Java has no shell
     * quoting, so a completion goes in as it is.
     */
    record Word(String line, int cursor, int start) implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(start, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return cursor - start;
        }
    }
}
