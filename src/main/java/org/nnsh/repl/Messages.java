package org.nnsh.repl;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** What the shell tells its user, kept in one place: what happened, then what to do next. */
final class Messages {
    static final String BANNER = "nnsh: Java " + Runtime.version().feature()
            + " with Matrix, activations, losses, datasets and nets preloaded. /help for help, Ctrl-D to leave.";
    static final String STOPPED = "stopped; variables keep the values they had";
    static final String REST_NOT_RUN = "stopped here by Ctrl-C; the rest of the file was not run";
    static final String NO_TRACE = "no exception so far: /trace shows the last one's full stack trace";
    static final String NO_VARIABLES = "no variables yet";
    static final String NO_SNIPPETS = "no snippets yet: /list shows the ones that ran";
    static final String NO_METHODS = "no methods yet: /methods lists the ones declared, e.g. double f(double x) { return 2 * x; }";
    static final String NO_TYPES = "no types yet: /types lists the classes, interfaces, records and enums declared";
    static final String NO_SNIPPET_TO_RERUN = "no snippet yet: /! runs the last snippet again";
    static final String DROP_USAGE = "/drop NAME|N…: variables, methods or types by name, or the snippets numbered N by /list";
    static final String RESET = "reset: a fresh session with the preload";
    static final String DOC_USAGE = "/doc NAME, e.g. /doc softmax; /help lists the names";

    private Messages() {
    }

    /** In place of a value whose toString() Ctrl-C stopped by force (or an exception's message, its getMessage()). */
    static String notShown(String method) {
        return "<not shown: its " + method + " was stopped by Ctrl-C>";
    }

    /**
     * In place of a value whose toString() threw, {@code <toString() threw IllegalStateException: no text>},
     * as Python shows {@code <exception str() failed>} (or an exception's message, its getMessage()).
     */
    static String threw(String method, String exception) {
        return "<" + method + " threw " + exception + ">";
    }

    /** Ctrl-C stopped {@code /vars} at {@code name}, before {@code after} more variables. */
    static String varsStopped(String name, int after) {
        String rest = after == 0 ? "" : after == 1 ? ", nor that of the variable after it" : ", nor those of the " + after + " variables after it";
        return "stopped by Ctrl-C: the value of " + name + " was not shown" + rest;
    }

    static String unknownCommand(String name) {
        return "unknown command " + name + ": /help lists the commands";
    }

    /** {@code /set feedback concise}: a command of jshell's that nnsh lacks, and what nnsh does instead. */
    static String jshellOnly(String command, String instead) {
        return command + " is jshell's, not nnsh's: " + instead + "; /help lists the commands";
    }

    /** {@code /help zz}: no command zz; a name of the vocabulary has its doc. */
    static String noHelp(String argument) {
        return "no command " + (argument.startsWith("/") ? "" : "/") + argument + ": /help lists the commands; /doc "
                + argument.replaceFirst("^/", "") + " documents a name of the vocabulary";
    }

    static String noDoc(String name, List<String> closeNames) {
        String hint = closeNames.isEmpty() ? "" : "; documented: " + String.join(", ", closeNames);
        return "no doc for " + name + hint + ": /help lists the documented names";
    }

    static String historyNotKept(Path file, String why) {
        return "nnsh: the history is kept for this session only: cannot write " + file + ": " + why
                + " (set NNSH_HOME to a writable directory)";
    }

    static String internalError(String what) {
        return "nnsh failed on this input: " + what + "; the session goes on (/trace shows where)";
    }

    static String scriptInternalError(String what) {
        return "nnsh failed on this script: " + what;
    }

    /** A compile error, as javac writes one: {@code error: } in front, after the script's {@code FILE:LINE: } when there is one. */
    static String error(String text) {
        return "error: " + text;
    }

    /** A script's last piece, all of it in a comment left open ({@code /* never closed}): JShell finds no snippet there. */
    static String unclosedComment(String source) {
        return "reached end of script inside a comment: " + source.lines().findFirst().orElse("");
    }

    /** A snippet JShell rejected without a compile error to show. */
    static String rejected(String source) {
        return error("snippet rejected: " + source.strip());
    }

