// The spiral of bench/spiral_numpy.py in nnsh: same data, initial weights and optimizer (the book's
// chapter 10 Adam run). Only fit is timed; the last line ends in "µs/epoch" for scripts/bench.
seed(0);
var data = spiral(100, 3);
var model = net().dense(2, 64).relu().dense(64, 3).softmax();
int epochs = 10001;
long start = System.nanoTime();
var history = model.fit(data, epochs, adam(0.05).decay(5e-7), quiet());
double seconds = (System.nanoTime() - start) / 1e9;
System.out.println(String.format(java.util.Locale.ROOT, "nnsh: %d epochs in %.3f s, accuracy %.3f, loss %.4f, %.1f µs/epoch",
        epochs, seconds, history.accuracy()[epochs - 1], history.loss()[epochs - 1], seconds / epochs * 1e6));
