package org.nnsh.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveLineTest {
    /** The report's run: 2 000 000 epochs planned, 1654 done, 3 min 20 s to go. */
    private static final LiveLine TRAINING = new LiveLine(1654, 2_000_000, 0.32581, 0.83667, 0.05, 200.4, false,
            Double.NaN, Double.NaN);
    private static final LiveLine VALIDATED = new LiveLine(1654, 2_000_000, 0.32581, 0.83667, 0.05, 200.4, true,
            0.41234, 0.8);

    private static void assertFits(String line, int columns) {
        assertTrue(line.length() <= columns - LiveLine.SPARE,
                line.length() + " characters for " + columns + " columns: " + line);
    }

    @Test
    void aWideTerminalGetsEveryFieldAndTheWholeBar() {
        String line = VALIDATED.fit(120);
        assertEquals("epoch 1654/2000000 ░░░░░░░░░░░░░░░░░░░░░░░░ loss 0.3258 acc 0.8367 lr 0.0500 ETA 3m20s"
                + " val_loss 0.4123 val_acc 0.8000", line);
        assertFits(line, 120);
    }

    @Test
    void eightyColumnsShortenTheBarThenLoseTheLearningRateAndTheSecondsOfTheEta() {
        assertEquals("epoch 1654/2000000 ░░░░░░░░░░░░░░░ loss 0.3258 acc 0.8367 lr 0.0500 ETA 3m20s", TRAINING.fit(80));
        String validated = VALIDATED.fit(80);
        assertFits(validated, 80);
        assertEquals("epoch 1654/2000000 ░░░░░░░░░░░░░░░░░░░░░░░░ loss 0.3258 acc 0.8367 ETA 3m", validated);
        // with fewer epochs planned the validation figures fit, and are worth more than the bar
        assertEquals("epoch 16/200 loss 0.3258 acc 0.8367 ETA 3m20s val_loss 0.4123 val_acc 0.8000",
                new LiveLine(16, 200, 0.32581, 0.83667, 0.05, 200.4, true, 0.41234, 0.8).fit(80));
    }

    @Test
    void fortyColumnsKeepTheEpochAndTheLoss() {
        assertEquals("epoch 1654/2000000 loss 0.3258", TRAINING.fit(40));
        assertEquals("epoch 1654/2000000 loss 0.3258", VALIDATED.fit(40));
        assertEquals("epoch 16/200 loss 0.3258 acc 0.8367", new LiveLine(16, 200, 0.32581, 0.83667, 0.05, 200.4,
                false, Double.NaN, Double.NaN).fit(40));
    }

    @Test
    void fieldsGoInTheirOrderAsTheTerminalNarrows() {
        String previous = VALIDATED.fit(200);
        for (int columns = 199; columns >= 20; columns--) {
            String line = VALIDATED.fit(columns);
            assertFits(line, columns);
            for (String field : new String[] {" lr ", " val_loss ", " ETA ", " acc "}) {
                assertTrue(previous.contains(field) || !line.contains(field), "at " + columns + ": " + line);
            }
            previous = line;
        }
    }

    @Test
    void aTerminalNarrowerThanTheEssentialsGetsThemCut() {
        assertEquals("epoch 1654/20", TRAINING.fit(16));
        assertEquals("", TRAINING.fit(0));
    }

    @Test
    void hugeAndNonFiniteFiguresStayShort() {
        LiveLine diverging = new LiveLine(200, 400, 1.3164104811120233e300, 0.01, 5, 3.2, true,
                Double.POSITIVE_INFINITY, Double.NaN);
        assertEquals("epoch 200/400 ████████████░░░░░░░░░░░░ loss 1.32e+300 acc 0.0100 lr 5.00 ETA 3.2s"
                + " val_loss inf val_acc nan",
                diverging.fit(120));
        LiveLine negative = new LiveLine(1, 1, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300, 0, false, 0, 0);
        assertEquals("epoch 1/1 ████████████████████████ loss -inf acc nan lr 1.00e-300 ETA 0.0s", negative.fit(80));
        String capped = new LiveLine(1, 1, 123456.78901, 1e6, Double.NaN, 0, false, 0, 0).fit(120);
        assertTrue(capped.endsWith(" loss 123456.7890 acc 1.00e+06 lr nan ETA 0.0s"), capped);
    }

    @Test
    void longRunsCountHoursAndTheShortFormKeepsOnlyTheLargestUnit() {
        assertEquals("12.3s", LiveLine.duration(12.34));
        assertEquals("3m05s", LiveLine.duration(185));
        assertEquals("2h07m", LiveLine.duration(2 * 3600 + 7 * 60 + 30));
        assertEquals("12s", LiveLine.roughly(12.34));
        assertEquals("3m", LiveLine.roughly(185));
        assertEquals("2h", LiveLine.roughly(2 * 3600 + 7 * 60 + 30));
    }
}
