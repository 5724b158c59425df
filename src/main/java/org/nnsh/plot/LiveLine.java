package org.nnsh.plot;

import java.util.Locale;

import org.nnsh.tensor.Figures;

/**
 * The figures of a fit's live line, and the line laid out to fit a terminal: when the whole line is
 * too wide, whole fields go, least useful first (see {@link Drop}), rather than cutting it
 * mid-number; the bar takes what room is left.
 *
 * @param secondsLeft the estimated time to the last epoch
 * @param validated whether {@code valLoss} and {@code valAccuracy} hold figures
 */
record LiveLine(int done, int planned, double loss, double accuracy, double lr, double secondsLeft,
        boolean validated, double valLoss, double valAccuracy) {
    static final int BAR = 24;
    /** A shorter bar moves too seldom to tell anything. */
    static final int MIN_BAR = 8;
    /**
     * Columns the line leaves free: the "^C" the terminal echoes after it when the user stops the
     * fit, and the last column, which makes some terminals wrap at once; a wrapped line would make
     * the next carriage return land on a new row.
     */
    static final int SPARE = 3;

    /** What goes when the line is too wide, in this order, each on top of the ones before. */
    private enum Drop {
        /** Set by the user and seldom changing: the least worth watching. */
        LR,
        /** Minutes are enough to decide whether to wait. */
        ETA_SECONDS,
        VALIDATION,
        ETA,
        ACCURACY
    }

    /** The line in at most {@code columns - SPARE} characters. */
    String fit(int columns) {
        int room = Math.max(0, columns - SPARE);
        String line = null;
        for (int dropped = 0; dropped <= Drop.values().length; dropped++) {
            line = layout(dropped, room);
            if (line.length() <= room) {
                return line;
            }
        }
        // narrower than "epoch d/n loss x": nothing else is left to drop
        return line.substring(0, room);
    }

    /** The line without the first {@code dropped} of {@link Drop}, with a bar when {@code room} leaves one. */
    private String layout(int dropped, int room) {
        StringBuilder fields = new StringBuilder(" loss ").append(Figures.fixed(loss, 4));
        if (keeps(Drop.ACCURACY, dropped)) {
            fields.append(" acc ").append(Figures.fixed(accuracy, 4));
        }
        if (keeps(Drop.LR, dropped)) {
            fields.append(" lr ").append(Figures.significant(lr));
        }
        if (keeps(Drop.ETA, dropped)) {
            String left = keeps(Drop.ETA_SECONDS, dropped) ? duration(secondsLeft) : roughly(secondsLeft);
            fields.append(" ETA ").append(left);
        }
        if (validated && keeps(Drop.VALIDATION, dropped)) {
            fields.append(" val_loss ").append(Figures.fixed(valLoss, 4))
                    .append(" val_acc ").append(Figures.fixed(valAccuracy, 4));
        }
        String epoch = "epoch " + done + "/" + planned;
        int bar = Math.min(BAR, room - epoch.length() - fields.length() - 1);
        return epoch + (bar < MIN_BAR ? "" : " " + bar(bar)) + fields;
    }

    private static boolean keeps(Drop field, int dropped) {
        return field.ordinal() >= dropped;
    }

    private String bar(int width) {
        int filled = (int) ((long) width * done / planned);
        return "█".repeat(filled) + "░".repeat(width - filled);
    }

    /** {@code 12.3s}, {@code 3m05s}, {@code 2h07m}. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
                : String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
    }

    /** {@code 12s}, {@code 3m}, {@code 2h}: the duration in its largest unit only. */
    static String roughly(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        return s < 3600 ? s / 60 + "m" : s / 3600 + "h";
    }
}
