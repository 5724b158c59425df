package org.nnsh.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnsh.tensor.Matrix;

class CsvLoaderTest {
    @TempDir
    Path dir;

    private String write(String text) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void skipsAHeaderAndNamesClassesInOrderOfAppearance() throws IOException {
        Dataset d = Datasets.csv(write("a,b,kind\n1,2,cat\n3,4,dog\n5,6,cat\n"), -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6}), d.x());
        assertArrayEquals(new int[] {0, 1, 0}, d.y());
        assertEquals(List.of("cat", "dog"), d.classNames());
    }

    @Test
    void readsPandasToCsvWithItsIndexColumnAndNumberedColumnNames() throws IOException {
        // pd.DataFrame(X).assign(y=y).to_csv(path): an empty header cell over the index column
        Dataset d = Datasets.csv(write(",0,1,y\n0,1.5,2.0,0\n1,3.0,4.0,1\n"), -1);
        assertEquals(Matrix.of(new double[] {0, 1.5, 2}, new double[] {1, 3, 4}), d.x());
        assertArrayEquals(new int[] {0, 1}, d.y());
    }

    @Test
    void readsPandasToCsvWithoutIndexOverClassNames() throws IOException {
        // pd.DataFrame(X).assign(label=names).to_csv(path, index=False): the header was a sample of class "label"
        Dataset d = Datasets.csv(write("0,1,label\n1.5,2,cat\n3,4,dog\n"), -1);
        assertEquals(Matrix.of(new double[] {1.5, 2}, new double[] {3, 4}), d.x());
        assertEquals(List.of("cat", "dog"), d.classNames());
        // the label first, as df.insert(0, "label", names) puts it
        assertEquals(List.of("cat", "dog"), Datasets.csv(write("label,0,1\ncat,1.5,2\ndog,3,4\n"), 0).classNames());
        // a first sample whose features are other numbers stays a sample
        assertEquals(3, Datasets.csv(write("0,2,ant\n1.5,2,cat\n3,4,dog\n"), -1).size());
    }

    @Test
    void ignoresACommaEndingEveryDataLineUnderAHeaderWithout() throws IOException {
        Dataset d = Datasets.csv(write("a,b,y\n1,2,0,\n3,4,1,\n"), -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), d.x());
        assertArrayEquals(new int[] {0, 1}, d.y());
    }

    @Test
    void readsIntegerLabelsInAnyColumnWithoutHeader() throws IOException {
        Dataset d = Datasets.csv(write("2, 1.5, -3\n\n0, \"2e1\", 4\r\n"), 0);
        assertEquals(Matrix.of(new double[] {1.5, -3}, new double[] {20, 4}), d.x());
        assertArrayEquals(new int[] {2, 0}, d.y());
        assertEquals(3, d.classes());
    }

    @Test
    void readsAFileWithClassicMacLineEnds() throws IOException {
        // "a,b,label\r1,2,0\r…" was one row, a header, so the file had "no data rows"
        Dataset d = Datasets.csv(write("a,b,label\r1,2,cat\r3,4,dog\r"), -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), d.x());
        assertEquals(List.of("cat", "dog"), d.classNames());
    }

    @Test
    void refusesALabelThatMarksAMissingValue() throws IOException {
        // R's write.csv writes a missing factor as NA: it became a class "NA" of its own
        assertEquals("csv: data.csv line 3: the label \"NA\" (column 2) marks a missing value; expected a class label"
                + " (nnsh does not fill in missing values)",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(write("x,y\n1,cat\n2,NA\n3,dog\n"), -1))
                        .getMessage());
        for (String missing : List.of("nan", "NaN", "None", "NULL", "n/a", "#N/A")) {
            assertThrows(IllegalArgumentException.class, () -> Datasets.csv(write("x,y\n1,0\n2," + missing + "\n"), -1),
                    missing);
        }
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithTheReasonInWords() {
        // it said "csv: cannot read …/nope.csv (NoSuchFileException)"
        String missing = dir.resolve("nope.csv").toString();
        assertEquals("csv: cannot read " + missing + ": there is no file " + missing,
                assertThrows(UncheckedIOException.class, () -> Datasets.csv(missing, -1)).getMessage());
        String noDirectory = dir.resolve("gone").resolve("x.csv").toString();
        assertEquals("csv: cannot read " + noDirectory + ": directory " + dir.resolve("gone") + " does not exist",
                assertThrows(UncheckedIOException.class, () -> Datasets.csv(noDirectory, -1)).getMessage());
        assertEquals("csv: a\u0000b.csv is not a valid path (Nul character not allowed)",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv("a\u0000b.csv", -1)).getMessage());
    }

    @Test
    void readsANumberWithSpacesInsideItsQuotes() throws IOException {
        // pandas reads " 1.5 " as 1.5; csv said it "is not a number", and took such a first row for a header
        Dataset d = Datasets.csv(write("\" 1.5 \",2,\" 1\"\n3,\"4 \",0\n"), -1);
        assertEquals(Matrix.of(new double[] {1.5, 2}, new double[] {3, 4}), d.x());
        assertArrayEquals(new int[] {1, 0}, d.y());
    }

    @Test
    void namesTheLineOfAShortRow() throws IOException {
        String path = write("a,b,c,d,y\n1,2,3,4,0\n1,2,3,4,0\n1,2,3,4,1\n1,2,3,4,1\n1,2,3,4,0\n1,2,3,0\n");
        assertEquals("csv: data.csv line 7: expected 5 values, got 4",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(path, -1)).getMessage());
    }

    @Test
    void aColumnOfNamesWithAnotherLabelColumnSaysWhichIndexToPass() throws IOException {
        // the species in the last column, but labelColumn 0 given: every line of column 3 is a name
        String path = write("a,b,species\n1,2,cat\n3,4,dog\n5,6,cat\n");
        assertEquals("csv: data.csv: column 3 holds names, not numbers (\"cat\" on line 2), yet labelColumn 0 (column 1)"
                + " was given; if column 3 holds the labels, pass labelColumn 2 (or -1, the last): it counts from 0",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(path, 0)).getMessage());
        String middle = write("a,species,b\n1,cat,2\n3,dog,4\n");
        assertEquals("csv: data.csv: column 2 holds names, not numbers (\"cat\" on line 2), yet labelColumn 2 (column 3)"
                + " was given; if column 2 holds the labels, pass labelColumn 1: it counts from 0",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(middle, -1)).getMessage());
    }

    @Test
    void namesTheCellThatIsNotANumber() throws IOException {
        String path = write("x,y,label\n1,2,a\n3,abc,b\n");
        assertEquals("csv: data.csv line 3: \"abc\" in column 2 is not a number; expected a decimal such as -1.5 or 2e-3",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(path, 2)).getMessage());
    }

    private String error(String text, int labelColumn) throws IOException {
        String path = write(text);
        return assertThrows(IllegalArgumentException.class, () -> Datasets.csv(path, labelColumn)).getMessage();
    }

    @Test
    void readsWholeNumbersInAnySpellingAsTheLabelsTheyAre() throws IOException {
        Dataset saved = Datasets.csv(write("1.500000000000000000e+00,2.000000000000000000e+00,1.000000000000000000e+00\n"
                + "3.000000000000000000e+00,4.000000000000000000e+00,0.000000000000000000e+00\n"
                + "5.000000000000000000e+00,6.000000000000000000e+00,1.000000000000000000e+00\n"), -1);
        assertArrayEquals(new int[] {1, 0, 1}, saved.y());
        assertEquals(List.of("0", "1"), saved.classNames());
        Dataset pandas = Datasets.csv(write("a,b,y\n1,2,1.0\n3,4,0.0\n5,6,2.\n7,8,+3\n9,10,-0\n11,12,0.2E1\n"), -1);
        assertArrayEquals(new int[] {1, 0, 2, 3, 0, 2}, pandas.y());
        assertEquals(4, pandas.classes());
    }

    @Test
    void refusesFractionalLabelsAsARegressionTarget() throws IOException {
        assertEquals("csv: data.csv line 3: label \"0.5\" in column 3 is not a whole number: csv reads class labels"
                + " 0 … k−1, and a column of measurements is a regression target (read the file with loadtxt(path), then"
                + " make Dataset.regression(x, targets) of its columns)",
                error("a,b,y\n1,2,1\n3,4,0.5\n5,6,0\n", -1));
    }

    @Test
    void refusesNegativeOrHugeLabels() throws IOException {
        assertEquals("csv: data.csv line 2: label \"-1\" in column 3 is negative; expected class labels 0 … k−1",
                error("a,b,y\n1,2,-1\n3,4,1\n", -1));
        assertEquals("csv: data.csv line 3: label \"10000000000\" in column 3 is too large for a class;"
                + " expected labels 0 … k−1 with k at most 1000000", error("a,b,y\n1,2,1\n3,4,10000000000\n", -1));
    }

    @Test
    void refusesALabelColumnMixingNumbersAndNames() throws IOException {
        assertEquals("csv: data.csv line 3: label \"cat\" in column 3 is a name but the label on line 2 (\"1\") is a"
                + " number; expected integers 0 … k−1 throughout, or class names throughout",
                error("a,b,y\n1,2,1\n3,4,cat\n5,6,0\n", -1));
    }

    @Test
    void takesATextLabelAboveNumericLabelsForAHeader() throws IOException {
        Dataset d = Datasets.csv(write("1,2,label\n1,2,1\n3,4,0\n"), -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), d.x());
        assertArrayEquals(new int[] {1, 0}, d.y());
    }

    @Test
    void ignoresAByteOrderMark() throws IOException {
        Dataset headerless = Datasets.csv(write("\uFEFF1,2,0\n3,4,1\n5,6,1\n"), -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6}), headerless.x());
        assertArrayEquals(new int[] {0, 1, 1}, headerless.y());
        Dataset headed = Datasets.csv(write("\uFEFFa,b,y\n1,2,0\n"), -1);
        assertEquals(1, headed.size());
    }

    @Test
    void refusesAnEmptyLabel() throws IOException {
        assertEquals("csv: data.csv line 2: the label (column 3) is empty; expected a class label",
                error("a,b,y\n1,2,\n3,4,1\n", -1));
        assertEquals("csv: data.csv line 3: the label (column 1) is empty; expected a class label",
                error("y,a\ncat,1\n\"\",2\n", 0));
    }

    @Test
    void ignoresALastColumnEmptyOnEveryLine() throws IOException {
        Dataset d = Datasets.csv(write("a,b,y,\n1,2,0,\n3,4,1,\n"), -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), d.x());
        assertArrayEquals(new int[] {0, 1}, d.y());
        assertEquals(Matrix.of(new double[] {1}, new double[] {3}),
                Datasets.csv(write("1,0,,\n3,1, , \n"), 1).x());
        assertEquals("csv: data.csv: label column 3 is outside 0..2 (or -3..-1 from the end) (ignoring the last column,"
                + " empty on every line)", error("a,b,y,\n1,2,0,\n", 3));
        assertEquals("csv: data.csv line 2: the label (column 4) is empty; expected a class label",
                error("a,b,y,z\n1,2,0,\n3,4,1,\n", -1));
    }

    @Test
    void acceptsOnlyFiniteDecimalFeatures() throws IOException {
        assertEquals(Matrix.of(new double[] {-1.5, 0.25, 300, 1, 0.5}),
                Datasets.csv(write("-1.5,+.25,3E2,1.,5e-1,0\n"), -1).x());
        for (String bad : List.of("1d", "2f", "0x1p3", "1_000", "1e", "--1", "1.2.3", "٣")) {
            assertEquals("csv: data.csv line 2: \"" + bad + "\" in column 2 is not a number; expected a decimal such as"
                    + " -1.5 or 2e-3", error("a,b,y\n1," + bad + ",0\n", -1));
        }
        for (String nonFinite : List.of("NaN", "nan", "-inf", "Infinity", "+INF")) {
            assertEquals("csv: data.csv line 1: \"" + nonFinite + "\" in column 2 is not finite; expected a finite number"
                    + " (nnsh never trains on NaN or infinity)", error("1," + nonFinite + ",0\n3,4,1\n", -1));
        }
        assertEquals("csv: data.csv line 2: \"1e999\" in column 1 is beyond the double range; expected a finite number",
                error("a,b,y\n1e999,2,0\n", -1));
        assertEquals("csv: data.csv line 1: \"NA\" in column 1 marks a missing value; expected a number"
                + " (nnsh does not fill in missing values)", error("NA,2,0\n3,4,1\n", -1));
        assertEquals("csv: data.csv line 1: column 2 is empty; expected a number", error("1,,0\n3,4,1\n", -1));
    }

    @Test
    void readsQuotedClassNamesWithCommasAndQuotes() throws IOException {
        Dataset d = Datasets.csv(write("a,b,species\n1,2,\"Iris, setosa\"\n3,4, \"a \"\"b\"\", c\" \n5,6,\"Iris, setosa\"\n"),
                -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6}), d.x());
        assertArrayEquals(new int[] {0, 1, 0}, d.y());
        assertEquals(List.of("Iris, setosa", "a \"b\", c"), d.classNames());
    }

    @Test
    void namesTheLineOfAnUnterminatedQuote() throws IOException {
        assertEquals("csv: data.csv line 3: the quote that opens column 3 is never closed; expected a closing \"",
                error("a,b,y\n1,2,x\n3,4,\"y\n5,6,z\n", -1));
    }

    @Test
    void rejectsBadLabelColumnsAndEmptyFiles() throws IOException {
        String path = write("1,2\n");
        assertEquals("csv: data.csv: label column 5 is outside 0..1 (or -2..-1 from the end)",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(path, 5)).getMessage());
        assertEquals("csv: data.csv: label column -3 is outside 0..1 (or -2..-1 from the end)",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(path, -3)).getMessage());
        String headerOnly = write("a,b\n");
        assertEquals("csv: data.csv has no data rows",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(headerOnly, -1)).getMessage());
        assertEquals("csv: data.csv has no data rows", error("\n \n", -1));
        assertEquals("csv: data.csv line 1: need at least 2 columns (features and a label), got 1 (ignoring the last"
                + " column, empty on every line)", error("1,\n2,\n", -1));
        assertEquals("csv: data.csv line 1: need at least 2 columns (features and a label), got 1; the line looks separated"
                + " by ';', but csv reads comma-separated values", error("a;b;label\n1;2;0\n", -1));
        assertEquals("csv: data.csv line 1: need at least 2 columns (features and a label), got 1; the line looks separated"
                + " by tabs, but csv reads comma-separated values", error("1\t2\t0\n", -1));
        assertEquals("csv: data.csv line 1: need at least 2 columns (features and a label), got 1; the line looks separated"
                + " by spaces, but csv reads comma-separated values", error("1.5 2 0\n3 4 1\n", -1));
        assertEquals("csv: data.csv line 1: need at least 2 columns (features and a label), got 1; the line looks separated"
                + " by spaces, but csv reads comma-separated values", error("5.1 3.5 1.4 0.2 setosa\n4.9 3 1.4 0.2 setosa\n", -1));
        // these said only "(MalformedInputException)" and "(IOException)"
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "caf\u00e9,label\n1,0\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("csv: cannot read " + latin1 + ": it is not UTF-8 text; expected a UTF-8 (or ASCII) file, so save it"
                + " as \"CSV UTF-8\"", assertThrows(UncheckedIOException.class, () -> Datasets.csv(latin1.toString(), -1))
                        .getMessage());
        assertEquals("csv: cannot read " + dir + ": it is a directory; expected a CSV file",
                assertThrows(UncheckedIOException.class, () -> Datasets.csv(dir.toString(), -1)).getMessage());
    }

    @Test
    void skipsCommentLinesAsNumpysSavetxtWritesAHeaderAndFooter() throws IOException {
        // np.savetxt(f, np.column_stack([x, y]), delimiter=",", header="x1,x2,label", footer="made by hand"):
        // the footer was "line 5: expected 3 values, got 1"
        Dataset d = Datasets.csv(write("# x1,x2,label\n1,2,0\n3,4,1\n# two classes\n5,6,1\n# made by hand\n"), -1);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6}), d.x());
        assertArrayEquals(new int[] {0, 1, 1}, d.y());
    }

    @Test
    void aHashInsideALineIsPartOfTheCellAsInPandas() throws IOException {
        // pd.read_csv keeps "C#" whole; cutting it at the # would have merged the classes C# and C
        Dataset d = Datasets.csv(write("x,language\n1,C#\n2,C\n3,C#\n"), -1);
        assertEquals(List.of("C#", "C"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 0}, d.y());
    }

    @Test
    void aFirstLineOfNumbersWithATypoIsDataNotAHeader() throws IOException {
        // taken for a header because of "2x", the first sample was dropped without a word
        assertEquals("csv: data.csv line 1: \"2x\" in column 2 is not a number; expected a decimal such as -1.5 or 2e-3"
                + " (line 1 holds numbers too, so it is read as data, not as a header of column names)",
                assertThrows(IllegalArgumentException.class, () -> Datasets.csv(write("1,2x,0\n3,4,1\n5,6,0\n"), -1))
                        .getMessage());
    }

    @Test
    void aNegativeLabelColumnCountsFromTheEndAsPandasIlocDoes() throws IOException {
        // df.iloc[:, -2]: csv(path, -2) was "label column -2 is outside 0..2 (or -1 for the last)"
        Dataset d = Datasets.csv(write("x,label,id\n1.5,0,101\n2.5,1,102\n"), -2);
        assertArrayEquals(new int[] {0, 1}, d.y());
        assertEquals(Matrix.of(new double[] {1.5, 101}, new double[] {2.5, 102}), d.x());
    }

    @Test
    void aFirstCellThatOnlyStartsWithAHashIsDataNotAComment() throws IOException {
        // ids such as #12 are cells: taken for comments, every row went without a word ("no data rows")
        assertEquals("csv: data.csv: column 1 holds names, not numbers (\"#12\" on line 2), yet labelColumn 2 (column 3)"
                + " was given; if column 1 holds the labels, pass labelColumn 0: it counts from 0",
                assertThrows(IllegalArgumentException.class,
                        () -> Datasets.csv(write("id,x,label\n#12,0.5,0\n#13,0.7,1\n"), -1)).getMessage());
    }
}
