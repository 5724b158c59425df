package org.nnsh.tensor;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * numpy's legacy {@code np.random} stream, bit for bit: MT19937 seeded as
 * {@code np.random.seed(s)} seeds it, 53-bit doubles built from two 32-bit draws, and the polar
 * Gaussian that caches its second value. After {@code seed(0)}, {@code randn} here equals
 * {@code np.random.seed(0); np.random.randn(...)} exactly.
 *
 * <p>Thread-safe as numpy's {@code RandomState} is (it holds a lock): each call draws its values
 * in one piece, so nets trained, or data drawn, on several threads at once share the one stream
 * without corrupting it; unsynchronized, two threads drawing together got repeated values and
 * values from no MT19937 sequence. Callers drawing value by value in a loop (dropout's masks) hold
 * the lock around the loop, so that the values come in one piece too; each draw then only re-enters it.
 */
public final class NumpyRandom {
    private static final NumpyRandom GLOBAL = new NumpyRandom();

    private final Mt19937 twister = new Mt19937();
    private boolean hasCachedGaussian;
    private double cachedGaussian;

    /** A stream seeded from the clock, as numpy's is before the first {@code seed}. */
    public NumpyRandom() {
        seed(System.nanoTime() & 0xffffffffL);
    }

    public NumpyRandom(long seed) {
        seed(seed);
    }

    /** The stream behind the facade's {@code seed}, {@code rand}, {@code randn}, datasets and layers. */
    public static NumpyRandom global() {
        return GLOBAL;
    }

    /** As {@code np.random.seed(s)}: s must lie in [0, 2^32). */
    public synchronized void seed(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed: " + seed + " is outside [0, 2^32), as numpy requires");
        }
        twister.seed(seed);
        hasCachedGaussian = false;
    }

    /** The next raw 32-bit draw, as an unsigned value. */
    public synchronized long nextUint32() {
        return uint32();
    }

    /** The draws behind the public methods, which hold the lock, so that a bulk draw takes it once. */
    private long uint32() {
        return twister.next() & 0xffffffffL;
    }

    /** numpy's {@code random_sample}: 53 random bits in [0, 1). */
    public synchronized double nextDouble() {
        return sample();
    }

    private double sample() {
        long a = uint32() >>> 5;
        long b = uint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** numpy's legacy {@code gauss}: Marsaglia's polar method, second value cached. */
    public synchronized double nextGaussian() {
        return gaussian();
    }

    private double gaussian() {
        if (hasCachedGaussian) {
            hasCachedGaussian = false;
            return cachedGaussian;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * sample() - 1.0;
            x2 = 2.0 * sample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        cachedGaussian = f * x1;
        hasCachedGaussian = true;
        return f * x2;
    }

    /**
     * {@code np.random.randint(lo, hi, n)}: n integers in [lo, hi). numpy's legacy path for its default
     * int64 dtype ({@code random_bounded_uint64_fill} with masking): for a range r = hi − lo − 1 below
     * 2^32 each value is lo + (a 32-bit draw ANDed with the smallest all-ones mask ≥ r), redrawn while
     * it exceeds r; a one-value range draws nothing.
     */
    public synchronized int[] randint(int lo, int hi, int n) {
        checkRange(lo, hi);
        if (n < 0) {
            throw new IllegalArgumentException("randint: size must be non-negative, got " + n);
        }
        Shapes.checkIntArray("randint", n);
        int[] out = new int[n];
        long range = (long) hi - lo - 1;
        for (int i = 0; i < n; i++) {
            out[i] = (int) (lo + boundedMasked(range));
        }
        return out;
    }

    /** {@code np.random.randint(lo, hi, (rows, cols))} as doubles, filled row by row. */
    public synchronized Matrix randint(int lo, int hi, int rows, int cols) {
        checkRange(lo, hi);
        Shapes.checkSize("randint", rows, cols);
        long range = (long) hi - lo - 1;
        return filled(rows, cols, () -> lo + boundedMasked(range));
    }

    /** {@code np.random.permutation(n)}: 0 … n − 1 in random order (shuffles {@code arange(n)}). */
    public synchronized int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("permutation: n must be non-negative, got " + n);
        }
        Shapes.checkIntArray("permutation", n);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        shuffle(a);
        return a;
    }

    /**
     * {@code np.random.shuffle(a)}, in place: Fisher–Yates from the end, position i swapped with
     * {@code random_interval(i)}, a masked draw in [0, i].
     */
    public synchronized void shuffle(int[] a) {
        Objects.requireNonNull(a, "shuffle: a is null");
        for (int i = a.length - 1; i > 0; i--) {
            int j = (int) boundedMasked(i);
            int t = a[j];
            a[j] = a[i];
            a[i] = t;
        }
    }

    /** {@code np.random.choice(n, size)}: size draws from 0 … n − 1 with replacement. */
    public int[] choice(int n, int size) {
        return choice(n, size, true);
    }

    /**
     * {@code np.random.choice(n, size, replace)}: with replacement {@code randint(0, n, size)}, without it
     * the first size entries of {@code permutation(n)}.
     */
    public synchronized int[] choice(int n, int size, boolean replace) {
        checkChoice(n, size);
        if (replace) {
            return size == 0 ? new int[0] : randint(0, n, size);
        }
        if (size > n) {
            throw new IllegalArgumentException("choice: cannot take a sample of " + size
                    + " from a population of " + n + " without replacement");
        }
        // without replacement numpy permutes the whole population, so that is what must fit
        Shapes.checkIntArray("choice", n);
        return Arrays.copyOf(permutation(n), size);
    }

    /**
     * {@code np.random.choice(n, size, p=p)}: size draws with replacement, i drawn with probability p[i].
     * As numpy: cdf = cumsum(p) / its last entry, then each draw is the number of cdf entries ≤ a
     * {@code random_sample} (searchsorted, side right).
     */
    public synchronized int[] choice(int n, int size, double[] p) {
        Objects.requireNonNull(p, "choice: p is null");
        checkChoice(n, size);
        checkProbabilities(n, p);
        double[] cdf = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += p[i];
            cdf[i] = total;
        }
        double last = cdf[n - 1];
        for (int i = 0; i < n; i++) {
            cdf[i] /= last;
        }
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            out[k] = countAtMost(cdf, sample());
        }
        return out;
    }

    /** {@code np.random.uniform(lo, hi, (rows, cols))}: lo + (hi − lo)·random_sample, row by row. */
    public synchronized Matrix uniform(double lo, double hi, int rows, int cols) {
        Shapes.checkSize("uniform", rows, cols);
        double range = hi - lo;
        if (!Double.isFinite(range)) {
            // finite bounds can still be too far apart: numpy's "Range exceeds valid bounds" for uniform(-1.7e308, 1.7e308)
            String why = Double.isFinite(lo) && Double.isFinite(hi)
                    ? " is wider than a double can hold (hi − lo overflows to inf); expected bounds less than 1.8e308 apart"
                    : " must be finite";
            throw new IllegalArgumentException("uniform: the range [" + lo + ", " + hi + ")" + why);
        }
        return filled(rows, cols, () -> lo + range * sample());
    }

    /**
     * One draw of {@code np.random.binomial(1, p)}: numpy's legacy inversion on the smaller of p and
     * 1 − p (so an element of {@code binomial(1, p, shape)} costs exactly the draws numpy's does).
     */
    public synchronized boolean bernoulli(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("bernoulli: p must be in [0, 1], got " + p);
        }
        return p <= 0.5 ? binomialOneInversion(p) == 1 : binomialOneInversion(1 - p) == 0;
    }

    /** numpy's {@code random_binomial_inversion} for n = 1, including its restart past the bound. */
    private int binomialOneInversion(double p) {
        double q = 1 - p;
        double qn = Math.exp(Math.log(q));
        double bound = Math.min(1, p + 10 * Math.sqrt(p * q + 1));
        int x = 0;
        double px = qn;
        double u = sample();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = sample();
            } else {
                u -= px;
                px = ((1 - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    /** A value in [0, max] by numpy's masked rejection on 32-bit draws; {@code max < 2^32}, and 0 draws nothing. */
    private long boundedMasked(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = uint32() & mask;
        } while (value > max);
        return value;
    }

    private static void checkRange(int lo, int hi) {
        if (lo >= hi) {
            throw new IllegalArgumentException("randint: low >= high (" + lo + " >= " + hi + ")");
        }
    }

    private static void checkChoice(int n, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("choice: size must be non-negative, got " + size);
        }
        Shapes.checkIntArray("choice", size);
        if (n <= 0 && size > 0) {
            throw new IllegalArgumentException("choice: the population must be positive unless no samples are taken, got " + n);
        }
    }

    /** numpy's checks: one probability per value, none negative or NaN, summing to 1 within √ε. */
    private static void checkProbabilities(int n, double[] p) {
        if (p.length != n) {
            throw new IllegalArgumentException("choice: p has " + p.length + " probabilities for a population of " + n);
        }
        for (double v : p) {
            if (Double.isNaN(v) || v < 0) {
                throw new IllegalArgumentException("choice: probabilities must be non-negative numbers, got " + v);
            }
        }
        double sum = kahanSum(p);
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) {
            throw new IllegalArgumentException("choice: probabilities must sum to 1, got " + sum);
        }
    }

    /** The compensated sum numpy uses to check that p sums to 1. */
    private static double kahanSum(double[] v) {
        double sum = 0;
        double c = 0;
        for (double x : v) {
            double y = x - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** numpy's {@code searchsorted(cdf, u, side='right')}: how many entries of the sorted cdf are ≤ u. */
    private static int countAtMost(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@code np.random.rand(n)}: a vector of n uniform values, the draws rand(1, n) makes. */
    public Matrix rand(int n) {
        Shapes.checkVectorLength("rand", n);
        return rand(1, n).flatten();
    }

    /** {@code np.random.randn(n)}: a vector of n standard normal values, the draws randn(1, n) makes. */
    public Matrix randn(int n) {
        Shapes.checkVectorLength("randn", n);
        return randn(1, n).flatten();
    }

    /** {@code np.random.rand(r, c)}: uniform in [0, 1), filled row by row. */
    public synchronized Matrix rand(int rows, int cols) {
        Shapes.checkSize("rand", rows, cols);
        return filled(rows, cols, this::sample);
    }

    /** {@code np.random.randn(r, c)}: standard normal, filled row by row. */
    public synchronized Matrix randn(int rows, int cols) {
        Shapes.checkSize("randn", rows, cols);
        return filled(rows, cols, this::gaussian);
    }

    /** rows×cols values of {@code draw}, drawn row by row as numpy fills an array (the order fixes which value lands where). */
    private static Matrix filled(int rows, int cols, DoubleSupplier draw) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = draw.getAsDouble();
            }
        }
        return Matrix.wrap(a, cols);
    }

    /**
     * The MT19937 generator with numpy's integer seeding ({@code init_genrand}). Commons Math's
     * {@code MersenneTwister.setSeed(int)} sign-extends the seed, so it differs from numpy for every seed
     * ≥ 2^31 (numpy accepts up to 2^32 − 1); hence this copy of the reference algorithm.
     */
    private static final class Mt19937 {
        private static final int N = 624;
        private static final int M = 397;
        private final int[] state = new int[N];
        private int position;

        void seed(long seed) {
            state[0] = (int) seed;
            for (int i = 1; i < N; i++) {
                // int arithmetic wraps modulo 2^32, exactly as the reference's unsigned 32-bit words
                state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
            }
            position = N;
        }

        int next() {
            if (position == N) {
                twist();
            }
            int y = state[position++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            return y ^ (y >>> 18);
        }

        private void twist() {
            for (int i = 0; i < N; i++) {
                int y = (state[i] & 0x80000000) | (state[(i + 1) % N] & 0x7fffffff);
                state[i] = state[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
            }
            position = 0;
        }
    }
}
