package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FitOptionsTest {
    /** Writes down what it is told, one word per call. */
    private static final class Recorder implements TrainingProgress {
        final List<String> calls = new ArrayList<>();

        @Override
        public void started(int epochs, int every) {
            calls.add("started");
        }

        @Override
        public void warning(String message) {
            calls.add("warning");
        }

        @Override
        public void epochEnded(History history) {
            calls.add("epoch");
        }

        @Override
        public void finished(History history) {
            calls.add("finished");
        }
    }

    private static void tell(TrainingProgress progress) {
        History history = new History(1, false);
        progress.warning("w");
        progress.started(1, 1);
        progress.epochEnded(history);
        progress.finished(history);
    }

    @Test
    void quietKeepsTheWarningsOnly() {
        Recorder recorder = new Recorder();
        tell(FitOptions.DEFAULT.progress(recorder).batchSize(4).quiet().every(2).progress());
        assertEquals(List.of("warning"), recorder.calls);
    }

    @Test
    void aProgressGivenAfterQuietReportsEverything() {
        Recorder recorder = new Recorder();
        tell(FitOptions.DEFAULT.quiet().progress(recorder).progress());
        assertEquals(List.of("warning", "started", "epoch", "finished"), recorder.calls);
    }
}
