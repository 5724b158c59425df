package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