    static String took(long millis) {
        return "(" + millis + " ms)";
    }

    static String timing(boolean on) {
        return on ? "timing on: each snippet's time follows its output" : "timing off";
    }

    static String saved(int snippets, String file) {
        return "saved " + snippets + (snippets == 1 ? " snippet" : " snippets") + " to " + file + "; /open " + file + " or scripts/nnsh " + file
                + " replays them";
    }

    static String oneFileName(String command, String words) {
        return command + " takes one file name, got: " + words + " (a name with blanks goes in quotes: " + command + " \"my runs/a.jsh\")";
    }

    static String noOptions(String command, String option) {
        return command + " takes no options (" + option + " is jshell's): it writes the snippets that ran";
    }

    static String replacedSaved(int replaced) {
        return (replaced == 1 ? "1 of them was replaced by a later declaration and is" : replaced + " of them were replaced by later declarations and are")
                + " not in /list: the script runs them too, in order, so that it ends with the same values";
    }

    /**
     * The comment /save writes under a declaration that threw or was stopped, above the variables it
     * left declared: {@code why} it did not finish ({@code threw java.lang.ArithmeticException: / by zero}).
     */
    static String declaredByDefault(String why) {
        return why + ", leaving its variables declared with their default values:";
    }

    static final String STOPPED_BY_CTRL_C = "was stopped by Ctrl-C";

    /** A declaration of {@code variables} stopped by force: they are declared anew, with their default values. */
    static String stoppedDeclaring(List<String> variables) {
        return "stopped; " + String.join(", ", variables) + (variables.size() == 1 ? " is" : " are")
                + " declared with the default value (0, false or null), as the declaration did not finish; other variables keep the values they had";
    }

    static String threwSaved(int declarations) {
        return (declarations == 1 ? "1 of them is a declaration that threw or was stopped, written as the variables it"
                : declarations + " of them are declarations that threw or were stopped, written as the variables they")
                + " left declared, with their default values, as this session has them";
    }

    /** {@code /1 int z = 3}: {@code command} takes nothing after it, and ran nothing. */
    static String noArguments(String command, String extra, String usage) {
        return command + " takes no arguments, got: " + extra + " (nothing was run); " + usage(usage);
    }

    /** {@code /vars 6} of {@code if (v > 0) {}}: snippet {@code digits} of /list has no {@code noun} of the command's. */
    static String declaresNo(String digits, String noun, String source) {
        return "snippet " + digits + " declares no " + noun + ": " + source;
    }

    /** {@code /vars zz}: no {@code noun} is named {@code name}; {@code command} alone lists them all. */
    static String noneNamed(String noun, String name, String command) {
        return "no " + noun + " named " + name + ": " + command + " lists them";
    }

    /** {@code /vars -all} or {@code /list 1-3}: a word that is neither a name nor a snippet number. */
    static String namesOrNumbers(String command, String word, String usage) {
        return command + " takes names and snippet numbers of /list, got: " + word + "; " + usage(usage);
    }

    static String leftOut(List<String> undefined) {
        return "left out, as a script would stop there: " + String.join("; ", undefined);
    }

    static String cannotRead(String file, String why) {
        return "cannot read " + file + ": " + why;
    }

    /**
     * Why a file could not be read, in words: {@code NoSuchFileException}'s message is only the
     * file's name and {@code MalformedInputException}'s is "Input length = 1".
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text (scripts are read as UTF-8)";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why {@code file} could not be written: as {@link #reason}, but a missing file there is a missing directory. */
    static String writeReason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            Path directory = file.toAbsolutePath().getParent();
            return "no such directory " + (directory == null ? "" : directory);
        }
        return reason(e);
    }

    static String cannotWrite(String file, String why) {
        return "cannot write " + file + ": " + why;
    }

    static String badExitCode(String argument) {
        return "/exit expects an exit code from 0 to 255 (a number or an int expression), got: " + argument;
    }

    /** A script run that {@code signal} ended, named at the line it was running. */
    static String stoppedBy(String signal) {
        return "stopped here by " + signal + "; the rest of the script was not run";
    }

    static String usage(String usage) {
        return "usage: " + usage;
    }
}
