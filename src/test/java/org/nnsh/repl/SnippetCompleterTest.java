package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Tab offers, asked of the completer directly (a dumb terminal has no Tab key). */
class SnippetCompleterTest {
    private static LiveSession session;
    private static DumbTerminal terminal;
    private static ByteArrayOutputStream screen;
    private static LineReader reader;

    @BeforeAll
    static void start() throws IOException {
        session = LiveSession.startInBackground();
        session.with(s -> s.eval("var m = eye(2);"));
        screen = new ByteArrayOutputStream();
        terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), screen, StandardCharsets.UTF_8);
        reader = LineReaderBuilder.builder().terminal(terminal).build();
    }

    @AfterAll
    static void close() throws IOException {
        terminal.close();
        session.close();
    }

    /** The candidates for Tab at the end of {@code line}, and what was printed above the prompt. */
    private static List<String> tab(String line) {
        screen.reset();
        List<Candidate> candidates = new ArrayList<>();
        new SnippetCompleter(session).complete(reader,
                new SnippetParser(session).parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).collect(Collectors.toList());
    }

    private static String printed() {
        return screen.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    @Test
    void completesMatrixMethodsFacadeFunctionsAndVariables() {
        assertEquals(List.of("argmax(", "argmin("), tab("m.argm")); // argmax() and argmax(axis)
        assertTrue(tab("var p = soft").containsAll(List.of("softmax(", "softplus(")));
        assertTrue(tab("print(m").contains("m"));
    }

    @Test
    void insideACallToTheVocabularyShowsTheDocumentedSignatureAndSummary() {
        assertEquals(List.of(), tab("softmax("));
        Docs.Doc softmax = Docs.find("softmax").orElseThrow();
        assertEquals(softmax.signature() + "\n  " + softmax.summary() + "\n", printed());
        tab("print(eye(2).dot(");
        Docs.Doc dot = Docs.find("Matrix.dot").orElseThrow();
        assertEquals(dot.signature() + "\n  " + dot.summary() + "\n", printed());
    }

    @Test
    void aMemberDotInsideACallListsTheMembersNotTheCallsSignature() {
        List<String> members = tab("m.");
        assertTrue(members.containsAll(List.of("shape()", "sum(", "dot(")), members.toString());
        assertEquals(members, tab("print(m."));
        assertEquals("", printed());
        assertEquals(members, tab("softmax(m."));
        assertEquals(members, tab("print(1, m. "));
        assertEquals("", printed());
    }

    @Test
    void insideAnyOtherCallShowsJShellsSignatures() {
        assertEquals(List.of(), tab("Math.floorMod("));
        assertEquals("int Math.floorMod(int x, int y)\nint Math.floorMod(long x, int y)\nlong Math.floorMod(long x, long y)\n",
                printed());
    }

    @Test
    void completesCommandsAndDocumentedNames() {
        assertEquals(List.of("/help"), tab("/he").stream().filter(c -> c.startsWith("/he")).collect(Collectors.toList()));
        assertTrue(tab("/doc Matrix.ar").containsAll(List.of("Matrix.argmax", "Matrix.argmin")));
        List<String> docNames = tab("/doc ");
        assertTrue(docNames.contains("softmax") && !docNames.contains("/help"), "after `/doc ` the names, not the commands: " + docNames);
        assertTrue(tab("/open src/test/java/org/nnsh/repl/SnippetComp").stream().anyMatch(c -> c.endsWith("SnippetCompleterTest.java")),
                "/open completes file names");
        assertTrue(tab("/save ").stream().anyMatch(c -> c.equals("pom.xml")), "/save completes file names: " + tab("/save "));
        assertTrue(tab("/o ").contains("pom.xml") && tab("/d ").contains("softmax"), "shortened commands complete as the whole ones");
    }
}
