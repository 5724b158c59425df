package org.nnsh.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nnsh.data.CsvSplitter.Comments;
import org.nnsh.data.CsvSplitter.Row;

class CsvSplitterTest {
    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotes() {
        assertEquals(List.of(new Row(1, List.of("a, b", "say \"hi\"", "")), new Row(2, List.of("two\r\nlines", "x")),
                new Row(4, List.of("", "y"))),
                CsvSplitter.split("csv: f.csv", "\"a, b\",\"say \"\"hi\"\"\",\"\"\n\"two\r\nlines\",x\r\n,y",
                        Comments.WHOLE_LINES));
    }

    @Test
    void trimsUnquotedCellsAndSpaceAroundQuotesAndSkipsBlankLines() {
        assertEquals(List.of(new Row(2, List.of("1", " a ", "b c"))),
                CsvSplitter.split("csv: f.csv", "  \r\n 1 ,\t\" a \" \t, b c\r\n\n", Comments.WHOLE_LINES));
    }

    @Test
    void endsALineAtALoneCarriageReturnAsPandasAndPythonsCsvDo() {
        // classic Mac OS line ends, as Excel for Mac's "CSV (Macintosh)" writes them; they were taken for spaces,
        // so the whole file was one row
        assertEquals(List.of(new Row(1, List.of("a", "b")), new Row(2, List.of("1", "2")), new Row(4, List.of("x\ry", "3"))),
                CsvSplitter.split("csv: f.csv", "a,b\r1,2\r\r\"x\ry\",3\r", Comments.WHOLE_LINES));
    }

    @Test
    void takesAQuoteInsideAnUnquotedCellAsWritten() {
        assertEquals(List.of(new Row(1, List.of("5'11\"", "x"))),
                CsvSplitter.split("csv: f.csv", "5'11\",x", Comments.WHOLE_LINES));
    }

    @Test
    void namesTheLineOfAnUnclosedQuoteAndOfTextAfterAClosingQuote() {
        assertEquals("csv: f.csv line 2: the quote that opens column 2 is never closed; expected a closing \"",
                assertThrows(IllegalArgumentException.class,
                        () -> CsvSplitter.split("csv: f.csv", "a,b\n1,\"2\n3,4\n", Comments.WHOLE_LINES)).getMessage());
        assertEquals("csv: f.csv line 3: \"b\" after the closing quote of column 1; expected a comma or the end of the"
                + " line (a quote inside quotes is written twice: \"\")",
                assertThrows(IllegalArgumentException.class,
                        () -> CsvSplitter.split("csv: f.csv", "x\ny\n\"a\"b,c\n", Comments.WHOLE_LINES)).getMessage());
    }

    @Test
    void aHashStartsACommentOnlyWhereItsModeSays() {
        String text = "# x,y\n1,2 # note\n \"#3\",4\n#N/A,5\n";
        Row quoted = new Row(3, List.of("#3", "4"));
        Row notAvailable = new Row(4, List.of("#N/A", "5"));
        assertEquals(List.of(new Row(2, List.of("1", "2 # note")), quoted, notAvailable),
                CsvSplitter.split("csv: f.csv", text, Comments.WHOLE_LINES));
        assertEquals(List.of(new Row(2, List.of("1", "2")), quoted, notAvailable),
                CsvSplitter.split("loadtxt: f.csv", text, Comments.ANYWHERE));
        String afterQuote = "\"6\",\"7\" # after a quote\n";
        assertEquals(List.of(new Row(1, List.of("6", "7"))), CsvSplitter.split("loadtxt: f.csv", afterQuote, Comments.ANYWHERE));
        assertEquals("csv: f.csv line 1: \"#\" after the closing quote of column 2; expected a comma or the end of the"
                + " line (a quote inside quotes is written twice: \"\")", assertThrows(IllegalArgumentException.class,
                        () -> CsvSplitter.split("csv: f.csv", afterQuote, Comments.WHOLE_LINES)).getMessage());
    }
}
