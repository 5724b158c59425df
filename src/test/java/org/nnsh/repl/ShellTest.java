package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
                "var big = arange(120).reshape(20, 6).div(7)",
                "String s = \"hi\"",
                "int[] labels = new int[300]",
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
                "nnsh> var big = arange(120).reshape(20, 6).div(7)",
                "big ==> Matrix 20×6",
                "[[ 0.          0.14285714  0.28571429  0.42857143  0.57142857  0.71428571]",
                " [ 0.85714286  1.          1.14285714  1.28571429  1.42857143  1.57142857]",
                " [ 1.71428571  1.85714286  2.          2.14285714  2.28571429  2.42857143]",
                " ...",
                " [14.57142857 14.71428571 14.85714286 15.         15.14285714 15.28571429]",
                " [15.42857143 15.57142857 15.71428571 15.85714286 16.         16.14285714]",
                " [16.28571429 16.42857143 16.57142857 16.71428571 16.85714286 17.        ]]",
                "nnsh> String s = \"hi\"",
                "s ==> \"hi\"",
                "nnsh> int[] labels = new int[300]",
                "labels ==> int[300] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ... , 0, 0, 0, 0, 0, 0, 0, 0 }",
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
                "org.nnsh.tensor.ShapeException: plus: shapes (2, 3) and (4, 1) cannot be broadcast",
                "nnsh> /trace",
                "org.nnsh.tensor.ShapeException: plus: shapes (2, 3) and (4, 1) cannot be broadcast",
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
                "|  created method f(), however, it cannot be invoked until method g() is declared",
                "nnsh> f()",
                "method f uses undefined method g()",
                "nnsh> 1 + 1",
                "$2 ==> 2",
                "nnsh> \n")), screen);
    }

    @Test
    void javacOverflowingItsStackOnADeepExpressionIsOneFailureAndTheSessionSurvives() {
        String deep = "double s = " + String.join(" + ", java.util.Collections.nCopies(20_000, "1.0")) + ";";
        ShellTranscript t = ShellTranscript.of(home, "int a = 1;", deep, "a + 1");
        assertTrue(t.screen().contains("JShell failed on this snippet: java.lang.StackOverflowError"), t.screen());
        assertTrue(t.screen().endsWith("nnsh> a + 1\n$1 ==> 2\nnnsh> \n"), t.screen());
        assertEquals(0, t.exitCode());
    }

    @Test
    void commands() throws IOException {
        Path script = home.resolve("demo.jsh");
        Files.writeString(script, "var w = ones(2, 3);\nint n = 4\n");
        Path saved = home.resolve("saved.jsh");
        ShellTranscript t = ShellTranscript.of(home,
                "/vars",
                "/open " + script,
                "String s = \"a\\nb\"",
                "/vars",
                "/save " + saved,
                "/reset",
                "/vars",
                "/trace",
                "/frob",
                "/exit 3");
        assertEquals(String.join("\n",
                "nnsh> /vars",
                Messages.NO_VARIABLES,
                "nnsh> /open " + script,
                "w ==> Matrix 2×3",
                "[[1. 1. 1.]",
                " [1. 1. 1.]]",
                "n ==> 4",
                "nnsh> String s = \"a\\nb\"",
                "s ==> \"a\\nb\"",
                "nnsh> /vars",
                "  w  Matrix  2×3",
                "  n  int     4",
                "  s  String  \"a\\nb\"",
                "nnsh> /save " + saved,
                Messages.saved(3, saved.toString()),
                "nnsh> /reset",
                "reset: a fresh session with the preload",
                "nnsh> /vars",
                Messages.NO_VARIABLES,
                "nnsh> /trace",
                Messages.NO_TRACE,
                "nnsh> /frob",
                "unknown command /frob: /help lists the commands",
                "nnsh> /exit 3",
                ""), t.screen());
        assertEquals(3, t.exitCode());
        assertEquals("var w = ones(2, 3);\nint n = 4;\nString s = \"a\\nb\";\n", Files.readString(saved));
        assertEquals(0, ScriptRun.ofFile(saved).exitCode(), "a saved session replays as a script");
    }

    @Test
    void listShowsTheSnippetsThatRanNumberedAsJshellDoes() {
        ShellTranscript t = ShellTranscript.of(home,
                "/list",
                "int a = 1",
                "int b = \"no\";",
                "for (int i = 0; i < 2; i++) {",
                "  a += i;",
                "}",
                "/list");
        String screen = t.screen();
        assertTrue(screen.startsWith("nnsh> /list\n" + Messages.NO_SNIPPETS + "\n"), screen);
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /list",
                "   1 : int a = 1;",
                "   2 : for (int i = 0; i < 2; i++) {",
                "         a += i;",
                "       }",
                "nnsh> \n")), screen);
    }

    @Test
    void saveLeavesOutAFitStoppedWithCtrlCThoughItReturnedItsHistory() throws IOException {
        Path saved = home.resolve("saved.jsh");
        String fit = "var h = model.fit(data, 100_000_000, adam(0.01), quiet())";
        ShellTranscript t = ShellTranscript.interrupting(home, fit, 1000,
                "var model = net().dense(2, 8).relu().dense(8, 3).softmax(); var data = spiral(50, 3);",
                fit,
                "/save " + saved,
                "h.stopped()");
        assertTrue(t.screen().contains("nnsh> h.stopped()\n$1 ==> true\n"), "the fit ended by itself: " + t.screen());
        assertEquals("var model = net().dense(2, 8).relu().dense(8, 3).softmax();\nvar data = spiral(50, 3);\n",
                Files.readString(saved));
    }

    @Test
    void ctrlCDuringAFitInAnOpenedScriptStopsTheScriptThereNotOnlyTheFit() throws IOException {
        Path script = home.resolve("long.jsh");
        Files.writeString(script, String.join("\n",
                "var model = net().dense(2, 8).relu().dense(8, 3).softmax(); var data = spiral(50, 3);",
                "var h = model.fit(data, 100_000_000, adam(0.01), quiet());",
                "print(\"after the fit\");",
                ""));
        String line = "var g = model.fit(data, 100_000_000, adam(0.01), quiet()); print(\"after the second fit\");";
        ShellTranscript t = ShellTranscript.interrupting(home, "/open " + script, 1000,
                "/open " + script,
                "h.stopped()");
        String screen = t.screen();
        assertTrue(screen.contains(script + ":2: " + Messages.REST_NOT_RUN + "\n"), screen);
        assertTrue(!screen.contains("\nafter the fit\n"), "the line after the stopped fit did not run: " + screen);
        assertTrue(screen.contains("nnsh> h.stopped()\n$1 ==> true\n"), "the fit kept its history: " + screen);
        ShellTranscript typed = ShellTranscript.interrupting(home, line, 1000,
                "var model = net().dense(2, 8).relu().dense(8, 3).softmax(); var data = spiral(50, 3);",
                line);
        assertTrue(!typed.screen().contains("\nafter the second fit\n"), "the rest of the line did not run: " + typed.screen());
    }

    @Test
    void aValueWhoseToStringIsNullPrintsNullAndVarsSurvivesIt() {
        // JShell throws a NullPointerException on a null value string: the snippet "failed" and /vars ended the shell
        ShellTranscript t = ShellTranscript.of(home,
                "class N { public String toString() { return null; } }",
                "new N()",
                "var n = new N()",
                "/vars",
                "1 + 1");
        assertEquals(String.join("\n",
                "nnsh> class N { public String toString() { return null; } }",
                "|  created class N",
                "nnsh> new N()",
                "$1 ==> null",
                "nnsh> var n = new N()",
                "n ==> null",
                "nnsh> /vars",
                "  $1  N  null",
                "  n   N  null",
                "nnsh> 1 + 1",
                "$2 ==> 2",
                "nnsh> \n"), t.screen());
        assertEquals(0, t.exitCode());
    }

    /** A value that takes ten minutes to show, unless interrupted. */
    private static final String SLOW = "class Slow { public String toString() { "
            + "try { Thread.sleep(600_000); } catch (InterruptedException e) { } return \"slow\"; } }";
    /** One that goes on sleeping when interrupted: only a stop by force ends it. */
    private static final String STUBBORN = "class Stubborn { public String toString() { "
            + "while (true) { try { Thread.sleep(600_000); } catch (InterruptedException e) { } } } }";

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ctrlCDuringVarsStopsAToStringThatDoesNotReturnAndSaysWhoseValueWasNotShown() {
        // /vars ran the toString() outside any evaluation, where Ctrl-C did not reach it: the shell hung
        for (String slowClass : List.of(SLOW, STUBBORN)) {
            String name = slowClass.substring("class ".length(), slowClass.indexOf(' ', "class ".length()));
            ShellTranscript t = ShellTranscript.interrupting(home, "/vars", 500,
                    slowClass,
                    "int a = 1",
                    // declared without showing its value, which would be as slow
                    "var slow = new ArrayList<" + name + ">(); slow.add(new " + name + "());",
                    "int after = 2",
                    "/vars",
                    "a + after");
            String type = "ArrayList<" + name + ">";
            assertTrue(t.screen().contains("nnsh> /vars\n"
                    + "  a      int" + " ".repeat(type.length() - "int".length()) + "  1\n"
                    + "\n" + Messages.varsStopped("slow", 2) + "\n"
                    + "nnsh> a + after\n$2 ==> 3\n"), t.screen());
        }
        assertEquals("stopped by Ctrl-C: the value of s was not shown", Messages.varsStopped("s", 0));
    }

    @Test
    void varsShowsANoteForAValueWhoseToStringThrowsAndTheOtherValues() {
        // JShell's own note was the exception's message in brackets: [no text]
        ShellTranscript t = ShellTranscript.of(home,
                "class Bad { public String toString() { throw new IllegalStateException(\"no text\"); } }",
                "var bad = new ArrayList<Bad>(); bad.add(new Bad());",
                "int a = 1",
                "/vars");
        assertTrue(t.screen().endsWith("nnsh> /vars\n"
                + "  bad  ArrayList<Bad>  <toString() threw IllegalStateException: no text>\n"
                + "  $1   boolean         true\n"
                + "  a    int             1\n"
                + "nnsh> \n"), t.screen());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ctrlCStopsAValuesToStringThatIgnoresInterruptsAndTheSessionGoesOn() {
        // JShell turns the value into text after the snippet's thread has ended, where its stop did not reach: the shell hung
        ShellTranscript t = ShellTranscript.interrupting(home, "var s = new Stubborn()", 300,
                STUBBORN,
                "var s = new Stubborn()",
                "s.hashCode() == s.hashCode()");
        assertTrue(t.screen().contains("nnsh> var s = new Stubborn()\n\ns ==> " + Messages.notShown("toString()") + "\n"
                + "nnsh> s.hashCode() == s.hashCode()\n$1 ==> true\n"), "s is declared: " + t.screen());
        ShellTranscript interrupted = ShellTranscript.interrupting(home, "new Slow()", 300, SLOW, "new Slow()");
        assertTrue(interrupted.screen().contains("nnsh> new Slow()\n\n$1 ==> slow\n"), "what it returns when interrupted: " + interrupted.screen());
    }

    @Test
    void aValueWhoseToStringThrowsShowsANoteAsItsValue() {
        // JShell drops the value without a word: the shell said nothing at all
        ShellTranscript t = ShellTranscript.of(home,
                "class Bad { public String toString() { throw new IllegalStateException(\"no text\"); } }",
                "new Bad()",
                "var b = new Bad()",
                "class Deep { public String toString() { return \"\" + this; } }",
                "new Deep()");
        assertTrue(t.screen().contains("nnsh> new Bad()\n$1 ==> <toString() threw IllegalStateException: no text>\n"
                + "nnsh> var b = new Bad()\nb ==> <toString() threw IllegalStateException: no text>\n"), t.screen());
        assertTrue(t.screen().contains("nnsh> new Deep()\n$2 ==> <toString() threw StackOverflowError>\n"), t.screen());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anExceptionWhoseGetMessageThrowsOrDoesNotReturnIsNamedWithANoteAndCtrlCStopsIt() {
        // JShell copies the message as it hands the exception on: one that threw was "JShell failed on this
        // snippet", one that did not return hung the shell beyond Ctrl-C's reach
        ShellTranscript threw = ShellTranscript.of(home,
                "class E extends RuntimeException { public String getMessage() { throw new IllegalStateException(\"no message\"); } }",
                "throw new E()",
                "1");
        assertTrue(threw.screen().contains("nnsh> throw new E()\nE: <getMessage() threw IllegalStateException: no message>\nnnsh> 1\n"),
                threw.screen());
        String stubborn = "class F extends RuntimeException { public String getMessage() { "
                + "while (true) { try { Thread.sleep(600_000); } catch (InterruptedException e) { } } } }";
        ShellTranscript stopped = ShellTranscript.interrupting(home, "throw new F()", 300, stubborn, "throw new F()", "2");
        assertTrue(stopped.screen().contains("nnsh> throw new F()\n\nF: " + Messages.notShown("getMessage()") + "\nnnsh> 2\n$1 ==> 2\n"),
                stopped.screen());
    }

    @Test
    void aCauseWhoseGetMessageThrowsIsNamedAsTheCauseWithItsOuterExceptionsMessageKept() {
        // the whole copy of the exception was replaced by the note, under the outer exception's name:
        // 'java.lang.RuntimeException: <getMessage() threw …>', its own message and the cause lost
        ShellTranscript t = ShellTranscript.of(home,
                "class E extends RuntimeException { public String getMessage() { throw new IllegalStateException(\"no message\"); } }",
                "throw new RuntimeException(\"outer\", new E())");
        assertTrue(t.screen().endsWith("nnsh> throw new RuntimeException(\"outer\", new E())\njava.lang.RuntimeException: outer\n"
                + "caused by: E: <getMessage() threw IllegalStateException: no message>\nnnsh> \n"), t.screen());
    }

    @Test
    void anExceptionThatCtrlCCausedStartsOnALineOfItsOwnAsAStopDoes() {
        ShellTranscript t = ShellTranscript.interrupting(home, "Thread.sleep(100_000)", 300, "Thread.sleep(100_000)");
        // a terminal echoes ^C after the input line; the message must not follow it on that line
        assertEquals("nnsh> Thread.sleep(100_000)\n\njava.lang.InterruptedException: sleep interrupted\nnnsh> \n", t.screen());
    }

    @Test
    void whatAFitStoppedByCtrlCStillPrintsStartsOnALineOfItsOwnNotAfterTheEchoedCaretC() {
        // a terminal echoes ^C after the input line (this one does not): "^Ch ==> History…" and, on a dumb
        // terminal, "^Cepoch: 5120, acc: …" were glued to it
        String quiet = "var h = model.fit(data, 100_000_000, adam(0.01), quiet())";
        ShellTranscript value = ShellTranscript.interrupting(home, quiet, 500,
                "var model = net().dense(2, 8).relu().dense(8, 3).softmax(); var data = spiral(50, 3);", quiet);
        assertTrue(value.screen().contains("nnsh> " + quiet + "\n\nh ==>\nHistory: "), value.screen());
        String loud = "model.fit(data, 100_000_000, adam(0.01)).stopped()";
        ShellTranscript lines = ShellTranscript.interrupting(home, loud, 500,
                "var model = net().dense(2, 8).relu().dense(8, 3).softmax(); var data = spiral(50, 3);", loud);
        assertTrue(lines.screen().matches("(?s).*\nepoch: 0, [^\n]*\n\nepoch: \\d+, [^\n]*\nstopped after \\d+ of 100000000 epochs; "
                + "the weights and history are kept\n\\$1 ==> true\nnnsh> \n"), lines.screen());
    }

    @Test
    void anExceptionReadsAtThePromptAsInAScriptRunAfterItsFileAndLine() {
        // the prompt said 'RuntimeException: boom', a script 'java.lang.RuntimeException: boom'
        String snippet = "throw new RuntimeException(\"boom\", new java.io.IOException(\"disk full\"));";
        ShellTranscript t = ShellTranscript.of(home, snippet);
        ScriptRun run = ScriptRun.ofText("demo.jsh", snippet + "\n");
        String message = "java.lang.RuntimeException: boom\ncaused by: java.io.IOException: disk full\n";
        assertEquals("demo.jsh:1: " + message, run.err());
        assertEquals("nnsh> " + snippet + "\n" + message + "nnsh> \n", t.screen());
    }

    @Test
    void aCompileErrorReadsAtThePromptAsInAScriptRunAndAnOpenAfterItsFileAndLine() throws IOException {
        // the prompt and /open said 'error: int cannot be dereferenced', a script run 'demo.jsh:2: int cannot be dereferenced'
        String script = "int a = 1;\nint b = a.length();\n/exit a.size()\n";
        Path file = home.resolve("demo.jsh");
        Files.writeString(file, script);
        String snippetError = "error: int cannot be dereferenced\nint b = a.length();\n         ^\n";
        String exitError = "error: int cannot be dereferenced\na.size()\n ^\n";
        assertEquals("demo.jsh:2: " + snippetError, ScriptRun.ofText("demo.jsh", script).err());
        assertEquals("exit.jsh:2: " + exitError, ScriptRun.ofText("exit.jsh", "int a = 1;\n/exit a.size()\n").err());
        assertTrue(ShellTranscript.of(home, "/open " + file).screen().contains(file + ":2: " + snippetError), "as /open says it");
        assertEquals(String.join("\n", "nnsh> int a = 1;", "a ==> 1", "nnsh> int b = a.length();") + "\n" + snippetError
                + "nnsh> /exit a.size()\n" + exitError + "nnsh> \n",
                ShellTranscript.of(home, "int a = 1;", "int b = a.length();", "/exit a.size()").screen());
    }

    @Test
    void aClassWaitingForAnUndefinedNameIsNamedAtThePromptAndInAnOpenAsInAScriptRun() throws IOException {
        // the prompt and /open said javac's 'error: cannot find symbol  symbol: class Model', as if Model did not exist
        String script = "class Model {\n    Encoder first() { return new Encoder(); }\n}\nvar m = new Model();\n";
        Path file = home.resolve("demo.jsh");
        Files.writeString(file, script);
        String message = "class Model uses undefined class Encoder, so it cannot be used yet";
        assertEquals("demo.jsh:1: " + message + " (used at demo.jsh:4)\n", ScriptRun.ofText("demo.jsh", script).err());
        assertTrue(ShellTranscript.of(home, "/open " + file).screen().contains(file + ":1: " + message + " (used at " + file + ":4)\n"),
                "as /open says it");
        assertEquals(String.join("\n",
                "nnsh> class Model { Encoder first() { return new Encoder(); } }",
                "|  created class Model, however, it cannot be referenced until class Encoder is declared",
                "nnsh> var m = new Model();",
                message,
                "nnsh> \n"),
                ShellTranscript.of(home, "class Model { Encoder first() { return new Encoder(); } }", "var m = new Model();").screen());
    }

    @Test
    void anOpenedFileEndingInACommentLeftOpenFailsAsAScriptRunOfItDoes() throws IOException {
        // /open ran the file's snippets and said nothing of the comment, where a script run failed on it
        String script = "int a = 1;\n/* never closed\nint b = 2;\n";
        Path file = home.resolve("comment.jsh");
        Files.writeString(file, script);
        Path outer = home.resolve("outer.jsh");
        Files.writeString(outer, "/open " + file + "\nint after = 3;\n");
        String message = Messages.unclosedComment("/* never closed");
        assertEquals("comment.jsh:2: " + message + "\n", ScriptRun.ofText("comment.jsh", script).err());
        String screen = ShellTranscript.of(home, "/open " + outer, "after").screen();
        assertTrue(screen.startsWith("nnsh> /open " + outer + "\na ==> 1\n" + file + ":2: " + message + "\nnnsh> after\n"
                + "error: cannot find symbol\n"), "the file that opened it stops there too: " + screen);
    }

    @Test
    void aSnippetRejectedWithoutACompileErrorReadsAsOneWithIt() {
        // the prompt said 'error: rejected: …', a script run 'snippet rejected: …'; both now say it through Messages.rejected
        assertEquals("error: snippet rejected: int x = f();", Messages.rejected("int x = f();\n"));
    }

    @Test
    void aWrappedExceptionSaysWhatItWrapsAsAScriptDoes() {
        ShellTranscript t = ShellTranscript.of(home,
                "throw new RuntimeException(\"cannot load\", new IllegalStateException(new java.io.IOException(\"disk full\")))");
        // the innermost cause adds nothing: the one above quotes its message
        assertTrue(t.screen().contains("\njava.lang.RuntimeException: cannot load\n"
                + "caused by: java.lang.IllegalStateException: java.io.IOException: disk full\nnnsh> "), t.screen());
    }

    @Test
    void traceNamesASnippetsFramesAsJshellDoes() {
        // they read "at .g(#2:1)" and "at .(#4:1)"
        String screen = ShellTranscript.of(home,
                "class Meter { int read() { return 1 / 0; } }",
                "int g() { return new Meter().read(); }",
                "g()",
                "/trace").screen();
        assertTrue(screen.matches("(?s).*\nnnsh> /trace\njava\\.lang\\.ArithmeticException: / by zero\n"
                + "\tat Meter\\.read \\(#\\d+:1\\)\n\tat g \\(#\\d+:1\\)\n\tat \\(#\\d+:1\\)\nnnsh> \n"), screen);
    }

    @Test
    void anExceptionWhoseGetStackTraceOrGetCauseThrowsIsNamedAsItselfAndTheSessionGoesOn() {
        // both were "JShell failed on this snippet: java.lang.IllegalStateException: …"
        ShellTranscript t = ShellTranscript.of(home,
                "class NoFrames extends RuntimeException { NoFrames() { super(\"lost\"); }"
                        + " public StackTraceElement[] getStackTrace() { throw new IllegalStateException(\"frames\"); } }",
                "throw new NoFrames()",
                "class NoCause extends RuntimeException { public Throwable getCause() { throw new IllegalStateException(\"cause\"); } }",
                "throw new NoCause()",
                "1 + 1");
        String screen = t.screen();
        assertTrue(screen.contains("nnsh> throw new NoFrames()\nNoFrames: lost\nnnsh> "), screen);
        assertTrue(screen.contains("nnsh> throw new NoCause()\nNoCause\nnnsh> 1 + 1\n$1 ==> 2\n"), screen);
    }

    @Test
    void aCauseChainThatLoopsBackIsPrintedOnceEndingWhereItLoopsAsPrintStackTraceDoes() {
        // copying the chain round the loop overflowed the stack: "JShell failed on this snippet: java.lang.StackOverflowError"
        ShellTranscript t = ShellTranscript.of(home,
                "var a = new RuntimeException(\"a\"); var b = new RuntimeException(\"b\", a); a.initCause(b); throw b;",
                "/trace",
                "class Self extends RuntimeException { public Throwable getCause() { return this; } }",
                "throw new Self()",
                "1 + 1");
        String screen = t.screen();
        assertTrue(screen.contains("\njava.lang.RuntimeException: b\ncaused by: java.lang.RuntimeException: a\n"
                + "caused by: [CIRCULAR REFERENCE: java.lang.RuntimeException: b]\nnnsh> /trace\n"), screen);
        assertTrue(screen.matches("(?s).*\nCaused by: java\\.lang\\.RuntimeException: a\n(\tat [^\n]*\n)*"
                + "Caused by: \\[CIRCULAR REFERENCE: java\\.lang\\.RuntimeException: b]\nnnsh> class Self.*"), screen);
        assertTrue(screen.contains("nnsh> throw new Self()\nSelf\ncaused by: [CIRCULAR REFERENCE: Self]\n"), screen);
        assertTrue(screen.endsWith("nnsh> 1 + 1\n$2 ==> 2\nnnsh> \n"), screen);
    }

    @Test
    void anExceptionWithAnEmptyMessageIsNamedWithoutADanglingColonAsInAScript() {
        ShellTranscript t = ShellTranscript.of(home, "throw new IllegalStateException(\"\")",
                "throw new RuntimeException(\"outer\", new IllegalArgumentException(\"\"))");
        assertTrue(t.screen().contains("\njava.lang.IllegalStateException\nnnsh> "), t.screen());
        assertTrue(t.screen().contains("\njava.lang.RuntimeException: outer\ncaused by: java.lang.IllegalArgumentException\nnnsh> "), t.screen());
    }

    @Test
    void aNullPointerNamesTheVariableAsTyped() {
        ShellTranscript t = ShellTranscript.of(home, "Matrix mm = null", "mm.rows()");
        assertTrue(t.screen().contains("nnsh> mm.rows()\njava.lang.NullPointerException: Cannot invoke \"org.nnsh.tensor.Matrix.rows()\" "
                + "because \"mm\" is null\n"), t.screen());
    }

    @Test
    void aResetInsideAnOpenedScriptGoesOnInTheFreshSession() throws IOException {
        // the rest of the file was read with the closed session's analysis: the shell ended, exit 1, no message
        Path script = home.resolve("reset.jsh");
        Files.writeString(script, "int a = 1;\n/reset\nint b = 2;\nprint(b);\n");
        ShellTranscript t = ShellTranscript.of(home, "/open " + script, "/vars");
        assertEquals(String.join("\n",
                "nnsh> /open " + script,
                "a ==> 1",
                Messages.RESET,
                "b ==> 2",
                "2",
                "nnsh> /vars",
                "  b  int  2",
                "nnsh> \n"), t.screen());
        assertEquals(0, t.exitCode());
    }

    @Test
    void aFailureOfACommandItselfIsOneLineAndTheSessionGoesOn() {
        // Path.of throws on a NUL (pasted in): the exception ended the shell, exit 1, no message
        ShellTranscript t = ShellTranscript.of(home, "int kept = 7", "/save a\u0000b", "kept", "/trace");
        String screen = t.screen();
        // (the line editor echoes the NUL as ^@)
        assertTrue(screen.contains("\n" + Messages.internalError("java.nio.file.InvalidPathException: Nul character not allowed: a\u0000b") + "\n"
                + "nnsh> kept\nkept ==> 7\n"), screen);
        assertTrue(screen.contains("nnsh> /trace\njava.nio.file.InvalidPathException"), screen);
        assertEquals(0, t.exitCode());
    }

    @Test
    void aHistoryThatCannotBeWrittenIsSaidOnceNotAStackTraceAtEveryLine() throws IOException {
        Path notADirectory = Files.writeString(home.resolve("a-file"), "");
        ShellTranscript t = ShellTranscript.of(notADirectory, "1 + 1", "2 + 2");
        String screen = t.screen();
        assertTrue(screen.startsWith(Messages.historyNotKept(ShellHome.history(notADirectory), notADirectory + " is a file, not a directory")
                + "\n"), screen);
        assertTrue(!screen.contains("Failed to save history") && !screen.contains("\tat "), screen);
        assertTrue(screen.contains("nnsh> 1 + 1\n$1 ==> 2\nnnsh> 2 + 2\n$2 ==> 4\n"), screen);
        assertEquals(0, t.exitCode());
    }

    @Test
    void aShortenedCommandThatJshellFindsAmbiguousKeepsTheSessionAndJshellsOwnCommandsSaySo() {
        // /e (jshell's /edit, /env or /exit) ended the session and /r (jshell's /reload or /reset) reset it
        ShellTranscript t = ShellTranscript.of(home, "int a = 1", "/e", "/r", "/re", "a", "/set feedback concise", "/ed", "/help set", "/?");
        String screen = t.screen();
        assertTrue(screen.startsWith(String.join("\n",
                "nnsh> int a = 1",
                "a ==> 1",
                "nnsh> /e",
                Messages.unknownCommand("/e"),
                "nnsh> /r",
                Messages.unknownCommand("/r"),
                "nnsh> /re",
                Messages.unknownCommand("/re"),
                "nnsh> a",
                "a ==> 1",
                "nnsh> /set feedback concise",
                Messages.jshellOnly("/set", Commands.JSHELL_ONLY.get("/set")),
                "nnsh> /ed",
                Messages.jshellOnly("/edit", Commands.JSHELL_ONLY.get("/edit")),
                "nnsh> /help set",
                Messages.jshellOnly("/set", Commands.JSHELL_ONLY.get("/set")),
                "nnsh> /?",
                "Commands:\n")), screen);
        assertEquals(0, t.exitCode());
    }

    @Test
    void anOpenedScriptThatOpensItselfIsRefusedAndTheSessionGoesOn() throws IOException {
        // it recursed until a StackOverflowError ended the shell
        Path self = home.resolve("self.jsh");
        Files.writeString(self, "int depth = 1;\n/open " + self + "\n");
        ShellTranscript t = ShellTranscript.of(home, "/open " + self, "depth");
        assertEquals(String.join("\n",
                "nnsh> /open " + self,
                "depth ==> 1",
                self + ":2: /open " + self + " inside itself (" + self + " opens " + self + ") would never end",
                "nnsh> depth",
                "depth ==> 1",
                "nnsh> \n"), t.screen());
    }

    @Test
    void aCommandMayBeShortenedAsInJshellWhileItNamesOneCommand() {
        ShellTranscript t = ShellTranscript.of(home, "int a = 1", "/v", "/l", "/t", "/ex 5");
        assertEquals(String.join("\n",
                "nnsh> int a = 1",
                "a ==> 1",
                "nnsh> /v",
                "  a  int  1",
                "nnsh> /l",
                "   1 : int a = 1;",
                "nnsh> /t",
                Messages.unknownCommand("/t"),
                "nnsh> /ex 5",
                ""), t.screen());
        assertEquals(5, t.exitCode());
    }

    @Test
    void aFitOnADumbTerminalPrintsSummaryLinesNotALiveLineOfCarriageReturns() {
        ShellTranscript t = ShellTranscript.of(home,
                "seed(0); var model = net().dense(2, 8).relu().dense(8, 3).softmax(); var data = spiral(50, 3);",
                "var h = model.fit(data, 21, adam(0.01), every(10))");
        String screen = t.screen();
        assertTrue(screen.contains("\nepoch: 0, acc: ") && screen.contains("\nepoch: 20, acc: "), screen);
        assertTrue(!screen.contains("ETA"), "no live line (its carriage returns show on a dumb terminal): " + screen);
    }

    @Test
    void aValueIsTurnedIntoTextOnceSoItsToStringRunsOnce() {
        ShellTranscript t = ShellTranscript.of(home,
                "class P { public String toString() { System.out.println(\"toString called\"); return \"p\"; } }",
                "new P()",
                "var m = eye(2)");
        assertTrue(t.screen().contains("nnsh> new P()\ntoString called\n$1 ==> p\n"), t.screen());
        assertTrue(t.screen().contains("m ==> Matrix 2×2\n[[1. 0.]\n [0. 1.]]\n"), t.screen());
    }

    @Test
    void saveLeavesOutADeclarationThatStillUsesSomethingUndefinedSoTheScriptReplays() throws IOException {
        // it was saved, and the saved script then failed: "method g uses undefined method h()", exit 1
        Path first = home.resolve("first.jsh");
        Path second = home.resolve("second.jsh");
        ShellTranscript t = ShellTranscript.of(home,
                "void g() { h(); }",
                "int a = 1",
                "/save " + first,
                "void h() { }",
                "/save " + second);
        assertTrue(t.screen().contains("nnsh> /save " + first + "\n" + Messages.saved(1, first.toString()) + "\n"
                + Messages.leftOut(List.of("method g uses undefined method h()")) + "\n"), t.screen());
        assertTrue(t.screen().contains("\nsaved 1 snippet to " + first + "; "), t.screen());
        assertEquals("int a = 1;\n", Files.readString(first));
        assertEquals(0, ScriptRun.ofFile(first).exitCode());
        assertEquals("void g() { h(); }\nint a = 1;\nvoid h() { }\n", Files.readString(second), "once h is defined, g is saved");
        assertEquals(0, ScriptRun.ofFile(second).exitCode());
    }

    @Test
    void slashExitTakesAnIntExpressionAndABadOneKeepsTheSession() {
        ShellTranscript t = ShellTranscript.of(home, "int fails = 2", "/exit soon", "/exit \"a\"", "/exit fails + 1");
        assertTrue(t.screen().contains(String.join("\n",
                "nnsh> /exit soon",
                "error: cannot find symbol",
                "  symbol:   variable soon",
                "soon",
                "^",
                "nnsh> /exit \"a\"",
                Messages.badExitCode("\"a\""),
                "nnsh> /exit fails + 1\n")), t.screen());
        assertEquals(3, t.exitCode());
    }

    @Test
    void aDeclarationOfSeveralVariablesShowsEachAndFailsWhereOneFails() {
        // showed p1 ==> 1 only, and e1 ==> 1 for int e1 = 1, e2 = "s", its error unsaid
        ShellTranscript t = ShellTranscript.of(home, "int p1 = 1, p2 = 2", "int e1 = 1, e2 = \"s\"", "int u1 = 1, u2 = 1 / 0");
        assertTrue(t.screen().contains(String.join("\n",
                "nnsh> int p1 = 1, p2 = 2",
                "p1 ==> 1",
                "p2 ==> 2",
                "nnsh> int e1 = 1, e2 = \"s\"",
                "error: incompatible types: java.lang.String cannot be converted to int",
                "int e1 = 1, e2 = \"s\";",
                "                 ^",
                "nnsh> int u1 = 1, u2 = 1 / 0",
                "java.lang.ArithmeticException: / by zero\n")), t.screen());
    }

    @Test
    void aSnippetThatPrintsWithoutANewlineGetsThePromptOnALineOfItsOwn() {
        // was "no-nlnnsh> 1"; jshell's prompt starts with a newline
        ShellTranscript t = ShellTranscript.of(home, "System.out.print(\"no-nl\")", "System.out.print(\"x\"); 5", "1");
        assertTrue(t.screen().contains(String.join("\n",
                "nnsh> System.out.print(\"no-nl\")",
                "no-nl",
                "nnsh> System.out.print(\"x\"); 5",
                "x$1 ==> 5",
                "nnsh> 1",
                "$2 ==> 1\n")), t.screen());
    }

    @Test
    void ctrlCStopsAnExitExpressionThatDoesNotEndAndTheSessionGoesOn() {
        ShellTranscript t = ShellTranscript.interrupting(home, "/exit loop()", 300,
                "int loop() { while (true) {} }", "/exit loop()", "int after = 1");
        assertTrue(t.screen().contains("\n" + Messages.STOPPED + "\nnnsh> int after = 1\nafter ==> 1\n"), t.screen());
        assertEquals(0, t.exitCode());
    }

    @Test
    void redefiningAClassSaysReplacedAndWhatBecameOfItsVariablesAsJshellDoes() {
        // nnsh said "modified class C" and c2 was null, c gone, without a word
        ShellTranscript t = ShellTranscript.of(home,
                "class C { int v = 1; }",
                "var c = new C()",
                "C c2 = new C()",
                "class C { int v = 2; }",
                "c2",
                "int h() { return 1; }",
                "int h() { return 2; }",
                "double h() { return 3; }",
                "void f() { a(); b(); }");
        assertTrue(t.screen().contains(String.join("\n",
                "nnsh> class C { int v = 2; }",
                "|  replaced class C",
                "|    update replaced variable c which cannot be referenced until this error is corrected:",
                "|      incompatible types: C cannot be converted to C",
                "|      var c = new C();",
                "|              ^",
                "|    update replaced variable c2, reset to null",
                "nnsh> c2",
                "c2 ==> null",
                "nnsh> int h() { return 1; }",
                "|  created method h()",
                "nnsh> int h() { return 2; }",
                "|  modified method h()",
                "nnsh> double h() { return 3; }",
                "|  replaced method h()",
                "nnsh> void f() { a(); b(); }",
                // was "method a(), method b() is declared"
                "|  created method f(), however, it cannot be invoked until method a(), and method b() are declared\n")),
                t.screen());
    }

    @Test
    void saveKeepsAVariableALaterSnippetBrokeSinceTheSnippetsBetweenUseIt() throws IOException {
        // var c was left out ("variable c uses undefined", naming nothing) and the saved script failed at print(c.v)
        Path saved = home.resolve("saved.jsh");
        ShellTranscript t = ShellTranscript.of(home,
                "class C { int v = 1; }",
                "var c = new C()",
                "print(c.v)",
                "class C { int v = 2; }",
                "/save " + saved);
        assertTrue(t.screen().contains("nnsh> /save " + saved + "\n" + Messages.saved(4, saved.toString()) + "\n"
                + Messages.replacedSaved(1) + "\nnnsh> "), t.screen());
        assertEquals("class C { int v = 1; }\nvar c = new C();\nprint(c.v)\nclass C { int v = 2; }\n", Files.readString(saved));
        assertEquals(0, ScriptRun.ofFile(saved).exitCode());
    }

    @Test
    void saveWritesWhatADeclarationThatThrewLeftDeclaredSoTheReplayEndsWithTheSameValues() throws IOException {
        // the replay ended with n = 10 (the declaration the failed one replaced) and without m, so print(m) failed
        Path saved = home.resolve("saved.jsh");
        ShellTranscript t = ShellTranscript.of(home,
                "int n = 10;",
                "int n = 1 / 0;",
                "String m = List.of(\"a\").get(1);",
                "print(n, m)",
                "/save " + saved);
        assertTrue(t.screen().contains("nnsh> /save " + saved + "\n" + Messages.saved(4, saved.toString()) + "\n"
                + Messages.replacedSaved(1) + "\n" + Messages.threwSaved(2) + "\nnnsh> "), t.screen());
        assertEquals(String.join("\n",
                "int n = 10;",
                "// int n = 1 / 0;",
                "// " + Messages.declaredByDefault("threw java.lang.ArithmeticException: / by zero"),
                "int n;",
                "// String m = List.of(\"a\").get(1);",
                "// " + Messages.declaredByDefault("threw java.lang.IndexOutOfBoundsException: Index: 1 Size: 1"),
                "String m;",
                "print(n, m)",
                ""), Files.readString(saved));
        ScriptRun replay = ScriptRun.ofFile(saved);
        assertEquals("0 null\n", replay.out());
        assertEquals(0, replay.exitCode());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeclarationStoppedByCtrlCSaysItsVariableStartsOverAndSaveWritesItSo() throws IOException {
        // "variables keep the values they had", though n was now 0, and /save wrote int n = 10, replaying n = 10
        Path saved = home.resolve("saved.jsh");
        ShellTranscript t = ShellTranscript.interrupting(home, "int n = spin();", 200,
                "int n = 10;", "int spin() { while (true) {} }", "int n = spin();", "n", "/save " + saved);
        assertTrue(t.screen().contains("\n" + Messages.stoppedDeclaring(List.of("n")) + "\nnnsh> n\nn ==> 0\n"), t.screen());
        assertTrue(Files.readString(saved).endsWith(String.join("\n",
                "// int n = spin();",
                "// " + Messages.declaredByDefault(Messages.STOPPED_BY_CTRL_C),
                "int n;",
                "n",
                "")), Files.readString(saved));
    }

    @Test
    void saveLeavesOutAVariableThatGotAValueInADeclarationWhereAnotherThrew() throws IOException {
        // a was written as int a; and the replay ran on with a = 0 where the session had 1
        Path saved = home.resolve("saved.jsh");
        ShellTranscript.of(home, "int a = 1, b = 1 / 0;", "/save " + saved);
        assertTrue(Files.readString(saved).endsWith("\nint b;\n"), Files.readString(saved));
    }

    @Test
    void saveOfSeveralWordsSaysItTakesOneNameInsteadOfWritingAFileNamedAfterAllOfThem() throws IOException {
        ShellTranscript t = ShellTranscript.of(home, "int a = 1", "/save " + home.resolve("s.jsh") + " 1",
                "/save \"" + home.resolve("my runs.jsh") + "\"");
        assertTrue(t.screen().contains(Messages.oneFileName("/save", home.resolve("s.jsh") + " 1") + "; "
                + Messages.usage("/save FILE.jsh") + "\n"), t.screen());
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("s.jsh")), "no file named s.jsh 1");
        }
        assertEquals("int a = 1;\n", Files.readString(home.resolve("my runs.jsh")), "a quoted name with a blank is one name");
    }

    @Test
    void saveWithJshellsOptionSaysSoInsteadOfWritingAFileNamedAfterIt() throws IOException {
        ShellTranscript t = ShellTranscript.of(home, "int a = 1", "/save -all " + home.resolve("s.jsh"));
        assertTrue(t.screen().contains(Messages.noOptions("/save", "-all") + "; " + Messages.usage("/save FILE.jsh") + "\n"), t.screen());
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("-")), "no file named -all …");
        }
    }

    @Test
    void openStopsAtTheFirstFailureNamingTheLineAndHonoursExit() throws IOException {
        Path script = home.resolve("broken.jsh");
        Files.writeString(script, "int a = 1;\n\nint b = a.length();\nint c = 3;\n");
        Path leaving = home.resolve("leaving.jsh");
        Files.writeString(leaving, "print(\"bye\");\n/exit 4\nprint(\"not reached\");\n");
        ShellTranscript t = ShellTranscript.of(home, "/open " + script, "/open nowhere.jsh", "a", "/open " + leaving, "a");
        String screen = t.screen();
        assertEquals(String.join("\n",
                "nnsh> /open " + script,
                "a ==> 1",
                script + ":3: error: int cannot be dereferenced",
                "int b = a.length();",
                "         ^",
                "nnsh> /open nowhere.jsh",
                "cannot read nowhere.jsh: no such file",
                "nnsh> a",
                "a ==> 1",
                "nnsh> /open " + leaving,
                "bye",
                ""), screen);
        assertEquals(4, t.exitCode(), "/exit in an opened script ends the shell, as in jshell");
    }

    @Test
    void aFailedExitInAnOpenedScriptStopsItNamingTheLineAsAScriptRunDoes() throws IOException {
        // the failure was said without FILE:LINE and the file ran on: "after" was printed
        Path script = home.resolve("exits.jsh");
        Files.writeString(script, "int code() {\n    return 1 / 0;\n}\n/exit code()\nprint(\"after\");\n");
        Path bad = home.resolve("bad.jsh");
        Files.writeString(bad, "int x = 1;\n/exit \"soon\"\nprint(\"after\");\n");
        ShellTranscript t = ShellTranscript.of(home, "/open " + script, "/open " + bad, "x");
        String screen = t.screen();
        assertTrue(screen.contains("\n" + script + ":2: java.lang.ArithmeticException: / by zero (called at " + script + ":4)\nnnsh> "), screen);
        assertTrue(screen.contains("\n" + bad + ":2: /exit expects an exit code from 0 to 255 (a number or an int expression), "
                + "got: \"soon\"\nnnsh> x\nx ==> 1\n"), screen);
        assertTrue(!screen.contains("after"), screen);
        assertEquals(0, t.exitCode());
    }

    @Test
    void aValueOfSeveralLinesStartsOnItsOwnLineSoAChartStaysAligned() {
        ShellTranscript t = ShellTranscript.of(home, "plot(1, 2, 3)");
        String screen = t.screen();
        assertTrue(screen.startsWith("nnsh> plot(1, 2, 3)\n$1 ==>\n      values\n3.000 ┤"), screen);
    }

    @Test
    void aNestedOpenThatFailsStopsTheOpenAroundItNamingItsLine() throws IOException {
        Path outer = home.resolve("outer.jsh");
        Files.writeString(outer, "int a = 1;\n/open " + home.resolve("missing.jsh") + "\nint b = 2;\n");
        Path failing = home.resolve("failing.jsh");
        Files.writeString(failing, "int c = 3;\nint d = c.length();\n");
        Path outer2 = home.resolve("outer2.jsh");
        Files.writeString(outer2, "/open " + failing + "\nint e = 5;\n");
        ShellTranscript t = ShellTranscript.of(home, "/open " + outer, "/open " + outer2, "/vars");
        assertEquals(String.join("\n",
                "nnsh> /open " + outer,
                "a ==> 1",
                outer + ":2: cannot read " + home.resolve("missing.jsh") + ": no such file",
                "nnsh> /open " + outer2,
                "c ==> 3",
                failing + ":2: error: int cannot be dereferenced",
                "int d = c.length();",
                "         ^",
                "nnsh> /vars",
                "  a  int  1",
                "  c  int  3",
                "nnsh> \n"), t.screen());
    }

    @Test
    void aMethodOneOpenedFileDeclaredFailsAtItsOwnLineWhenAnotherCallsIt() throws IOException {
        Path lib = home.resolve("lib.jsh");
        Files.writeString(lib, "// helpers\nint inverse(int x) {\n    return 10 / x;\n}\n");
        Path main = home.resolve("main.jsh");
        Files.writeString(main, "/open " + lib + "\nint a = 1;\nint b = inverse(0);\n");
        ShellTranscript t = ShellTranscript.of(home, "/open " + main, "inverse(0)");
        // and which call reached it, as a script says (it did not name main.jsh at all)
        assertTrue(t.screen().contains(lib + ":3: java.lang.ArithmeticException: / by zero (called at " + main + ":3)\n"), t.screen());
        // typed at the prompt, the call is the line just typed
        assertTrue(t.screen().contains("nnsh> inverse(0)\njava.lang.ArithmeticException: / by zero\nnnsh> "), t.screen());
        Files.writeString(lib, "void later() { notYet(); }\n");
        Files.writeString(main, "/open " + lib + "\nint a = 1;\nlater();\n");
        ShellTranscript undefined = ShellTranscript.of(home, "/open " + main);
        assertTrue(undefined.screen().contains(lib + ":1: method later uses undefined method notYet() (called at " + main + ":3)\n"),
                undefined.screen());
    }

    @Test
    void aCommandsPathStartingWithTildeIsInTheHomeDirectoryAsInJshell() {
        String home = System.getProperty("user.home");
        assertEquals(Path.of(home, "runs", "a.jsh"), Commands.path("~/runs/a.jsh"));
        assertEquals(Path.of(home), Commands.path("~"));
        assertEquals(Path.of("~other/a.jsh"), Commands.path("~other/a.jsh"), "another user's home is not looked up");
        assertEquals(Path.of("my runs/a.jsh"), Commands.path("\"my runs/a.jsh\""));
        assertEquals(Path.of(home, "my runs"), Commands.path("'~/my runs'"));
        assertEquals(Path.of("\"a.jsh"), Commands.path("\"a.jsh"), "an unmatched quote is part of the name");
    }

    @Test
    void docOfANameTypedAsACallDocumentsTheName() {
        String expected = ShellTranscript.of(home, "/doc softmax").screen().replace("/doc softmax", "");
        assertTrue(expected.contains("Row-wise softmax"), expected);
        assertEquals(expected, ShellTranscript.of(home, "/doc softmax(").screen().replace("/doc softmax(", ""));
        assertEquals(expected, ShellTranscript.of(home, "/doc softmax(x)").screen().replace("/doc softmax(x)", ""));
    }

    @Test
    void saveIntoAMissingDirectoryOrOntoADirectorySaysWhy() {
        Path missing = home.resolve("no-such-dir").resolve("s.jsh");
        ShellTranscript t = ShellTranscript.of(home, "/save " + missing, "/save " + home);
        assertEquals(String.join("\n",
                "nnsh> /save " + missing,
                "cannot write " + missing + ": no such directory " + missing.getParent(),
                "nnsh> /save " + home,
                "cannot write " + home + ": Is a directory",
                "nnsh> ",
                ""), t.screen());
    }

    @Test
    void savePngShowsTheWholePathAndABadPathIsOneLineAndTheSessionGoesOn() throws IOException {
        Path charts = Files.createDirectory(home.resolve("charts-of-a-long-running-experiment-on-the-spiral-data"));
        Path missing = home.resolve("no-such-dir").resolve("loss.png");
        ShellTranscript t = ShellTranscript.of(home,
                "plot(3, 2, 1).savePng(\"" + charts + "/loss\")",
                "plot(3, 2, 1).savePng(\"" + missing + "\")",
                "1 + 1");
        assertEquals(String.join("\n",
                "nnsh> plot(3, 2, 1).savePng(\"" + charts + "/loss\")",
                "$1 ==> " + charts.resolve("loss.png"),
                "nnsh> plot(3, 2, 1).savePng(\"" + missing + "\")",
                "java.io.UncheckedIOException: savePng " + missing + ": directory " + missing.getParent() + " does not exist",
                "nnsh> 1 + 1",
                "$3 ==> 2",
                "nnsh> ",
                ""), t.screen());
        assertTrue(Files.size(charts.resolve("loss.png")) > 1000);
    }

    @Test
    void openOfAFileThatIsNotUtf8SaysSo() throws IOException {
        Path latin1 = home.resolve("latin1.jsh");
        Files.write(latin1, new byte[] {'/', '/', ' ', (byte) 0xE9, '\n'});
        ShellTranscript t = ShellTranscript.of(home, "/open " + latin1, "1 + 1");
        assertEquals(String.join("\n",
                "nnsh> /open " + latin1,
                "cannot read " + latin1 + ": not UTF-8 text (scripts are read as UTF-8)",
                "nnsh> 1 + 1",
                "$1 ==> 2",
                "nnsh> ",
                ""), t.screen());
    }

    @Test
    void openNamesTheFileLineThatFailedNotWhereItsSnippetStarts() throws IOException {
        Path loop = home.resolve("loop.jsh");
        Files.writeString(loop, String.join("\n",
                "print(\"one\");",
                "for (int i = 0; i < 3; i++) {",
                "    print(i);",
                "    if (i == 1) {",
                "        zeros(2, 2).dot(zeros(3, 3));",
                "    }",
                "}",
                ""));
        Path method = home.resolve("method.jsh");
        Files.writeString(method, String.join("\n",
                "void boom(int n) {",
                "    if (n > 0) {",
                "        throw new IllegalStateException(\"n is \" + n);",
                "    }",
                "}",
                "boom(0);",
                "boom(1);",
                ""));
        Path typo = home.resolve("typo.jsh");
        Files.writeString(typo, "int total = 1 +\n    \"s\".size();\n");
        String screen = ShellTranscript.of(home, "/open " + loop, "/open " + method, "/open " + typo).screen();
        assertTrue(screen.contains(loop + ":5: org.nnsh.tensor.ShapeException: dot:"), screen);
        assertTrue(screen.contains(method + ":3: java.lang.IllegalStateException: n is 1 (called at " + method + ":7)\n"), screen);
        assertTrue(screen.contains(typo + ":2: error: cannot find symbol"), screen);
    }

    @Test
    void anExceptionInAThreadTheUserStartedIsPrinted() {
        ShellTranscript t = ShellTranscript.of(home,
                "var t = new Thread(() -> { throw new IllegalStateException(\"bg\"); }, \"worker\"); t.start(); t.join();",
                "1 + 1");
        assertTrue(t.screen().contains("Exception in thread \"worker\" java.lang.IllegalStateException: bg\n\tat "), t.screen());
        assertTrue(t.screen().contains("nnsh> 1 + 1\n$1 ==> 2\n"), t.screen());
    }

    @Test
    void helpListsCommandsKeysAndVocabularyDocTellsMoreImportsListsImports() {
        String screen = ShellTranscript.of(home, "/help", "/doc softmax", "/doc", "/doc nothingLikeThis", "/imports").screen();
        assertTrue(screen.matches("(?s).*\n  /save FILE\\.jsh +write this session's successful snippets as a replayable script\n.*"), screen);
        assertTrue(screen.contains("\n  " + Commands.CHOOSING + "\nKeys: "), "the help says what NAME|N means under the table: " + screen);
        assertTrue(screen.contains(Commands.KEYS), screen);
        for (String group : Docs.GROUPS) {
            if (Docs.all().stream().anyMatch(d -> d.group().equals(group))) {
                assertTrue(screen.contains("\n  " + group + " "), "group " + group + " in\n" + screen);
            }
        }
        assertTrue(screen.contains("               e.g. vector(1, 2, 3)  ==>  [1. 2. 3.]\n"), screen);
        assertTrue(screen.contains("               e.g. relu(vector(-1, 0, 2))  ==>  [0. 0. 2.]\n"), screen);
        assertTrue(screen.contains("nnsh> /doc softmax\n" + Docs.find("softmax").orElseThrow().text() + "\nnnsh> "), screen);
        assertTrue(screen.contains("nnsh> /doc\nusage: /doc NAME"), screen);
        assertTrue(screen.contains("nnsh> /doc nothingLikeThis\n" + Messages.noDoc("nothingLikeThis", List.of()) + "\n"), screen);
        assertTrue(screen.contains("nnsh> /imports\nimport java.io.*;\n"), screen);
        assertTrue(screen.contains("\nimport static org.nnsh.Nnsh.*;\nnnsh> "), screen);
    }

    @Test
    void timeShowsEachSnippetsTimeAndTheHistoryIsSavedAtTheEnd() throws IOException {
        String screen = ShellTranscript.of(home, "/time", "1 + 1", "/time", "2 + 2").screen();
        assertTrue(screen.matches("(?s)nnsh> /time\ntiming on.*\nnnsh> 1 \\+ 1\n\\$1 ==> 2\n\\(\\d+ ms\\)\n"
                + "nnsh> /time\ntiming off\nnnsh> 2 \\+ 2\n\\$2 ==> 4\nnnsh> \n"), screen);
        List<String> history = Files.readAllLines(ShellHome.history(home));
        assertEquals(List.of("/time", "1 + 1", "/time", "2 + 2"),
                history.stream().map(line -> line.substring(line.indexOf(':') + 1)).collect(Collectors.toList()));
    }

    /** The README's shell session is typed in again here: its screen must still be what the README shows. */
    @Test
    void readmeShowsARealSession() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## The shell");
        int start = readme.indexOf("```\n", section) + 4;
        String shown = readme.substring(start, readme.indexOf("```\n", start));
        String[] typed = shown.lines()
                .filter(line -> line.startsWith(Shell.PROMPT) || line.startsWith(Shell.CONTINUATION_PROMPT))
                .map(line -> line.substring(Shell.PROMPT.length()))
                .toArray(String[]::new);
        assertEquals(shown + Shell.PROMPT + "\n", ShellTranscript.of(home, typed).screen());
    }
}
