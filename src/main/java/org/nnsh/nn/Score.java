package org.nnsh.nn;

import org.nnsh.tensor.Figures;

/** A loss and an accuracy, as {@code evaluate} and {@code step} report them. */
public record Score(double loss, double accuracy) {
    /**
     * {@code loss 0.0738, accuracy 0.9767}; a loss below 0.001 in scientific notation, so it does
     * not read as 0, and one of a diverged net (1e6 and up, ∞, NaN) as the progress line and the
     * history print it ({@code 1.44e+49}, {@code inf}), not as fifty digits or Java's Infinity.
     */
    @Override
    public String toString() {
        String shownLoss = loss != 0 && Math.abs(loss) < 1e-3 ? Figures.scientific(loss, 3) : Figures.fixed(loss, 4);
        return "loss " + shownLoss + ", accuracy " + Figures.fixed(accuracy, 4);
    }
}
