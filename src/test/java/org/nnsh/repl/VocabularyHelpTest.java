package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VocabularyHelpTest {
    @Test
    void noLineWrapsAHundredColumnTerminal() {
        List<String> tooWide = VocabularyHelp.text().lines().filter(line -> line.length() > 100).collect(Collectors.toList());
        assertEquals(List.of(), tooWide);
    }

    @Test
    void everyGroupHasAnExample() {
        long groups = VocabularyHelp.text().lines().filter(line -> line.matches("  \\w.*")).count();
        long examples = VocabularyHelp.text().lines().filter(line -> line.strip().startsWith("e.g. ")).count();
        assertTrue(groups > 5, VocabularyHelp.text());
        assertEquals(groups, examples, VocabularyHelp.text());
    }

    /** An example is shown alone, so one that needs a variable an earlier line of its entry declared is passed over. */
    @Test
    void anExampleNeedsNoVariableFromTheLinesBeforeIt() {
        Docs.Doc fit = new Docs.Doc("fit", "training", "History fit()", "",
                "Example: var h = fit();\n\n>>> var hist = fit();\n>>> hist.loss()[0]\n1.0\n\n>>> Matrix p = eye(2);\n>>> p.sum()\n2.0\n");
        assertEquals("var h = fit();", VocabularyHelp.example(List.of(fit), 80));
        Docs.Doc eye = new Docs.Doc("eye", "arrays", "Matrix eye(int n)", "", ">>> var history = 1;\n>>> eye(1).sum()\n1.0\n");
        assertEquals("eye(1).sum()  ==>  1.0", VocabularyHelp.example(List.of(fit, eye), 80));
        assertEquals("History fit()", VocabularyHelp.example(List.of(fit), 10));
    }

    /** What /help shows as a group's example is typed in as it is: it must run alone, in a fresh session. */
    @Test
    void everyExampleRunsInAFreshSession() {
        List<String> failed = new ArrayList<>();
        PrintStream saved = System.out;
        try (NnshSession session = NnshSession.start()) {
            // in-process snippets print to System.out; what they print is not the point here
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            List<String> examples = VocabularyHelp.text().lines().map(String::strip).filter(l -> l.startsWith("e.g. "))
                    .map(l -> l.substring("e.g. ".length()).replaceFirst("  ==>  .*", "")).collect(Collectors.toList());
            for (String example : examples) {
                Evaluation result = session.eval(example);
                if (result.failed()) {
                    failed.add(example + ": " + result);
                }
            }
        } finally {
            System.setOut(saved);
        }
        assertEquals(List.of(), failed);
    }
}
