"""The book's numpy training of the spiral (Neural Networks from Scratch, chapter 10's Adam run), timed.

Same net, data, initial weights and optimizer as bench/spiral.jsh and as the spiral_adam parity
fixture: the classes and the loop are imported from the fixture script, so the code timed here is the
code whose losses TrainingParityTest checks nnsh against. Only the training loop is timed. Prints the
BLAS kernel numpy runs, then one line ending in "µs/epoch" that scripts/bench reads.
"""
import ctypes
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src", "test", "resources", "fixtures", "training"))
import make_training_fixtures as book  # noqa: E402

EPOCHS = 10001


def blas_kernel():
    """threadpoolctl's view of the BLAS numpy loaded, else OpenBLAS's own answer, else numpy's build record."""
    try:
        from threadpoolctl import threadpool_info
        return "; ".join(f"{i['internal_api']} {i['version']} {i.get('architecture')} threads={i['num_threads']}"
                         for i in threadpool_info() if i["user_api"] == "blas")
    except ImportError:
        pass
    with open("/proc/self/maps") as maps:
        libraries = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and ".so" in line})
    for path in libraries:
        library = ctypes.CDLL(path)
        for prefix, suffix in [("scipy_", "64_"), ("scipy_", ""), ("", "64_"), ("", "")]:
            corename = getattr(library, f"{prefix}openblas_get_corename{suffix}", None)
            if corename is not None:
                corename.restype = ctypes.c_char_p
                threads = getattr(library, f"{prefix}openblas_get_num_threads{suffix}")
                return f"openblas {corename().decode()} threads={threads()} ({os.path.basename(path)})"
    np.show_config()
    return "see numpy's configuration above"


def main():
    np.random.seed(0)
    X, y = book.spiral_data(100, 3)
    dense1 = book.Layer_Dense(2, 64)
    dense2 = book.Layer_Dense(64, 3)
    optimizer = book.Optimizer_Adam(learning_rate=0.05, decay=5e-7)
    print(f"numpy {np.__version__}, BLAS: {blas_kernel()}")

    start = time.perf_counter()
    losses, accuracies = book.train_softmax(X, y, [dense1, book.Activation_ReLU()], dense2, optimizer, EPOCHS)
    seconds = time.perf_counter() - start

    print(f"numpy: {EPOCHS} epochs in {seconds:.3f} s, accuracy {accuracies[-1]:.3f}, loss {losses[-1]:.4f}, "
          f"{seconds / EPOCHS * 1e6:.1f} µs/epoch")


if __name__ == "__main__":
    main()
