package org.nnsh.nn;

/**
 * Where a fit reports what it is doing. The engine never prints: the shell and the plot package
 * install printers; {@link #SILENT} drops everything.
 */
public interface TrainingProgress {
    /** Reports nothing. */
    TrainingProgress SILENT = new TrainingProgress() {
    };

    /**
     * Before the first epoch: the number planned and how often a summary line is due. A fit calls the
     * three-argument form, which by default calls this one, so a printer overrides whichever it needs.
     */
    default void started(int epochs, int every) {
    }

    /**
     * Before the first epoch, saying also whether the fit's options asked for the summary lines
     * ({@code every(n)}), which a printer that otherwise draws one live line then prints too.
     */
    default void started(int epochs, int every, boolean linesAsked) {
        started(epochs, every);
    }

    /** A likely mistake in the set-up that does not stop training, in one line. */
    default void warning(String message) {
    }

    /** After each epoch; {@code history.epochs()} epochs are done. */
    default void epochEnded(History history) {
    }

    /** After the last epoch, or when training was stopped early. */
    default void finished(History history) {
    }
}
