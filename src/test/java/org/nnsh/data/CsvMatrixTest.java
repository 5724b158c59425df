package org.nnsh.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnsh.tensor.Matrix;

class CsvMatrixTest {
    @TempDir
    Path dir;

    private static Matrix parse(String text) {
        return CsvMatrix.parse("t.csv", text);
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsNumbersAsNumpysLoadtxtWithACommaDelimiterDoes() {
        // np.loadtxt(io.StringIO("1,2.5,-3e-2\n4,\" 5 \",6\n"), delimiter=",") reads the quoted cell too
        assertEquals(Matrix.of(new double[] {1, 2.5, -0.03}, new double[] {4, 5, 6}), parse("1,2.5,-3e-2\n4,\" 5 \",6\n"));
    }

    @Test
    void skipsAHeaderOfTextAndABomAndColumnsEmptyOnEveryLine() {
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), parse("\uFEFFx,price\n1,2,\n3,4,\n"));
    }

    @Test
    void oneColumnIsAColumnNotAVector() {
        Matrix m = parse("y\n1\n2\n3\n");
        assertEquals("(3, 1)", m.shapeString());
    }

    @Test
    void theColumnsMakeARegressionDataset() {
        Matrix a = parse("x1,x2,y\n1,2,3.5\n4,5,9.25\n");
        Dataset d = Dataset.regression(a.cols(0, 2), a.cols(2, 3));
        assertEquals(Matrix.of(new double[] {3.5}, new double[] {9.25}), d.targets());
    }

    @Test
    void namesTheLineAndColumnOfACellThatIsNotAFiniteNumber() {
        assertEquals("loadtxt: t.csv line 3: \"NA\" in column 2 marks a missing value; expected a number (nnsh does"
                + " not fill in missing values)", error("a,b\n1,2\n3,NA\n"));
        assertEquals("loadtxt: t.csv line 2: \"inf\" in column 1 is not finite; expected a finite number (nnsh never"
                + " trains on NaN or infinity)", error("1,2\ninf,3\n"));
        assertEquals("loadtxt: t.csv line 1: column 2 is empty; expected a number", error("1,,3\n4,5,6\n"));
        assertEquals("loadtxt: t.csv line 2: expected 2 values, got 3", error("1,2\n3,4,5\n"));
        assertEquals("loadtxt: t.csv line 2: expected 1 value, got 2", error("1\n2,3\n"));
    }

    @Test
    void aHeaderAloneOrNothingIsNoData() {
        assertEquals("loadtxt: t.csv has a header but no data rows", error("x,y\n"));
        assertEquals("loadtxt: t.csv has no data rows", error("\n\n"));
        assertEquals("loadtxt: t.csv has only empty cells; expected comma-separated numbers", error(",\n,\n"));
    }

    @Test
    void aFileSeparatedBySemicolonsSaysSo() {
        assertEquals("loadtxt: t.csv line 1: one column; the line looks separated by ';', but loadtxt reads"
                + " comma-separated values", error("a;b\n1;2\n"));
    }

    @Test
    void aFileSeparatedBySpacesAsNumpysSavetxtWritesItSaysSo() {
        // np.savetxt(path, np.array([[1.5, 2], [3, 4]])), whose first line was taken for a header
        String expected = "loadtxt: t.csv line 1: one column; the line looks separated by spaces, but loadtxt reads"
                + " comma-separated values";
        assertEquals(expected, error("1.500000000000000000e+00 2.000000000000000000e+00\n"
                + "3.000000000000000000e+00 4.000000000000000000e+00\n"));
        assertEquals(expected, error("x y\n1 2\n3 4\n"));
        // a header of words with spaces over one column of numbers is no sign of it
        assertEquals(Matrix.of(new double[] {1}, new double[] {2}), parse("house price\n1\n2\n"));
    }

    @Test
    void aMissingFileIsNamedInWords() {
        Path missing = dir.resolve("nope.csv");
        assertEquals("loadtxt: cannot read " + missing + ": there is no file " + missing,
                assertThrows(UncheckedIOException.class, () -> Datasets.loadtxt(missing.toString())).getMessage());
    }

    @Test
    void anEmptyPathIsNamedAsSuch() {
        // it was read as the working directory: "loadtxt: cannot read : it is a directory; expected a CSV file"
        assertEquals("loadtxt: the path is empty; give the file's name, e.g. loadtxt(\"data.csv\")",
                assertThrows(IllegalArgumentException.class, () -> Datasets.loadtxt("")).getMessage());
        assertEquals("csv: the path is empty; give the file's name, e.g. csv(\"data.csv\", -1)",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv("", -1)).getMessage());
    }

    @Test
    void readsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "1,2\n3,4\n");
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), Datasets.loadtxt(file.toString()));
    }

    @Test
    void skipsCommentsAsNumpysLoadtxtDoes() {
        // np.savetxt("h.csv", [[1, 2], [3, 4.5]], delimiter=",", header="x,y", footer="end") writes the # lines;
        // np.loadtxt(..., delimiter=",") reads [[1. 2.] [3. 4.5]] from this, and "1,2 # note" as 1, 2. The first
        // row "1,2 # note" was taken for a header (its "2 # note" is text) and dropped without a word.
        Matrix want = Matrix.of(new double[] {1, 2}, new double[] {3, 4.5});
        assertEquals(want, parse("# x,y\n1,2 # note\n# between\n3,4.5#x\n# end\n"));
        assertEquals(want, parse("1,2 # note\n3,4.5\n"));
        assertEquals("loadtxt: t.csv has no data rows", error("# only a comment\n"));
    }

    @Test
    void anExcelNotAvailableCellIsRefusedNotDroppedAsAComment() {
        // np.loadtxt drops the row "#N/A,1" as a comment; Excel writes #N/A for a missing value
        assertEquals("loadtxt: t.csv line 1: \"#N/A\" in column 1 marks a missing value; expected a number"
                + " (nnsh does not fill in missing values)", error("#N/A,1\n3,4\n"));
    }

    @Test
    void aFirstLineOfNumbersWithATypoIsDataNotAHeader() {
        // np.loadtxt refuses "2x"; taken for a header, the first sample was dropped without a word
        assertEquals("loadtxt: t.csv line 1: \"2x\" in column 2 is not a number; expected a decimal such as -1.5 or 2e-3"
                + " (line 1 holds numbers too, so it is read as data, not as a header of column names)",
                error("1,2x\n3,4\n"));
        assertEquals(Matrix.of(new double[] {3, 4}), parse(",price\n3,4\n"));
    }
}
