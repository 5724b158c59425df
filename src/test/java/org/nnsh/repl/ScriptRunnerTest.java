package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aPassingScriptPrintsWhatItsSnippetsPrintAndExitsZero() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "// a comment before anything",
                "int twice(int x) {",
                "    return 2 * x;",
                "}",
                "",
                "/* a block",
                "   comment */",
                "class Point {",
                "    final int x = 3;",
                "}",
                "int a = twice(new Point().x); int b = twice(a);   // two snippets on one line",
                "System.out.println(a + \" \" + b);",
                "System.out.println(a",
                "        + b);",
                "a + b",
                "var m = matrix(new double[]{1, 2}, new double[]{3, 4});",
                "System.out.println(m.get(1, 0));",
                ""));
        assertEquals("", run.err());
        assertEquals("6 12\n18\n3.0\n", run.out(), "expression snippets print nothing");
        assertEquals(0, run.exitCode());
    }

    @Test
    void aCompileErrorNamesTheScriptLineOfTheBadToken() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "System.out.println(\"before\");",
                "",
                "// line 3",
                "int f(int x) {",
                "    return x;",
                "}",
                "String s = \"a\" +",
                "    undefinedName;",
                "System.out.println(\"after\");"));
        assertEquals("before\n", run.out());
        assertTrue(run.err().startsWith("demo.jsh:8: error: cannot find symbol\n"), run.err());
        assertTrue(run.err().contains("    undefinedName;\n    ^\n"), run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void theCaretUnderACompileErrorKeepsTheLinesTabsSoItLinesUpOnATerminal() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "int a = 1;\n\tint b = a +\n\t\t\"x\".length(;\n");
        assertEquals("demo.jsh:3: error: illegal start of expression\n\t\t\"x\".length(;\n\t\t           ^\n", run.err());
    }

    @Test
    void aCompileErrorOnItsFirstLineIsReportedThere() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "int a = 1;\n\n\n\n\n\nint b = \"text\";\n");
        assertTrue(run.err().startsWith("demo.jsh:7: error: incompatible types: java.lang.String cannot be converted to int\n"),
                run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void anExceptionInsideAMultiLineSnippetNamesTheLineThatThrew() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "int n = 3;",
                "",
                "for (int i = 0; i < n; i++) {",
                "    System.out.println(i);",
                "    if (i == 1) throw new IllegalArgumentException(\"i is \" + i);",
                "}",
                "System.out.println(\"not reached\");"));
        assertEquals("0\n1\n", run.out());
        assertEquals("demo.jsh:5: java.lang.IllegalArgumentException: i is 1\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void anExceptionInAMethodDefinedEarlierNamesTheLineInsideTheMethod() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "void check(int n) {",
                "    if (n < 0) {",
                "        throw new IllegalStateException();",
                "    }",
                "}",
                "check(1);",
                "check(-1);"));
        assertEquals("demo.jsh:3: java.lang.IllegalStateException (called at demo.jsh:7)\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void anExceptionInALambdaOrAClassNamesTheLineThatThrewAndTheCallBeforeAnyCause() throws IOException {
        ScriptRun lambda = ScriptRun.demo(dir, String.join("\n",
                "Runnable r = () -> {",
                "    throw new RuntimeException(\"outer\", new IllegalStateException(\"inner\"));",
                "};",
                "print(\"ran\");",
                "r.run();"));
        assertEquals("demo.jsh:2: java.lang.RuntimeException: outer (called at demo.jsh:5)\n"
                + "caused by: java.lang.IllegalStateException: inner\n", lambda.err());
        ScriptRun method = ScriptRun.demo(dir, String.join("\n",
                "class Box {",
                "    int inverse(int x) {",
                "        return 10 / x;",
                "    }",
                "}",
                "var xs = java.util.List.of(2, 0);",
                "for (int x : xs)",
                "    print(new Box().inverse(x));"));
        assertEquals("demo.jsh:3: java.lang.ArithmeticException: / by zero (called at demo.jsh:8)\n", method.err());
        ScriptRun sameSnippet = ScriptRun.demo(dir, "java.util.List.of(1, 0).forEach(x -> print(10 / x));\n");
        assertEquals("demo.jsh:1: java.lang.ArithmeticException: / by zero\n", sameSnippet.err(),
                "a lambda of the failing snippet itself is no other call site");
        ScriptRun oneLine = ScriptRun.demo(dir, "Runnable r = () -> { throw new IllegalStateException(); }; r.run();\n");
        assertEquals("demo.jsh:1: java.lang.IllegalStateException\n", oneLine.err(), "no (called at demo.jsh:1) after demo.jsh:1");
    }

    @Test
    void aStackOverflowNamesTheRecursiveMethodAndTheLineThatCalledIt() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "int down(int n) {\n    return down(n + 1) + 1;\n}\nprint(\"x\");\ndown(0);\n");
        assertEquals("x\n", run.out());
        assertEquals("demo.jsh:2: java.lang.StackOverflowError (called at demo.jsh:5)\n", run.err(),
                "the trace of an overflow is cut to its innermost frames, so the call is the snippet's start");
        assertEquals(1, run.exitCode());
    }

    @Test
    void anExceptionThrownInsideTheEngineNamesTheScriptLineOfTheCall() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "var a = zeros(2, 3);",
                "var b = ones(4, 1);",
                "var c = a",
                "        .plus(b);"));
        assertEquals("demo.jsh:4: org.nnsh.tensor.ShapeException: plus: shapes (2, 3) and (4, 1) cannot be broadcast\n",
                run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aChainContinuedOnLinesStartingWithADotIsOneSnippet() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "var m = eye(2)",
                "        .times(3)",
                "",
                "        // comments and blank lines may come between",
                "        .plus(1);",
                "System.out.println(m.get(0, 0) + \" \" + m.get(0, 1));",
                "var n = m",
                "        .sum()",
                "System.out.println(n);"));
        assertEquals("", run.err());
        assertEquals("4.0 1.0\n10.0\n", run.out());
    }

    @Test
    void anExpressionChainedOnLinesStartingWithADotIsOneSnippetToo() throws IOException {
        // JShell calls eye(2) complete (an expression), not complete-with-semicolon as var m = eye(2)
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "print(eye(2)",
                "        .times(3)",
                "        .sum())",
                "        ;",
                "eye(2)",
                "        .times(3);",
                "var total = java.util.stream.IntStream.range(0, 4)",
                "        .map(i -> i * i)",
                "        .sum();",
                "java.util.stream.IntStream.range(0, total)",
                "        // a comment between",
                "        .forEach(i -> {});",
                "print(total);"));
        assertEquals("", run.err());
        assertEquals("6.0\n14\n", run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void aCauseChainIsPrintedUnderTheException() throws IOException {
        ScriptRun run = ScriptRun.demo(dir,
                "throw new RuntimeException(\"outer\", new java.io.IOException(\"inner\"));\n");
        assertEquals("demo.jsh:1: java.lang.RuntimeException: outer\ncaused by: java.io.IOException: inner\n", run.err());
    }

    @Test
    void aCauseChainThatLoopsBackEndsWhereItLoopsInsteadOfOverflowingTheStack() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "var a = new RuntimeException(\"a\");",
                "var b = new RuntimeException(\"b\", a);",
                "a.initCause(b);",
                "throw b;"));
        // b's stack trace is where it was made
        assertEquals("demo.jsh:2: java.lang.RuntimeException: b (called at demo.jsh:4)\ncaused by: java.lang.RuntimeException: a\n"
                + "caused by: [CIRCULAR REFERENCE: java.lang.RuntimeException: b]\n", run.err());
        assertEquals(1, run.exitCode());
    }

    /** A cause is left out only when the text above quotes its message whole, not as part of a word or number. */
    @Test
    void aCauseWhoseMessageIsOnlyPartOfAWordIsStillPrinted() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "try { throw new RuntimeException(\"loading data\", new IllegalArgumentException(\"a\")); }",
                "catch (RuntimeException e) { throw new IllegalStateException(\"fit stopped at epoch 12\", e); }"));
        assertEquals("demo.jsh:2: java.lang.IllegalStateException: fit stopped at epoch 12\n"
                + "caused by: java.lang.RuntimeException: loading data\n"
                + "caused by: java.lang.IllegalArgumentException: a\n", run.err());
    }

    @Test
    void callingAMethodThatUsesAnUndefinedNameIsAnErrorAtItsDefinition() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "int a = 1;",
                "void show() {",
                "    System.out.println(missing);",
                "}",
                "show();"));
        assertEquals("demo.jsh:2: method show uses undefined variable missing (called at demo.jsh:5)\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aStaticInitializerThatThrowsIsNamedAtItsOwnLineAndCalledAtTheFirstUse() throws IOException {
        // only the line of the use was named, the initializer's division by zero two lines up not at all
        ScriptRun run = ScriptRun.demo(dir, "class Table {\n    static int size = 1 / 0;\n}\nprint(Table.size);\n");
        assertEquals("demo.jsh:2: java.lang.ExceptionInInitializerError (called at demo.jsh:4)\n"
                + "caused by: java.lang.ArithmeticException: / by zero\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aNameStillUndefinedAtTheEndOfTheScriptIsAnError() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "void show() {\n    helper();\n}\nSystem.out.println(\"ran\");\n");
        assertEquals("ran\n", run.out());
        assertEquals("demo.jsh:1: method show uses undefined method helper()\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void usingAClassThatWaitsForAnUndefinedNameNamesWhatItWaitsFor() throws IOException {
        // javac said only "cannot find symbol: class Model" at line 4, though Model is declared at line 1
        ScriptRun run = ScriptRun.demo(dir, "class Model {\n    Encoder first() { return new Encoder(); }\n}\nvar m = new Model();\nclass Encoder {}\n");
        assertEquals("demo.jsh:1: class Model uses undefined class Encoder, so it cannot be used yet (used at demo.jsh:4)\n",
                run.err());
        assertEquals(1, run.exitCode());
        assertTrue(ScriptRun.demo(dir, "var b = new Box();\n").err().startsWith("demo.jsh:1: error: cannot find symbol\n"),
                "a name declared nowhere is javac's error as before");
    }

    @Test
    void aForwardReferenceDefinedLaterIsFine() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "void greet() { System.out.println(greeting()); }",
                "String greeting() { return \"hi\"; }",
                "greet();"));
        assertEquals("", run.err());
        assertEquals("hi\n", run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void slashExitEndsTheScriptWithItsCode() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "System.out.println(1);\n  /exit 2\nSystem.out.println(2);\n");
        assertEquals("1\n", run.out());
        assertEquals(2, run.exitCode());
        assertEquals(0, ScriptRun.demo(dir, "/exit\nthrow new RuntimeException();\n").exitCode());
    }

    @Test
    void aFailureInTheSecondVariableOfADeclarationStopsTheScript() throws IOException {
        // int a = 1, b = "s" is a snippet per variable; only a's was looked at, and the script ran on with exit 0
        ScriptRun wrongType = ScriptRun.demo(dir, "int a = 1, b = \"s\";\nprint(\"after\");\n");
        assertEquals("demo.jsh:1: error: incompatible types: java.lang.String cannot be converted to int\n"
                + "int a = 1, b = \"s\";\n               ^\n", wrongType.err());
        assertEquals("", wrongType.out());
        assertEquals(1, wrongType.exitCode());
        ScriptRun thrown = ScriptRun.demo(dir, "int c = 1, d = 1 / 0;\nprint(\"after\");\n");
        assertEquals("demo.jsh:1: java.lang.ArithmeticException: / by zero\n", thrown.err());
        assertEquals(1, thrown.exitCode());
        assertEquals("1 2\n", ScriptRun.demo(dir, "int e = 1, f = 2;\nprint(e, f);\n").out());
        // the second variable's lambda throws on line 3; it was reported at the call, line 5
        ScriptRun lambda = ScriptRun.demo(dir, "Runnable g = () -> {},\n    h = () -> {\n        throw new RuntimeException(\"x\");\n    };\nh.run();\n");
        assertEquals("demo.jsh:3: java.lang.RuntimeException: x (called at demo.jsh:5)\n", lambda.err());
    }

    @Test
    void anExceptionClassTheScriptDeclaredIsNamedAsWritten() throws IOException {
        // was "demo.jsh:2: REPL.$JShell$17$Refused: mine" (and "$JShell$17$Refused: mine" in the shell)
        ScriptRun run = ScriptRun.demo(dir, "class Refused extends RuntimeException { Refused() { super(\"mine\"); } }\n"
                + "throw new Refused();\n");
        assertEquals("demo.jsh:2: Refused: mine\n", run.err());
    }

    @Test
    void slashExitTakesAnIntExpressionAsJshellDoes() throws IOException {
        // jshell's /exit [integer-expression-snippet]: /exit failures said "expects an exit code from 0 to 255"
        assertEquals(3, ScriptRun.demo(dir, "int failures = 3;\n/exit failures\n").exitCode());
        assertEquals(5, ScriptRun.demo(dir, "/exit 2 + 3\n").exitCode());
        ScriptRun undefined = ScriptRun.demo(dir, "/exit soon\n");
        assertEquals("demo.jsh:1: error: cannot find symbol\n  symbol:   variable soon\nsoon\n^\n", undefined.err());
        assertEquals(1, undefined.exitCode());
        ScriptRun thrown = ScriptRun.demo(dir, "/exit 1 / 0\n");
        assertEquals("demo.jsh:1: java.lang.ArithmeticException: / by zero\n", thrown.err());
        ScriptRun outOfRange = ScriptRun.demo(dir, "/exit 200 + 100\n");
        assertEquals("demo.jsh:1: /exit expects an exit code from 0 to 255 (a number or an int expression), got: 200 + 100 (300)\n",
                outOfRange.err());
        assertEquals(1, outOfRange.exitCode());
    }

    @Test
    void anExitExpressionCallingAMethodThatThrowsNamesTheMethodsLineAndTheExit() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "int code(int x) {\n    return 10 / x;\n}\n/exit code(0)\n");
        assertEquals("demo.jsh:2: java.lang.ArithmeticException: / by zero (called at demo.jsh:4)\n", run.err());
        assertEquals(1, run.exitCode());
        assertEquals("demo.jsh:1: java.lang.ArithmeticException: / by zero\n", ScriptRun.demo(dir, "/exit 1 / 0\n").err());
    }

    @Test
    void aRecordConstructorWithoutPublicGetsAHintSinceJshellMakesTheRecordPublic() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "record Point(int x) {\n    Point {\n        if (x < 0) throw new IllegalArgumentException();\n    }\n}\n");
        assertEquals("demo.jsh:2: error: invalid canonical constructor in record Point\n"
                + "  (attempting to assign stronger access privileges; was public)\n"
                + "    Point {\n    ^\n"
                + "hint: JShell declares a record public, so its constructor must be public too: public Point { … }\n", run.err());
    }

    @Test
    void aFailureAfterOutputWithoutANewlineStartsOnALineOfItsOwnAndTheOutputIsKeptAsPrinted() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "System.out.print(\"partial é\");\nint z = 1 / 0;\n");
        assertEquals("partial é", run.out());
        assertEquals("\ndemo.jsh:2: java.lang.ArithmeticException: / by zero\n", run.err(),
                "FILE:LINE starts a line on a terminal, where both streams meet");
        ScriptRun ended = ScriptRun.demo(dir, "System.out.print(\"line\\n\");\nint z = 1 / 0;\n");
        assertEquals("demo.jsh:2: java.lang.ArithmeticException: / by zero\n", ended.err());
    }

    @Test
    void aFailureAfterErrorOutputWithoutANewlineStartsOnALineOfItsOwnToo() throws IOException {
        // "loading é…demo.jsh:2: …" on stderr: the runner looked at the script's standard output only
        ScriptRun run = ScriptRun.demo(dir, "System.err.print(\"loading é…\");\nint z = 1 / 0;\n");
        assertEquals("loading é…\ndemo.jsh:2: java.lang.ArithmeticException: / by zero\n", run.err());
        // whichever stream wrote last says whether the line is open, as both meet on a terminal
        ScriptRun ended = ScriptRun.demo(dir, "System.out.print(\"partial\");\nSystem.err.println(\"warning\");\nint z = 1 / 0;\n");
        assertEquals("warning\ndemo.jsh:3: java.lang.ArithmeticException: / by zero\n", ended.err());
    }

    @Test
    void otherCommandsAreErrorsNamingTheCommand() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "int a = 1;\n/vars\n");
        assertEquals("demo.jsh:2: unknown command /vars: scripts support only /open FILE and /exit [code]\n", run.err());
        assertEquals(1, run.exitCode());
        assertEquals("demo.jsh:1: /exit expects an exit code from 0 to 255 (a number or an int expression), got: \"soon\"\n",
                ScriptRun.demo(dir, "/exit \"soon\"\n").err());
        // the system keeps the low byte: 256 would be 0, a success
        ScriptRun tooBig = ScriptRun.demo(dir, "/exit 256\n");
        assertEquals("demo.jsh:1: /exit expects an exit code from 0 to 255 (a number or an int expression), got: 256\n",
                tooBig.err());
        assertEquals(1, tooBig.exitCode());
        assertEquals(255, ScriptRun.demo(dir, "/exit 255\n").exitCode());
    }

    @Test
    void anUnfinishedSnippetAtTheEndIsAnError() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "int a = 1;\nint b = (a +\n");
        assertTrue(run.err().startsWith("demo.jsh:2: "), run.err());
        assertEquals(1, run.exitCode());
        assertEquals("demo.jsh:2: reached end of script inside a comment: /* never closed\n",
                ScriptRun.demo(dir, "int a = 1;\n/* never closed\n").err());
    }

    @Test
    void theScriptSeesItsArguments() {
        ScriptRun run = ScriptRun.ofText("args.jsh", "System.out.println(args.length + \" \" + String.join(\"|\", args));\n",
                "one", "two words", "quote\" back\\slash \u00e9\ttab");
        assertEquals("3 one|two words|quote\" back\\slash \u00e9\ttab\n", run.out());
    }

    @Test
    void aFirstLineStartingWithHashBangIsSkippedSoAScriptCanBeACommand() throws IOException {
        ScriptRun run = ScriptRun.ofText("train.jsh", "#!/usr/bin/env -S nnsh\nprint(args[0]);\nint x = \"s\";\n", "0.05");
        assertEquals("0.05\n", run.out());
        assertTrue(run.err().startsWith("train.jsh:3: error: incompatible types"), run.err());
        assertTrue(ScriptRun.ofText("late.jsh", "print(1);\n#!/bin/nnsh\n").err().startsWith("late.jsh:2: error: illegal character"),
                "only the first line");
    }

    @Test
    void aFileIsNamedAsGiven() throws IOException {
        Path file = dir.resolve("bad.jsh");
        Files.writeString(file, "throw new IllegalArgumentException(\"no\");\n");
        ScriptRun run = ScriptRun.ofFile(file);
        assertEquals(file + ":1: java.lang.IllegalArgumentException: no\n", run.err());
        assertEquals("nnsh: cannot read " + dir.resolve("missing.jsh") + ": no such file\n",
                ScriptRun.ofFile(dir.resolve("missing.jsh")).err());
    }

    @Test
    void aScriptThatIsNotUtf8SaysSoRatherThanInputLength() throws IOException {
        Path file = dir.resolve("latin1.jsh");
        Files.write(file, new byte[] {'/', '/', ' ', (byte) 0xE9, '\n'});
        assertEquals("nnsh: cannot read " + file + ": not UTF-8 text (scripts are read as UTF-8)\n",
                ScriptRun.ofFile(file).err());
    }

    @Test
    void snippetOutputIsCapturedAndSystemOutRestored() {
        var before = System.out;
        ScriptRun run = ScriptRun.ofText("x.jsh", "System.out.print(\"o\");\nSystem.err.print(\"e\");\n");
        assertEquals("o", run.out());
        assertEquals("e", run.err());
        assertEquals(before, System.out);
    }

    @Test
    void anExceptionInAThreadTheScriptStartedIsPrintedAsTheJvmPrintsItAndTheScriptGoesOn() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, String.join("\n",
                "var t = new Thread(() -> { throw new RuntimeException(\"bg\"); }, \"worker\");",
                "t.start(); t.join();",
                "print(\"after\");",
                ""));
        assertEquals(0, run.exitCode(), "as in jshell, a thread's failure is not the script's");
        assertEquals("after\n", run.out());
        assertTrue(run.err().startsWith("Exception in thread \"worker\" java.lang.RuntimeException: bg\n\tat "), run.err());
    }

    @Test
    void javacOverflowingItsStackOnADeepExpressionIsTheScriptLinesFailureNotASilentExit() throws IOException {
        // javac recurses once per operator: a generated sum of thousands of terms overflows its stack
        String deep = "double s = " + String.join(" + ", java.util.Collections.nCopies(20_000, "1.0")) + ";";
        ScriptRun run = ScriptRun.demo(dir, "int a = 1;\n" + deep + "\nSystem.out.println(s);\n");
        assertTrue(run.err().startsWith("demo.jsh:2: JShell failed on this snippet: java.lang.StackOverflowError"),
                run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aScriptOpensAnotherInTheSameSessionAndAFailureThereNamesThatFilesLine() throws IOException {
        Path inner = dir.resolve("inner.jsh");
        Files.writeString(inner, "int q = 5;\nprint(\"inner\", q);\nint bad = zeros(2, 2)\n    .dot(zeros(3, 3)).rows();\nprint(\"not reached\");\n");
        ScriptRun run = ScriptRun.demo(dir, "print(\"outer\");\n/open " + inner + "\nprint(\"not reached either\");\n");
        assertEquals("outer\ninner 5\n", run.out());
        assertEquals(inner + ":4: org.nnsh.tensor.ShapeException: dot: shapes (2, 2) and (3, 3) not aligned: "
                + "2 (dim 1) != 3 (dim 0)\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void anOpenedScriptDefinesWhatTheOpenerUsesAndItsExitEndsTheRun() throws IOException {
        Path defs = dir.resolve("defs.jsh");
        Files.writeString(defs, "int twice(int x) { return 2 * x; }\n");
        Path leaving = dir.resolve("leaving.jsh");
        Files.writeString(leaving, "print(\"bye\");\n/exit 0\n");
        ScriptRun run = ScriptRun.demo(dir, "/open " + defs + "\nprint(twice(21));\n/open " + leaving + "\nprint(\"not reached\");\n");
        assertEquals("42\nbye\n", run.out());
        assertEquals("", run.err());
        assertEquals(0, run.exitCode(), "/exit 0 in an opened script ends the whole run with 0");
    }

    @Test
    void aMethodAnOpenedScriptDeclaredFailsAtThatFilesLine() throws IOException {
        Path lib = dir.resolve("lib.jsh");
        Files.writeString(lib, "// helpers\nint inverse(int x) {\n    return 10 / x;\n}\nint uses() {\n    return missing;\n}\n");
        ScriptRun thrown = ScriptRun.demo(dir, "/open " + lib + "\nprint(inverse(2));\nprint(inverse(0));\n");
        assertEquals("5\n", thrown.out());
        assertEquals(lib + ":3: java.lang.ArithmeticException: / by zero (called at demo.jsh:3)\n", thrown.err());
        ScriptRun undefined = ScriptRun.demo(dir, "/open " + lib + "\nprint(1);\nuses();\n");
        assertEquals(lib + ":5: method uses uses undefined variable missing (called at demo.jsh:3)\n", undefined.err());
        ScriptRun neverDefined = ScriptRun.demo(dir, "/open " + lib + "\nprint(1);\n");
        assertEquals(lib + ":5: method uses uses undefined variable missing\n", neverDefined.err());
    }

    @Test
    void aQuotedOpenNamesTheFileWithoutItsQuotes() throws IOException {
        Path spaced = Files.createDirectories(dir.resolve("my runs")).resolve("a.jsh");
        Files.writeString(spaced, "print(\"in\");\nint z = 1 / 0;\n");
        ScriptRun run = ScriptRun.demo(dir, "/open \"" + spaced + "\"\n");
        assertEquals("in\n", run.out());
        assertEquals(spaced + ":2: java.lang.ArithmeticException: / by zero\n", run.err());
    }

    @Test
    void anOpenOfAMissingFileIsAFailureAtTheOpenersLine() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "print(1);\n/open " + dir.resolve("nowhere.jsh") + "\nprint(2);\n");
        assertEquals("1\n", run.out());
        assertEquals("demo.jsh:2: cannot read " + dir.resolve("nowhere.jsh") + ": no such file\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aScriptSavedWithAByteOrderMarkRuns() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "\uFEFFprint(1);\nint b = \"x\";\n");
        assertEquals("1\n", run.out());
        assertTrue(run.err().startsWith("demo.jsh:2: error: incompatible types"), run.err());
        ScriptRun command = ScriptRun.demo(dir, "\uFEFF/exit 3\n");
        assertEquals(3, command.exitCode(), command.err());
    }

    @Test
    void aNullPointerNamesTheVariableAsTheScriptWroteItNotJshellsWrapperClass() throws IOException {
        ScriptRun run = ScriptRun.demo(dir, "class Point {}\nMatrix mm = null;\nmm.rows();\n");
        assertEquals("demo.jsh:3: java.lang.NullPointerException: Cannot invoke \"org.nnsh.tensor.Matrix.rows()\" "
                + "because \"mm\" is null\n", run.err());
        ScriptRun cast = ScriptRun.demo(dir, "class Point {}\nObject o = new Point();\nString s = (String) o;\n");
        assertTrue(cast.err().startsWith("demo.jsh:3: java.lang.ClassCastException: class Point cannot be cast to class java.lang.String"),
                cast.err());
    }

    @Test
    void anExceptionWithAnEmptyMessageIsNamedWithoutADanglingColon() throws IOException {
        assertEquals("demo.jsh:1: java.lang.IllegalStateException\n",
                ScriptRun.demo(dir, "throw new IllegalStateException(\"\");\n").err());
    }

    @Test
    void aClassCastNamesTheClassesWithoutTheLoaderWhoseHashChangesFromRunToRun() throws IOException {
        // it ended "(A and B are in unnamed module of loader jdk.jshell...RemoteClassLoader @1c20c684)",
        // so a recorded transcript of the script never matched again
        ScriptRun run = ScriptRun.demo(dir, "class A {}\nclass B {}\nObject o = new A();\nB b = (B) o;\n");
        assertEquals("demo.jsh:4: java.lang.ClassCastException: class A cannot be cast to class B\n", run.err());
        ScriptRun jdk = ScriptRun.demo(dir, "Object o = zeros(1, 1);\nString s = (String) o;\n");
        assertEquals("demo.jsh:2: java.lang.ClassCastException: class org.nnsh.tensor.Matrix cannot be cast to class "
                + "java.lang.String\n", jdk.err());
    }

    @Test
    void aScriptThatOpensItselfIsRefusedNotRunUntilTheStackOverflows() throws IOException {
        // it ran ~1900 levels deep, then ended with exit 1 and no message at all
        Path other = dir.resolve("other.jsh");
        Files.writeString(other, "print(\"other\");\n/open " + dir.resolve("demo.jsh") + "\n");
        Files.writeString(dir.resolve("demo.jsh"), "print(\"demo\");\n/open " + other + "\n");
        ScriptRun run = ScriptRun.ofFile(dir.resolve("demo.jsh"));
        assertEquals("demo\nother\n", run.out());
        assertEquals(other + ":2: /open " + dir.resolve("demo.jsh") + " inside itself (" + dir.resolve("demo.jsh") + " opens "
                + other + " opens " + dir.resolve("demo.jsh") + ") would never end\n", run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aFailureOfNnshItselfIsSaidNotASilentExit() throws IOException {
        // Path.of throws on the NUL: the run ended with exit 1 and nothing on stderr
        ScriptRun run = ScriptRun.demo(dir, "print(1);\n/open a\u0000b\n");
        assertEquals("1\n", run.out());
        assertEquals("demo.jsh: " + Messages.scriptInternalError("java.nio.file.InvalidPathException: Nul character not allowed: a\u0000b") + "\n",
                run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aScriptsCommandsMayBeShortenedAsInJshell() throws IOException {
        Path defs = dir.resolve("defs.jsh");
        Files.writeString(defs, "int twice(int x) { return 2 * x; }\n");
        ScriptRun run = ScriptRun.demo(dir, "/o " + defs + "\nprint(twice(2));\n/ex 6\n");
        assertEquals("4\n", run.out());
        assertEquals(6, run.exitCode(), run.err());
    }
}
