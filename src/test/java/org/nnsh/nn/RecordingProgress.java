package org.nnsh.nn;

import java.util.ArrayList;
import java.util.List;

/** A fit's progress as a test sees it: the warnings, the last epoch reported, and whether it finished. */
final class RecordingProgress implements TrainingProgress {
    final List<String> warnings = new ArrayList<>();
    int epochsSeen;
    boolean finished;

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    @Override
    public void epochEnded(History history) {
        epochsSeen = history.epochs();
    }

    @Override
    public void finished(History history) {
        finished = true;
    }
}
