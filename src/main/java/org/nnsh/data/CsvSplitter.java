package org.nnsh.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of cells as RFC 4180 (and pandas) does: a cell in double quotes may hold commas,
 * line breaks and quotes, a quote written twice ({@code "a ""b"", c"} is {@code a "b", c}). Unquoted cells are
 * trimmed; a quoted cell keeps what is between its quotes, and whitespace around the quotes is dropped.
 * Blank lines give no row. A line ends at \n, \r\n or a lone \r (classic Mac OS, and Excel for Mac's "CSV
 * (Macintosh)"), as in pandas and Python's csv module. A row remembers the line it starts on, counting from 1,
 * for messages. An unquoted {@code #} starts a comment, to the end of the line, where {@link Comments} says.
 */
final class CsvSplitter {
    private CsvSplitter() {
    }

    /** One record: its cells, and the line of the file it starts on. */
    record Row(int line, List<String> cells) {
    }

    /**
     * Where an unquoted {@code #} starts a comment. A cell that is exactly one of pandas' missing-value marks
     * ({@code #N/A}, Excel's "not available") is a cell, never a comment, so that it is refused by name rather
     * than its row dropped without a word, as np.loadtxt drops it.
     */
    enum Comments {
        /**
         * A line that starts with {@code #} and a space (or is {@code #} alone) is a comment, as np.savetxt writes a
         * header and footer ({@code # x1,x2,label}); {@code #12,…} is a row whose first cell is an id.
         */
        WHOLE_LINES,
        /** np.loadtxt's {@code comments="#"}: anywhere, so {@code 1,2 # note} is the row 1, 2. */
        ANYWHERE
    }

    /** The rows of text; source opens its messages ({@code csv: data.csv}). */
    static List<Row> split(String source, String text, Comments comments) {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int rowLine = line;
            List<String> cells = new ArrayList<>();
            boolean quoted = false;
            while (true) {
                i = skipSpace(text, i);
                if (i < n && text.charAt(i) == '"') {
                    quoted = true;
                    StringBuilder cell = new StringBuilder();
                    int open = line;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw error(source, open, "the quote that opens column " + (cells.size() + 1)
                                    + " is never closed; expected a closing \"");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                cell.append('"');
                                i++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n' || c == '\r' && !text.startsWith("\n", i)) {
                            line++;
                        }
                        cell.append(c);
                    }
                    i = skipSpace(text, i);
                    if (comments == Comments.ANYWHERE && text.startsWith("#", i)) {
                        i = lineEnd(text, i);
                    }
                    if (i < n && text.charAt(i) != ',' && !isLineEnd(text.charAt(i))) {
                        throw error(source, line, "\"" + text.charAt(i) + "\" after the closing quote of column "
                                + (cells.size() + 1) + "; expected a comma or the end of the line (a quote inside"
                                + " quotes is written twice: \"\")");
                    }
                    cells.add(cell.toString());
                } else {
                    int start = i;
                    while (i < n && text.charAt(i) != ',' && !isLineEnd(text.charAt(i))) {
                        i++;
                    }
                    String cell = text.substring(start, i).trim();
                    int comment = commentStart(cell, cells.isEmpty(), comments);
                    if (comment >= 0) {
                        cell = cell.substring(0, comment).trim();
                        i = lineEnd(text, i);
                    }
                    cells.add(cell);
                }
                if (i < n && text.charAt(i) == ',') {
                    i++;
                    continue;
                }
                if (i < n) {
                    // \r\n is one line end
                    i += text.startsWith("\r\n", i) ? 2 : 1;
                    line++;
                }
                break;
            }
            boolean blank = !quoted && cells.size() == 1 && cells.get(0).isEmpty();
            if (!blank) {
                rows.add(new Row(rowLine, cells));
            }
        }
        return rows;
    }

    /** Where a comment starts in an unquoted (trimmed) cell, or −1; {@code first} says it opens its line. */
    private static int commentStart(String cell, boolean first, Comments comments) {
        int hash = cell.indexOf('#');
        boolean counts = comments == Comments.ANYWHERE
                || first && hash == 0 && (cell.length() == 1 || Character.isWhitespace(cell.charAt(1)));
        return hash < 0 || !counts || CsvCells.isMissing(cell) ? -1 : hash;
    }

    private static int lineEnd(String text, int i) {
        while (i < text.length() && !isLineEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past spaces and tabs (what String.trim drops from unquoted cells too), stopping at a line end. */
    private static int skipSpace(String text, int i) {
        while (i < text.length() && !isLineEnd(text.charAt(i)) && text.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    private static IllegalArgumentException error(String source, int line, String what) {
        return new IllegalArgumentException(source + " line " + line + ": " + what);
    }
}
