package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jshell commands nnsh's shell has with their jshell meaning: the screens as jshell 17 shows them. */
class JshellCommandsTest {
    @TempDir
    Path home;

    @Test
    void methodsListsTheSignaturesAndWhatAMethodStillNeeds() {
        String screen = ShellTranscript.of(home,
                "/methods",
                "double f(double x) { return 2 * x; }",
                "void g() { h(); }",
                "int f(int[] a, String s) { return 0; }",
                "/methods").screen();
        assertTrue(screen.startsWith("nnsh> /methods\n" + Messages.NO_METHODS + "\n"), screen);
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /methods",
                "|    double f(double)",
                "|    void g()",
                "|       which cannot be invoked until method h() is declared",
                "|    int f(int[],String)",
                "nnsh> \n")), screen);
    }

    @Test
    void typesListsEachTypeWithItsKind() {
        String screen = ShellTranscript.of(home,
                "/types",
                "class A {}",
                "interface I {}",
                "record Point(double x, double y) {}",
                "enum Split { TRAIN, TEST }",
                "/types").screen();
        assertTrue(screen.startsWith("nnsh> /types\n" + Messages.NO_TYPES + "\n"), screen);
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /types",
                "|    class A",
                "|    interface I",
                "|    record Point",
                "|    enum Split",
                "nnsh> \n")), screen);
    }

    @Test
    void abbreviationsNameTheCommandTheyBeginOrTheOneTheyNamedBefore() {
        assertEquals("/methods", Commands.name("/m"));
        assertEquals("/types", Commands.name("/ty"));
    }

    @Test
    void theReadmeTableListsEveryCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : Commands.NAMES) {
            assertTrue(readme.contains("| `" + name), "README's command table lacks " + name);
        }
    }
}
