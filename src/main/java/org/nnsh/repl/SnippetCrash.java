package org.nnsh.repl;

/**
 * JShell itself failed on a snippet instead of compiling or running it: javac overflows its stack
 * on an expression nested thousands deep ({@code 1.0+1.0+…}). Stock jshell dies with a stack trace;
 * nnsh reports it as the snippet's failure, so a script names the line and the shell keeps going.
 */
final class SnippetCrash extends RuntimeException {
    SnippetCrash(Throwable cause) {
        super("JShell failed on this snippet: " + Failures.describe(cause)
                + (cause instanceof StackOverflowError ? " (an expression nested too deeply? split it up)" : ""), cause);
    }
}
