package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcripts of the interactive shell, typed line by line into a dumb terminal, as the JDK tests jshell. */
class ShellTest {
    @TempDir
    Path home;

    @Test
    void valuesPrintLikeJshellWithNumpyBodiesForMatrices() {
        ShellTranscript t = ShellTranscript.of(home,
                "int x = 72",
                "x + 1",
                "var m = eye(2).times(0.5)",
                "linspace(0, 1, 3)",
                "String s = \"hi\"",
                "System.out.println(\"printed \" + x);",
                "int twice(int n) { return 2 * n; }",
                "class Point {}");
        assertEquals(String.join("\n",
                "nnsh> int x = 72",
                "x ==> 72",
                "nnsh> x + 1",
                "$1 ==> 73",
                "nnsh> var m = eye(2).times(0.5)",
                "m ==> Matrix 2×2",
                "[[0.5 0. ]",
                " [0.  0.5]]",
                "nnsh> linspace(0, 1, 3)",
                "$2 ==> Matrix (3,)",
                "[0.  0.5 1. ]",
                "nnsh> String s = \"hi\"",
                "s ==> \"hi\"",
                "nnsh> System.out.println(\"printed \" + x);",
                "printed 72",
                "nnsh> int twice(int n) { return 2 * n; }",
                "|  created method twice(int)",
                "nnsh> class Point {}",
                "|  created class Point",
                "nnsh> \n"), t.screen());
        assertEquals(0, t.exitCode());
    }

    @Test
    void anIncompleteSnippetContinuesOnTheNextLine() {
        ShellTranscript t = ShellTranscript.of(home,
                "for (int i = 0; i < 2; i++) {",
                "  System.out.println(i);",
                "}",
                "int a = 1; int b = a + 1;");
        assertEquals(String.join("\n",
                "nnsh> for (int i = 0; i < 2; i++) {",
                " ...>   System.out.println(i);",
                " ...> }",
                "0",
                "1",
                "nnsh> int a = 1; int b = a + 1;",
                "a ==> 1",
                "b ==> 2",
                "nnsh> \n"), t.screen());
    }

    @Test
    void failuresPrintOneLineOrTheLineWithACaretAndTheSessionSurvives() {
        ShellTranscript t = ShellTranscript.of(home,
                "int y = \"s\";",
                "zeros(2, 3).plus(zeros(4, 1))",
                "/trace",
                "int z = 1 +",
                "  true;",
                "void f() { g(); }",
                "f()",
                "1 + 1");
        String screen = t.screen();
        assertTrue(screen.startsWith(String.join("\n",
                "nnsh> int y = \"s\";",
                "error: incompatible types: java.lang.String cannot be converted to int",
                "int y = \"s\";",
                "        ^",
                "nnsh> zeros(2, 3).plus(zeros(4, 1))",
                "ShapeException: plus: shapes (2,3) and (4,1) cannot be broadcast",
                "nnsh> /trace",
                "org.nnsh.tensor.ShapeException: plus: shapes (2,3) and (4,1) cannot be broadcast",
                "\tat org.nnsh.tensor.Matrix.zip(Matrix.java:")), screen);
        assertTrue(screen.contains(String.join("\n",
                "nnsh> int z = 1 +",
                " ...>   true;",
                "error: bad operand types for binary operator '+'",
                "  first type:  int",
                "  second type: boolean",
                "int z = 1 +",
                "          ^",
                "nnsh> void f() { g(); }",
                "|  created method f(), however, it cannot be used until method g() is declared",
                "nnsh> f()",
                "method f uses undefined method g()",
                "nnsh> 1 + 1",
                "$2 ==> 2",
                "nnsh> \n")), screen);
    }
}
