package org.nnsh.nn;

import java.util.Locale;

/** A loss and an accuracy, as {@code evaluate} and {@code step} report them. */
public record Score(double loss, double accuracy) {
    /** {@code loss 0.0738, accuracy 0.9767}; a loss below 0.001 in scientific notation, so it does not read as 0. */
    @Override
    public String toString() {
        String shownLoss = loss != 0 && Math.abs(loss) < 1e-3 ? String.format(Locale.ROOT, "%.3e", loss)
                : String.format(Locale.ROOT, "%.4f", loss);
        return String.format(Locale.ROOT, "loss %s, accuracy %.4f", shownLoss, accuracy);
    }
}
