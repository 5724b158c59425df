package org.nnsh.nn;

/** How often to report on a run of many epochs: a round step giving about ten lines. */
final class ProgressSteps {
    private ProgressSteps() {
    }

    /** 1, 2 or 5 times a power of ten, the largest not above epochs/10 (at least 1): 10001 epochs → 1000. */
    static int every(int epochs) {
        long target = Math.max(1, epochs / 10);
        long step = 1;
        while (step * 10 <= target) {
            step *= 10;
        }
        if (step * 5 <= target) {
            return (int) (step * 5);
        }
        if (step * 2 <= target) {
            return (int) (step * 2);
        }
        return (int) step;
    }
}
