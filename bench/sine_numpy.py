"""The book's numpy regression (Neural Networks from Scratch, chapter 17's shape), timed.

A mid-sized net beside the spiral's small one: 1-64-64-1, ReLU, linear output, mean squared error,
Adam(0.005, decay 1e-3), on the 1000-sample sine, so the 64×64 products are large enough for BLAS to
matter. Same data, initial weights and optimizer as bench/sine.jsh and as the sine_adam parity fixture,
whose classes and loop are imported. Only the training loop is timed; prints one line ending in
"µs/epoch" that scripts/bench reads.
"""
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src", "test", "resources", "fixtures", "training"))
import make_training_fixtures as book  # noqa: E402

EPOCHS = 1001


def main():
    np.random.seed(0)
    X, y = book.sine_data(1000)
    layers = [book.Layer_Dense(1, 64), book.Activation_ReLU(), book.Layer_Dense(64, 64), book.Activation_ReLU(),
              book.Layer_Dense(64, 1), book.Activation_Linear()]
    precision = np.std(y) / 250
    optimizer = book.Optimizer_Adam(learning_rate=0.005, decay=1e-3)

    start = time.perf_counter()
    losses, accuracies = book.train_with_loss(X, y, layers, book.Loss_MeanSquaredError(),
                                              lambda p: np.mean(np.absolute(p - y) < precision), optimizer, EPOCHS)
    seconds = time.perf_counter() - start

    print(f"numpy: {EPOCHS} epochs in {seconds:.3f} s, accuracy {accuracies[-1]:.3f}, loss {losses[-1]:.6f}, "
          f"{seconds / EPOCHS * 1e6:.1f} µs/epoch")


if __name__ == "__main__":
    main()
