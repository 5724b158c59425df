package org.nnsh.repl;

/** What the shell tells its user, kept in one place: what happened, then what to do next. */
final class Messages {
    static final String BANNER = "nnsh: Java " + Runtime.version().feature()
            + " with Matrix, activations, losses, datasets and nets preloaded. /help for help, Ctrl-D to leave.";
    static final String STOPPED = "stopped; variables keep the values they had";
    static final String NO_TRACE = "no exception so far: /trace shows the last one's full stack trace";
    static final String NO_VARIABLES = "no variables yet";

    private Messages() {
    }

    static String unknownCommand(String name) {
        return "unknown command " + name + ": /help lists the commands";
    }

    static String noDoc(String name) {
        return "no doc for " + name + ": /help lists the documented names";
    }

    static String usage(String usage) {
        return "usage: " + usage;
    }
}
