/**
 * The shell, the only package that knows JLine and JShell: {@link org.nnsh.repl.Main} (the command line),
 * {@link org.nnsh.repl.Shell} (the interactive loop, its {@code /commands} in {@code Commands}), and
 * {@link org.nnsh.repl.ScriptRunner} (.jsh scripts), all evaluating in one {@link org.nnsh.repl.NnshSession}.
 * What they say: {@code Feedback} after a snippet, {@code Failures} (with {@code PythonHints}) after a failure,
 * {@code Messages} for the rest; {@link org.nnsh.repl.Docs} is the index behind {@code /doc} and Tab help,
 * {@link org.nnsh.repl.Transcript} records and checks a script's output.
 */
package org.nnsh.repl;
