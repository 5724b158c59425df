package org.nnsh.repl;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The unified diff ({@code diff -u}: ---/+++ headers, @@ hunks, 3 lines of context) between two texts. */
final class UnifiedDiff {
    private static final int CONTEXT_LINES = 3;
    /** What {@code diff -u} prints under a last line that has no newline; {@code patch} reads it. */
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {
    }

    /**
     * The lines that turn {@code before} into {@code after}, one per line with a trailing newline, as
     * {@code diff -u} prints them and {@code patch} applies them; empty when the texts are equal.
     */
    static String between(String beforeName, String before, String afterName, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> beforeLines = lines(before);
        List<String> afterLines = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, beforeLines,
                DiffUtils.diff(beforeLines, afterLines), CONTEXT_LINES);
        return String.join("\n", diff) + "\n";
    }

    /**
     * The text's lines without their newlines. A last line without one carries diff's marker on a
     * line of its own, so that it differs from the same line ended by a newline and the marker
     * follows it in the diff, as in {@code diff -u}.
     */
    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int last = lines.size() - 1;
        if (lines.get(last).isEmpty()) {
            // the empty string after the final newline is no line
            lines.remove(last);
        } else {
            lines.set(last, lines.get(last) + "\n" + NO_NEWLINE);
        }
        return lines;
    }
}
