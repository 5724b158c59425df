package org.nnsh.repl;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.Arrays;
import java.util.List;

/** The unified diff ({@code diff -u}: ---/+++ headers, @@ hunks, 3 lines of context) between two texts. */
final class UnifiedDiff {
    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {
    }

    /**
     * The lines that turn {@code before} into {@code after}, one per line with a trailing newline; empty
     * when the texts are equal. A missing final newline shows as a changed empty last line.
     */
    static String between(String beforeName, String before, String afterName, String after) {
        if (before.equals(after)) {
            return "";
        }
        // split with limit -1 keeps the empty line after a final newline, so that difference shows too
        List<String> beforeLines = Arrays.asList(before.split("\n", -1));
        List<String> afterLines = Arrays.asList(after.split("\n", -1));
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, beforeLines,
                DiffUtils.diff(beforeLines, afterLines), CONTEXT_LINES);
        return String.join("\n", diff) + "\n";
    }
}
