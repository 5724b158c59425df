package org.nnsh.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.nnsh.data.CsvSplitter.Row;
import org.nnsh.io.AtomicFile;

/**
 * CSV text as rows of equal width, read the same way for {@code csv} and {@code loadtxt}: split as
 * {@link CsvSplitter} says, a UTF-8 byte order mark at the start ignored, and trailing columns that are empty
 * on every line (a comma ending each line) dropped from the width. Lines and columns in messages count from 1.
 *
 * @param operation what reads the table ({@code csv}, {@code loadtxt}); it and the name open every message
 * @param name      the file's name
 * @param rows      every row, header included, each with at least {@code width} cells
 * @param width     the columns that count: the cells written, less trailing columns empty on every line
 * @param ignored   how the message of a too narrow table mentions the dropped columns, or ""
 */
record CsvTable(String operation, String name, List<Row> rows, int width, String ignored) {
    /** The file at path, read for {@code operation} ({@code csv}, {@code loadtxt}). */
    static CsvTable load(String operation, String path, CsvSplitter.Comments comments) {
        Objects.requireNonNull(path, operation + ": path is null");
        if (path.isEmpty()) {
            // Path.of("") is the working directory: the message was "cannot read : it is a directory"
            throw new IllegalArgumentException(operation + ": the path is empty; give the file's name, e.g. " + operation
                    + "(\"data.csv\"" + (operation.equals("csv") ? ", -1)" : ")"));
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(operation + ": " + path + " is not a valid path (" + e.getReason() + ")", e);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            // Excel on Windows saves "CSV" in the locale's code page: name the encoding, not the exception
            throw new UncheckedIOException(operation + ": cannot read " + path + ": it is not UTF-8 text; expected a"
                    + " UTF-8 (or ASCII) file, so save it as \"CSV UTF-8\"", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new UncheckedIOException(operation + ": cannot read " + path + ": it is a directory; expected a CSV file", e);
            }
            // in words: a missing file said only "(NoSuchFileException)"
            throw new UncheckedIOException(operation + ": cannot read " + path + ": " + AtomicFile.problem(file, e, false), e);
        }
        Path fileName = file.getFileName();
        return of(operation, fileName == null ? path : fileName.toString(), text, comments);
    }

    /** The table in {@code text}, the contents of the file {@code name}, read for {@code operation}. */
    static CsvTable of(String operation, String name, String text, CsvSplitter.Comments comments) {
        String source = operation + ": " + name;
        // Excel's "CSV UTF-8" starts with a byte order mark; left in, it would make the first cell text.
        List<Row> rows = headerWithoutTrailingComma(
                CsvSplitter.split(source, text.startsWith("\uFEFF") ? text.substring(1) : text, comments));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + " has no data rows");
        }
        int written = rows.get(0).cells().size();
        for (Row row : rows) {
            if (row.cells().size() != written) {
                throw new IllegalArgumentException(source + " line " + row.line() + ": expected " + written
                        + (written == 1 ? " value" : " values") + ", got " + row.cells().size());
            }
        }
        int width = written;
        while (width > 0 && emptyColumn(rows, width - 1)) {
            width--;
        }
        int dropped = written - width;
        String ignored = dropped == 0 ? ""
                : " (ignoring the last " + (dropped == 1 ? "column" : dropped + " columns") + ", empty on every line)";
        return new CsvTable(operation, name, rows, width, ignored);
    }

    /** How a message about the whole table starts: {@code csv: data.csv}. */
    String source() {
        return operation + ": " + name;
    }

    /** How a message about {@code row} starts: {@code csv: data.csv line 3: }. */
    String at(Row row) {
        return source() + " line " + row.line() + ": ";
    }

    /**
     * The number in column {@code column} of {@code row}, as {@link CsvCells#number} reads it. Text in the first
     * line was not taken for a header because the line holds numbers too ({@link CsvCells#areNames}): its
     * message says so, since the user may have meant it as one.
     */
    double number(Row row, int column) {
        String cell = row.cells().get(column);
        try {
            return CsvCells.number(at(row), cell, column);
        } catch (IllegalArgumentException e) {
            if (row == rows.get(0) && CsvCells.isText(cell)) {
                throw new IllegalArgumentException(e.getMessage() + " (line " + row.line() + " holds numbers too, so it"
                        + " is read as data, not as a header of column names)", e);
            }
            throw e;
        }
    }

    /**
     * Excel in many locales saves "CSV" with semicolons, .tsv files use tabs, and np.savetxt writes spaces
     * unless given delimiter=",": one cell per line holding such a separator is most likely that, so the
     * message says so rather than only "got 1" (or, for spaces, that line 2 is not a number, line 1 taken
     * for a header).
     */
    String otherSeparator() {
        String cell = rows.get(0).cells().get(0);
        String separator = cell.contains(";") ? "';'" : cell.contains("\t") ? "tabs" : spaceSeparated() ? "spaces" : null;
        return separator == null ? "" : "; the line looks separated by " + separator + ", but " + operation
                + " reads comma-separated values";
    }

    /**
     * Whether the first line is numbers split by spaces, or the second line holds numbers among its
     * space-split parts (under a header, as iris's "5.1 3.5 1.4 0.2 setosa"): a header such as "house price"
     * over one column has spaces too, but is no sign of another separator.
     */
    private boolean spaceSeparated() {
        for (int r = 0; r < Math.min(2, rows.size()); r++) {
            String[] parts = rows.get(r).cells().get(0).trim().split(" +");
            boolean numbers = r == 0 ? Arrays.stream(parts).allMatch(CsvCells::isDecimal)
                    : Arrays.stream(parts).anyMatch(CsvCells::isDecimal);
            if (parts.length > 1 && numbers) {
                return true;
            }
        }
        return false;
    }

    /**
     * Data lines that all end in a comma under a header that does not: the header gets the same
     * empty last cell, so that the empty column is dropped as when every line ends in a comma.
     */
    private static List<Row> headerWithoutTrailingComma(List<Row> rows) {
        if (rows.size() < 2) {
            return rows;
        }
        int header = rows.get(0).cells().size();
        boolean oneMore = rows.stream().skip(1)
                .allMatch(row -> row.cells().size() == header + 1 && row.cells().get(header).isEmpty());
        if (!oneMore) {
            return rows;
        }
        List<String> padded = new ArrayList<>(rows.get(0).cells());
        padded.add("");
        List<Row> fixed = new ArrayList<>(rows);
        fixed.set(0, new Row(rows.get(0).line(), padded));
        return fixed;
    }

    private static boolean emptyColumn(List<Row> rows, int column) {
        return rows.stream().allMatch(row -> row.cells().get(column).isEmpty());
    }
}
