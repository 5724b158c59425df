package org.nnsh.nn;

/** A loss and an accuracy, as {@code evaluate} and {@code step} report them. */
public record Score(double loss, double accuracy) {
    @Override
    public String toString() {
        return String.format("loss %.4f, accuracy %.4f", loss, accuracy);
    }
}
