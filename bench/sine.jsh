// The regression of bench/sine_numpy.py in nnsh: 1-64-64-1 on the 1000-sample sine, same data, initial
// weights and optimizer. Only fit is timed, first in this fresh JVM, then once more with the JIT warm.
// scripts/bench reads the lines ending in "µs/epoch".
int epochs = 1001;

String timedRun(String side) {
    seed(0);
    var data = sine(1000);
    var model = net().dense(1, 64).relu().dense(64, 64).relu().dense(64, 1).linear();
    long start = System.nanoTime();
    var history = model.fit(data, epochs, adam(0.005).decay(1e-3), quiet());
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(java.util.Locale.ROOT, "%s: %d epochs in %.3f s, accuracy %.3f, loss %.6f, %.1f µs/epoch",
            side, epochs, seconds, history.accuracy()[epochs - 1], history.loss()[epochs - 1], seconds / epochs * 1e6);
}

System.out.println(timedRun("nnsh"));
System.out.println(timedRun("nnsh-warm"));
