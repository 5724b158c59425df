package org.nnsh.repl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a transcript records the exit code its script ended with: a last line {@code [exit code N]}
 * when that was not 0, as cram's {@code [1]} under a failed command. A lesson that ran to its end
 * records only what it printed, so transcripts recorded before exit codes were kept stay valid; one
 * that now fails, or ends with another {@code /exit N}, no longer matches its transcript.
 */
final class ExitCodeLine {
    /** The line, ended by its newline, as the transcript's end; not a line inside the output. */
    private static final Pattern LAST = Pattern.compile("(?:\\A|\\n)\\[exit code (\\d{1,3})]\\n\\z");

    private ExitCodeLine() {
    }

    /**
     * {@code printed} as a transcript holds it when the script ended with {@code exitCode}. The line
     * is a line of its own, so output whose last line had no newline records as if it had one. Output
     * of a script that ended with 0 whose own last line reads as an exit code gets {@code [exit code 0]}
     * under it, else it would be read back as that code.
     */
    static String after(String printed, int exitCode) {
        if (exitCode == 0 && codeAtEnd(printed) == null) {
            return printed;
        }
        String newline = printed.isEmpty() || printed.endsWith("\n") ? "" : "\n";
        return printed + newline + "[exit code " + exitCode + "]\n";
    }

    /** The exit code {@code transcript} records: its last line's, or 0 when it has none. */
    static int recordedIn(String transcript) {
        Integer code = codeAtEnd(transcript);
        return code == null ? 0 : code;
    }

    private static Integer codeAtEnd(String text) {
        Matcher last = LAST.matcher(text);
        return last.find() ? Integer.valueOf(last.group(1)) : null;
    }
}
