// The spiral of bench/spiral_numpy.py in nnsh: same data, initial weights and optimizer (the book's
// chapter 10 Adam run). Only fit is timed: first in this fresh JVM, as a user's first run is, then
// once more with the JIT warm. scripts/bench reads the lines ending in "µs/epoch".
int epochs = 10001;

String timedRun(String side) {
    seed(0);
    var data = spiral(100, 3);
    var model = net().dense(2, 64).relu().dense(64, 3).softmax();
    long start = System.nanoTime();
    var history = model.fit(data, epochs, adam(0.05).decay(5e-7), quiet());
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(java.util.Locale.ROOT, "%s: %d epochs in %.3f s, accuracy %.3f, loss %.4f, %.1f µs/epoch",
            side, epochs, seconds, history.accuracy()[epochs - 1], history.loss()[epochs - 1], seconds / epochs * 1e6);
}

System.out.println(timedRun("nnsh"));
System.out.println(timedRun("nnsh-warm"));
