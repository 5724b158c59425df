package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code >>> code} examples in docs.md, doctest style, run in one nnsh session in entry order: an
 * expression's value is printed with {@code print}, a statement (ending in {@code ;}) runs as it is,
 * and what that prints must equal the lines under it, up to the next blank line or {@code >>>}.
 */
class DocExamplesTest {
    private static final String PROMPT = ">>> ";
    private static NnshSession session;

    record Example(String code, String expected) {
        String snippet() {
            return code.endsWith(";") ? code : "print(" + code + ");";
        }
    }

    @BeforeAll
    static void startSession() {
        session = NnshSession.start();
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @TestFactory
    Stream<DynamicTest> everyExamplePrintsWhatItsEntrySays() {
        return Docs.all().stream().filter(d -> !examples(d.text()).isEmpty())
                .map(d -> DynamicTest.dynamicTest(d.name(), () -> {
                    for (Example example : examples(d.text())) {
                        assertEquals(example.expected(), printed(example), d.name() + ": " + example.code());
                    }
                }));
    }

    @Test
    void theMainEntriesHaveExamples() {
        for (String name : List.of("softmax", "logSoftmax", "crossEntropy", "Matrix.dot", "Matrix.sum", "randn", "spiral")) {
            assertFalse(examples(Docs.find(name).orElseThrow().text()).isEmpty(), name);
        }
    }

    @Test
    void examplesEndAtABlankLineOrTheNextPrompt() {
        assertEquals(List.of(new Example("seed(0);", ""), new Example("f()", "1\n 2"), new Example("g()", "3")),
                examples("intro\n>>> seed(0);\n>>> f()\n1\n 2\n>>> g()\n3\n\nnot output\n"));
    }

    static List<Example> examples(String text) {
        List<Example> examples = new ArrayList<>();
        List<String> lines = text.lines().collect(Collectors.toList());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(PROMPT)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).isBlank() && !lines.get(end).startsWith(PROMPT)) {
                end++;
            }
            examples.add(new Example(lines.get(i).substring(PROMPT.length()).strip(),
                    String.join("\n", lines.subList(i + 1, end))));
            i = end - 1;
        }
        return examples;
    }

    /** What the example prints, without trailing newlines (a Summary ends its text with one). */
    private static String printed(Example example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        Evaluation result;
        try {
            // in-process snippets print to System.out
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            result = session.eval(example.snippet());
        } finally {
            System.setOut(saved);
        }
        assertTrue(!result.failed(), example.code() + " failed: " + result);
        return bytes.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
