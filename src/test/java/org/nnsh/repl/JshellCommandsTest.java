package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    void aDeclarationUsingSomethingUndefinedSaysWhatItCannotDoYetInJshellsWords() {
        // nnsh said "it cannot be used until" for all three
        String screen = ShellTranscript.of(home,
                "class Model { Encoder first() { return null; } }",
                "class Trainer { void run() { Encoder e = null; } }",
                "void fit() { update(); }").screen();
        assertEquals(String.join("\n",
                "nnsh> class Model { Encoder first() { return null; } }",
                "|  created class Model, however, it cannot be referenced until class Encoder is declared",
                "nnsh> class Trainer { void run() { Encoder e = null; } }",
                "|  created class Trainer, however, it cannot be instantiated or its methods invoked until class Encoder is declared",
                "nnsh> void fit() { update(); }",
                "|  created method fit(), however, it cannot be invoked until method update() is declared",
                "nnsh> \n"), screen);
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
    void dropRemovesByNameOrListNumberAndSaysWhatItLeftBroken() throws IOException {
        Path saved = home.resolve("saved.jsh");
        String screen = ShellTranscript.of(home,
                "class A {}",
                "A a = new A();",
                "int f(int x) { return x; }",
                "int f(String s) { return 1; }",
                "int v = 1;",
                "if (v > 0) {}",
                "/drop A",
                "/drop f",
                "/list",
                "/drop 6",
                "/drop 5",
                "/drop 3",
                "/drop 9",
                "/drop 99999999999",
                "/drop zz",
                "/drop",
                "v",
                "/save " + saved).screen();
        assertTrue(screen.contains(String.join("\n",
                "nnsh> /drop A",
                "|  dropped class A",
                "|    update replaced variable a which cannot be referenced until class A is declared",
                "nnsh> /drop f",
                "|  dropped method f(int)",
                "|  dropped method f(String)",
                // numbered as they ran, as jshell's ids: a drop leaves the numbers after it as they were
                "nnsh> /list",
                "   2 : A a = new A();",
                "   5 : int v = 1;",
                "   6 : if (v > 0) {}",
                "nnsh> /drop 6",
                "snippet 6 declares nothing: /drop removes a variable, method or type; if (v > 0) {}",
                "nnsh> /drop 5",
                "|  dropped variable v",
                "nnsh> /drop 3",
                "snippet 3 is not in /list: it was dropped",
                "nnsh> /drop 9",
                "no snippet 9: snippets are numbered 1 to 6 (/list shows them)",
                "nnsh> /drop 99999999999",
                "no snippet 99999999999: snippets are numbered 1 to 6 (/list shows them)",
                "nnsh> /drop zz",
                "no variable, method or type named zz: /vars, /methods and /types list them",
                "nnsh> /drop",
                "usage: " + Messages.DROP_USAGE,
                "nnsh> v",
                "error: cannot find symbol")), screen);
        assertEquals("A a = new A();\nif (v > 0) {}\n", Files.readString(saved), "/save leaves the dropped out, as jshell's");
    }

    @Test
    void listShowsOnlyTheSnippetsStillInTheSessionAndSaysWhatReplacedTheOthers() {
        // a declaration declared again stayed in /list, where jshell's /list shows only the active snippets
        String screen = ShellTranscript.of(home,
                "int n = 10",
                "int n = 20",
                "void f() { System.out.println(\"f1\"); }",
                "f()",
                "void f() { System.out.println(\"f2\"); }",
                "int a = 1, b = 2;",
                "int a = 5;",
                "int n = 30",
                "int k = 1",
                "int k = 1 / 0",
                "/list",
                "/1",
                "/2",
                "/3",
                "/drop 1",
                "/9",
                "/drop 6",
                "/list").screen();
        assertTrue(screen.contains(String.join("\n",
                "nnsh> /list",
                "   4 : f()",
                "   5 : void f() { System.out.println(\"f2\"); }",
                // b of snippet 6 is still in the session
                "   6 : int a = 1, b = 2;",
                "   7 : int a = 5;",
                "   8 : int n = 30;",
                "nnsh> /1",
                "snippet 1 is not in /list: variable n was declared again by snippet 2",
                "nnsh> /2",
                "snippet 2 is not in /list: variable n was declared again by snippet 8",
                "nnsh> /3",
                "snippet 3 is not in /list: method f() was declared again by snippet 5",
                "nnsh> /drop 1",
                "snippet 1 is not in /list: variable n was declared again by snippet 2",
                // int k = 1 / 0 failed, but declared k again
                "nnsh> /9",
                "snippet 9 is not in /list: variable k was declared again by a snippet that failed or was stopped",
                "nnsh> /drop 6",
                "|  dropped variable b",
                "nnsh> /list",
                "   4 : f()",
                "   5 : void f() { System.out.println(\"f2\"); }",
                "   7 : int a = 5;",
                "   8 : int n = 30;",
                "nnsh> \n")), screen);
    }

    @Test
    void dropOfSeveralWordsDropsEachOrNothingWhenOneNamesNothing() {
        // /drop x f took "x f" for one name and dropped nothing, saying there was no such name
        String screen = ShellTranscript.of(home,
                "int x = 1;", "int f() { return 2; }", "int y = 3;", "/drop x zz", "/drop x f 3", "/vars", "/methods").screen();
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /drop x zz",
                "no variable, method or type named zz: /vars, /methods and /types list them",
                "nnsh> /drop x f 3",
                "|  dropped variable x",
                "|  dropped method f()",
                "|  dropped variable y",
                "nnsh> /vars",
                Messages.NO_VARIABLES,
                "nnsh> /methods",
                Messages.NO_METHODS,
                "nnsh> \n")), screen);
    }

    @Test
    void dropOfASnippetDeclaringSeveralVariablesDropsEach() {
        // /drop N dropped only the first variable of int a = 1, b = 2, and /list still showed the snippet
        String screen = ShellTranscript.of(home, "int a = 1, b = 2;", "/drop 1", "/list", "/vars").screen();
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /drop 1",
                "|  dropped variable a",
                "|  dropped variable b",
                "nnsh> /list",
                Messages.NO_SNIPPETS,
                "nnsh> /vars",
                Messages.NO_VARIABLES,
                "nnsh> \n")), screen);
    }

    @Test
    void saveKeepsADeclarationALaterOneReplacedSoThatTheReplayEndsWithTheSameValues() throws IOException {
        // a replay of the active snippets only, as jshell's /save writes, would call next() before any next() is declared
        Path saved = home.resolve("saved.jsh");
        String screen = ShellTranscript.of(home,
                "int calls = 0",
                "int next() { return ++calls; }",
                "int first = next()",
                "int next() { return calls += 10; }",
                "int second = next()",
                "/list",
                "/save " + saved).screen();
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /list",
                "   1 : int calls = 0;",
                "   3 : int first = next();",
                "   4 : int next() { return calls += 10; }",
                "   5 : int second = next();",
                "nnsh> /save " + saved,
                Messages.saved(5, saved.toString()),
                Messages.replacedSaved(1),
                "nnsh> \n")), screen);
        Files.writeString(saved, "System.out.println(first + \" \" + second + \" \" + calls);\n", StandardOpenOption.APPEND);
        ScriptRun replay = ScriptRun.ofFile(saved);
        assertEquals("", replay.err());
        assertEquals("1 11 11\n", replay.out(), "first, second and calls as in the session");
    }

    @Test
    void historyShowsTheLinesTypedInThisSessionOnly() {
        ShellTranscript.of(home, "int before = 1");
        String screen = ShellTranscript.of(home, "int a = 1", "/vars", "/history").screen();
        assertTrue(screen.endsWith("nnsh> /history\nint a = 1\n/vars\n/history\nnnsh> \n"), screen);
    }

    @Test
    void bangRunsTheLastSnippetAgainShowingItFirst() {
        String screen = ShellTranscript.of(home,
                "/!",
                "int n = 0",
                "n += 1",
                "/vars",
                "/!",
                "/reset",
                "/!").screen();
        assertTrue(screen.startsWith("nnsh> /!\n" + Messages.NO_SNIPPET_TO_RERUN + "\n"), screen);
        assertTrue(screen.contains("nnsh> /!\nn += 1\n$2 ==> 2\nnnsh> /reset\n"), screen);
        assertTrue(screen.endsWith("nnsh> /!\n" + Messages.NO_SNIPPET_TO_RERUN + "\nnnsh> \n"), screen);
    }

    @Test
    void aNumberRunsThatSnippetOfListAndAMinusNumberTheOneThatManyBack() {
        // both answered 'unknown command', where jshell reruns snippet N and the N-th previous one
        String screen = ShellTranscript.of(home,
                "/-1",
                "int n = 10",
                "n += 1",
                "undefinedName",
                "/1",
                "/-3",
                "/2",
                "/9",
                "/-9",
                "/-0",
                "void g() { h(); }",
                "/6",
                "/99999999999").screen();
        assertTrue(screen.startsWith("nnsh> /-1\nno snippet 1 back: no snippet has run yet\n"), screen);
        // /1 declares n again, shown as /list shows it; /-3 counts the failed snippet and /1 itself:
        // n += 1 again; each run again is a new snippet of /list, as in jshell
        assertTrue(screen.contains("nnsh> /1\nint n = 10;\nn ==> 10\nnnsh> /-3\nn += 1\n$2 ==> 11\n"), screen);
        assertTrue(screen.contains("nnsh> /2\nn += 1\n$3 ==> 12\n"), screen);
        assertTrue(screen.contains("nnsh> /9\nno snippet 9: snippets are numbered 1 to 5 (/list shows them)\n"), screen);
        assertTrue(screen.contains("nnsh> /-9\nno snippet 9 back: only 6 snippets ran\n"), screen);
        assertTrue(screen.contains("nnsh> /-0\nno snippet -0: /-N counts back from /-1, the last snippet\n"), screen);
        assertTrue(screen.contains("nnsh> /6\nsnippet 6 is not in /list: it uses something undefined\n"), screen);
        assertTrue(screen.endsWith("nnsh> /99999999999\nno snippet 99999999999: snippets are numbered 1 to 6 (/list shows them)\nnnsh> \n"), screen);
    }

    @Test
    void aRunAgainWithWordsAfterItSaysItTakesNoneAndRunsNothing() throws IOException {
        // /1 int z = 3 ran snippet 1 again without a word about the rest, which looked like a snippet that ran
        Path script = home.resolve("again.jsh");
        Files.writeString(script, "/1 n + 1\nint after = 2;\n");
        String screen = ShellTranscript.of(home, "int n = 10", "/1 int z = 3", "/-1 foo", "/! bar", "/open " + script, "/vars")
                .screen();
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /1 int z = 3",
                "/1 takes no arguments, got: int z = 3 (nothing was run); usage: /N: run snippet N of /list again",
                "nnsh> /-1 foo",
                "/-1 takes no arguments, got: foo (nothing was run); usage: /-N: run the snippet N back again (/-1 is /!)",
                "nnsh> /! bar",
                "/! takes no arguments, got: bar (nothing was run); usage: /!: run the last snippet again",
                "nnsh> /open " + script,
                script + ":1: /1 takes no arguments, got: n + 1 (nothing was run); usage: /N: run snippet N of /list again",
                "nnsh> /vars",
                "  n  int  10",
                "nnsh> \n")), screen);
    }

    @Test
    void aNumberWithLeadingZerosIsThatNumberHoweverManyZeros() {
        // ten digits or more were taken as a number past the end: /0000000001 said there was no snippet 0000000001
        // (an expression: a declaration run again would replace snippet 1, which /list then no longer shows)
        String screen = ShellTranscript.of(home, "5 * 2", "/01", "/0000000001", "/-0000000001").screen();
        assertTrue(screen.contains("nnsh> /01\n5 * 2\n$2 ==> 10\n"), screen);
        assertTrue(screen.contains("nnsh> /0000000001\n5 * 2\n$3 ==> 10\n"), screen);
        assertTrue(screen.endsWith("nnsh> /-0000000001\n5 * 2\n$4 ==> 10\nnnsh> \n"), screen);
    }

    @Test
    void dropTakesANumberWithLeadingZerosAsThatNumber() {
        // ten digits or more were taken as a number past the end: 'no snippet 0000000001'
        String screen = ShellTranscript.of(home, "int n = 10", "/drop 0000000001", "/list").screen();
        assertTrue(screen.endsWith("nnsh> /drop 0000000001\n|  dropped variable n\nnnsh> /list\n" + Messages.NO_SNIPPETS + "\nnnsh> \n"), screen);
    }

    @Test
    void aSnippetRunAgainInAnOpenedFileThatFailsStopsTheFileAtThatLine() throws IOException {
        // the file ran on past a /N, /-N or /! whose snippet failed, or that named no snippet
        Path failing = home.resolve("failing.jsh");
        Files.writeString(failing, "int before = 1;\n/-2\nint after = 2;\n");
        Path missing = home.resolve("missing.jsh");
        Files.writeString(missing, "/9\nint afterMissing = 3;\n");
        String screen = ShellTranscript.of(home, "int k = 1 / 0", "/open " + failing, "/open " + missing, "/vars").screen();
        assertTrue(screen.contains("nnsh> /open " + failing + "\nbefore ==> 1\nint k = 1 / 0;\n" + failing + ":2: java.lang.ArithmeticException: / by zero\n"), screen);
        assertTrue(screen.contains("nnsh> /open " + missing + "\n" + missing + ":1: no snippet 9: snippets are numbered 1 to 1 (/list shows them)\n"), screen);
        assertTrue(screen.endsWith("nnsh> /vars\n  before  int  1\n  k       int  0\nnnsh> \n"), screen);
    }

    @Test
    void ctrlCDuringASnippetRunAgainInAnOpenedFileStopsTheFile() throws IOException {
        // a fit run again by /-N and stopped by Ctrl-C returned its history, and the rest of the file ran
        Path script = home.resolve("again.jsh");
        Files.writeString(script, "/-2\nprint(\"after the fit\");\n");
        ShellTranscript t = ShellTranscript.interrupting(home, "/open " + script, 1000,
                "var model = net().dense(2, 8).relu().dense(8, 3).softmax(); var data = spiral(50, 3);",
                "int epochs = 1",
                "var h = model.fit(data, epochs, adam(0.01), quiet())",
                "epochs = 100_000_000",
                "/open " + script,
                "h.stopped()");
        String screen = t.screen();
        assertTrue(screen.contains(script + ":1: " + Messages.REST_NOT_RUN + "\n"), screen);
        assertTrue(!screen.contains("\nafter the fit\n"), "the line after the stopped fit did not run: " + screen);
        assertTrue(screen.contains("nnsh> h.stopped()\n$1 ==> true\n"), "the fit kept its history: " + screen);
    }

    @Test
    void aNumberWhenOnlyFailedSnippetsRanSaysListHasNoneNotThatNoneRan() {
        // it said 'no snippet has run yet', though one had: it failed, so /list does not show it
        String screen = ShellTranscript.of(home, "int x = \"no\";", "/1", "/-1").screen();
        assertTrue(screen.contains("nnsh> /1\nno snippet 1: /list has none yet\nnnsh> /-1\nint x = \"no\";\n"), screen);
    }

    @Test
    void abbreviationsNameTheCommandTheyBeginOrTheOneTheyNamedBefore() {
        assertEquals("/doc", Commands.name("/d"));
        assertEquals("/help", Commands.name("/h"));
        assertEquals("/methods", Commands.name("/m"));
        assertEquals("/types", Commands.name("/ty"));
        assertEquals("/history", Commands.name("/hi"));
        assertEquals("/drop", Commands.name("/dr"));
    }

    @Test
    void listVarsMethodsAndTypesShowOnlyWhatTheirNamesAndListNumbersChoose() {
        // the words after them were ignored: /vars x listed every variable
        String screen = ShellTranscript.of(home,
                "int x = 1;",
                "int y = 2;",
                "void f() {}",
                "int f(int a) { return a; }",
                "class A {}",
                "int x = 3;",
                "void g() { h(); }",
                "int a = 1, b = 2;",
                "/vars x", "/vars x y", "/vars 8", "/vars 1", "/vars 3", "/vars zz",
                "/list x", "/list 2", "/list f", "/list b", "/list zz", "/list 99",
                "/methods f", "/methods 3", "/methods g", "/methods x",
                "/types A", "/types 5", "/types 2").screen();
        assertTrue(screen.contains(String.join("\n",
                "nnsh> /vars x",
                "  x  int  3",
                // in the order /vars shows them
                "nnsh> /vars x y",
                "  y  int  2",
                "  x  int  3",
                "nnsh> /vars 8",
                "  a  int  1",
                "  b  int  2",
                "nnsh> /vars 1",
                "snippet 1 is not in /list: variable x was declared again by snippet 6",
                "nnsh> /vars 3",
                "snippet 3 declares no variable: void f() {}",
                "nnsh> /vars zz",
                "no variable named zz: /vars lists them",
                "nnsh> /list x",
                "   6 : int x = 3;",
                "nnsh> /list 2",
                "   2 : int y = 2;",
                "nnsh> /list f",
                "   3 : void f() {}",
                "   4 : int f(int a) { return a; }",
                "nnsh> /list b",
                "   8 : int a = 1, b = 2;",
                "nnsh> /list zz",
                "no declaration named zz: /list lists them",
                "nnsh> /list 99",
                "no snippet 99: snippets are numbered 1 to 8 (/list shows them)",
                "nnsh> /methods f",
                "|    void f()",
                "|    int f(int)",
                "nnsh> /methods 3",
                "|    void f()",
                // not in /list, as it waits for h, but a method /methods shows
                "nnsh> /methods g",
                "|    void g()",
                "|       which cannot be invoked until method h() is declared",
                "nnsh> /methods x",
                "no method named x: /methods lists them",
                "nnsh> /types A",
                "|    class A",
                "nnsh> /types 5",
                "|    class A",
                "nnsh> /types 2",
                "snippet 2 declares no type: int y = 2;",
                "nnsh> ")), screen);
    }

    @Test
    void aWordAfterListOrVarsThatIsNeitherANameNorANumberShowsTheUsageAndNothingElse() {
        String screen = ShellTranscript.of(home, "int x = 1;", "/vars -all", "/list 1-3", "/methods x.y", "/types -start", "/list x zz").screen();
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /vars -all",
                Messages.namesOrNumbers("/vars", "-all", Commands.usage("/vars")),
                "nnsh> /list 1-3",
                Messages.namesOrNumbers("/list", "1-3", Commands.usage("/list")),
                "nnsh> /methods x.y",
                Messages.namesOrNumbers("/methods", "x.y", Commands.usage("/methods")),
                "nnsh> /types -start",
                Messages.namesOrNumbers("/types", "-start", Commands.usage("/types")),
                // one word that names nothing: nothing shown, as jshell's /list x nosuch
                "nnsh> /list x zz",
                "no declaration named zz: /list lists them",
                "nnsh> \n")), screen);
        assertTrue(Messages.namesOrNumbers("/vars", "-all", Commands.usage("/vars"))
                .startsWith("/vars takes names and snippet numbers of /list, got: -all; usage: /vars [NAME|N]: the variables"));
    }

    @Test
    void listAllShowsEverySnippetThatRanEachLeftOutWithWhy() {
        String screen = ShellTranscript.of(home,
                "/list -all",
                "int n = 10;",
                "int n = 20;",
                "int k = \"no\";",
                "void g() {",
                "  h();",
                "}",
                "int gone = 1;",
                "/drop gone",
                "/list -all",
                "/list -all n").screen();
        assertTrue(screen.startsWith("nnsh> /list -all\n" + Messages.NO_SNIPPETS + "\n"), screen);
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /list -all",
                "   1 : int n = 10;",
                "       (not in /list: variable n was declared again by snippet 2)",
                "   2 : int n = 20;",
                "   3 : void g() {",
                "         h();",
                "       }",
                "       (not in /list: it uses something undefined)",
                "   4 : int gone = 1;",
                "       (not in /list: it was dropped)",
                "nnsh> /list -all n",
                Messages.noArguments("/list -all", "n", Commands.usage("/list")),
                "nnsh> \n")), screen);
    }

    @Test
    void commandsThatTakeNoWordsRefuseThemAndDoNothing() {
        // /reset x reset the session and /time x turned timing on, as if the words were not there
        String screen = ShellTranscript.of(home, "int x = 1;", "/reset x", "/time x", "x", "/history x", "/imports x", "/trace x", "/tr x").screen();
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /reset x",
                "/reset takes no arguments, got: x (nothing was run); usage: /reset: start over: a fresh session with the preload",
                "nnsh> /time x",
                "/time takes no arguments, got: x (nothing was run); usage: " + Commands.usage("/time"),
                "nnsh> x",
                "x ==> 1",
                "nnsh> /history x",
                "/history takes no arguments, got: x (nothing was run); usage: " + Commands.usage("/history"),
                "nnsh> /imports x",
                "/imports takes no arguments, got: x (nothing was run); usage: " + Commands.usage("/imports"),
                "nnsh> /trace x",
                "/trace takes no arguments, got: x (nothing was run); usage: " + Commands.usage("/trace"),
                "nnsh> /tr x",
                "/trace takes no arguments, got: x (nothing was run); usage: " + Commands.usage("/trace"),
                "nnsh> \n")), "x kept, no time shown after it: " + screen);
    }

    @Test
    void aCommandRefusedForWordsAfterItInAnOpenedFileStopsTheFileAtThatLine() throws IOException {
        // as a snippet run again with words after it does: the rest of the file counted on the reset
        Path script = home.resolve("reset.jsh");
        Files.writeString(script, "int before = 1;\n/reset all\nint after = 2;\n");
        String screen = ShellTranscript.of(home, "/open " + script, "/vars").screen();
        assertTrue(screen.endsWith(String.join("\n",
                "nnsh> /open " + script,
                "before ==> 1",
                script + ":2: /reset takes no arguments, got: all (nothing was run); usage: " + Commands.usage("/reset"),
                "nnsh> /vars",
                "  before  int  1",
                "nnsh> \n")), screen);
    }

    @Test
    void helpWithACommandShowsThatCommandsLine() {
        String screen = ShellTranscript.of(home, "/help /vars", "/help l", "/help /t", "/help softmax", "/help").screen();
        assertTrue(screen.startsWith(String.join("\n",
                "nnsh> /help /vars",
                "  " + Commands.usage("/vars").replaceFirst(": ", "  "),
                "  " + Commands.CHOOSING,
                "nnsh> /help l",
                "  " + Commands.usage("/list").replaceFirst(": ", "  "),
                "  " + Commands.CHOOSING,
                "nnsh> /help /t",
                "  /types [NAME|N]  the classes, interfaces, records and enums declared",
                "  /time            show each snippet's time, or stop showing it",
                "  /trace           the full stack trace of the last exception",
                "  " + Commands.CHOOSING,
                "nnsh> /help softmax",
                "no command /softmax: /help lists the commands; /doc softmax documents a name of the vocabulary",
                "nnsh> /help",
                "Commands:\n")), screen);
        assertTrue(screen.contains("  /vars [NAME|N]       the variables"), screen);
        assertTrue(screen.contains("\n  " + Commands.CHOOSING + "\nKeys: "), "the whole help explains NAME|N under the table: " + screen);
    }

    @Test
    void theReadmeTableListsEveryCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : Commands.NAMES) {
            assertTrue(readme.contains("| `" + name), "README's command table lacks " + name);
        }
    }
}
