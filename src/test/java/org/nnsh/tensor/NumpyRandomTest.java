package org.nnsh.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every draw against numpy's legacy {@code np.random}, bit for bit (fixtures/random/make_random_fixtures.py). */
class NumpyRandomTest {
    private static final Map<String, String> CASES = new HashMap<>();

    @BeforeAll
    static void readFixture() throws IOException {
        try (InputStream in = NumpyRandomTest.class.getResourceAsStream("/fixtures/random/random.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                CASES.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
    }

    private static String fixture(String name) {
        String values = CASES.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no fixture case named " + name);
        }
        return values;
    }

    private static double[] doubles(String name) {
        String text = fixture(name);
        return text.isEmpty() ? new double[0] : Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static int[] ints(String name) {
        String text = fixture(name);
        return text.isEmpty() ? new int[0] : Arrays.stream(text.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    /** Bit equality, so -0.0 vs 0.0 or a 1-ulp difference fails. */
    private static void assertBits(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                throw new AssertionError("element " + i + ": expected " + Double.toHexString(expected[i])
                        + " but was " + Double.toHexString(actual[i]));
            }
        }
    }

    private static double[] flat(Matrix m) {
        return Arrays.stream(m.toArray()).flatMapToDouble(Arrays::stream).toArray();
    }

    private static String sha256(double[] values) throws NoSuchAlgorithmException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            bytes.putDouble(v);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 4294967295L})
    void randMatchesNumpy(long seed) {
        assertBits(doubles("rand seed=" + seed + " n=1001"), flat(new NumpyRandom(seed).rand(1, 1001)));
    }

    /**
     * The polar method's {@code log} is the one place numpy leans on the C library: glibc's log and Java's
     * {@code Math.log} disagree by one ulp on about 0.1% of arguments (StrictMath, fdlibm, on about 7%), so a
     * Gaussian may differ by one ulp while the stream itself, which only the uniforms drive, stays in step.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 4294967295L})
    void randnMatchesNumpyToOneUlp(long seed) {
        double[] expected = doubles("randn seed=" + seed + " n=1001");
        double[] actual = flat(new NumpyRandom(seed).randn(1, 1001));
        int identical = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], Math.ulp(expected[i]), "element " + i);
            identical += expected[i] == actual[i] ? 1 : 0;
        }
        assertTrue(identical >= 995, identical + " of 1001 values are bit-identical");
    }

    /** np.random.rand(n) and randn(n) are 1-D: the draws of rand(1, n) and randn(1, n), as a vector. */
    @Test
    void oneDimensionalDrawsAreVectorsOfTheSameStream() {
        Matrix u = new NumpyRandom(42).rand(1001);
        assertTrue(u.isVector());
        assertBits(doubles("rand seed=42 n=1001"), flat(u));
        Matrix g = new NumpyRandom(0).randn(3);
        assertEquals("(3,)", g.shapeString());
        assertBits(Arrays.copyOf(doubles("randn seed=0 n=1001"), 3), flat(g));
        ShapeException e = assertThrows(ShapeException.class, () -> new NumpyRandom(0).randn(-2));
        assertEquals("randn: negative dimensions are not allowed, got (-2,)", e.getMessage());
    }

    @Test
    void longUniformSequenceMatchesNumpy() throws NoSuchAlgorithmException {
        assertEquals(fixture("rand-sha256 seed=0 n=200000"), sha256(flat(new NumpyRandom(0).rand(1, 200000))));
    }

    @Test
    void gaussianCacheSurvivesBetweenCalls() {
        NumpyRandom r = new NumpyRandom(0);
        double[] first = flat(r.randn(1, 3));
        double[] second = flat(r.randn(2, 2));
        double[] both = new double[7];
        System.arraycopy(first, 0, both, 0, 3);
        System.arraycopy(second, 0, both, 3, 4);
        assertBits(doubles("randn seed=0 n=3 then n=4"), both);
    }

    @Test
    void reseedingForgetsTheCachedGaussian() {
        NumpyRandom r = new NumpyRandom(0);
        r.randn(1, 1);
        r.seed(0);
        assertBits(Arrays.copyOf(doubles("randn seed=0 n=1001"), 3), flat(r.randn(1, 3)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 4294967295L})
    void randintSmallRangeMatchesNumpy(long seed) {
        assertArrayEquals(ints("randint seed=" + seed + " lo=0 hi=10 n=1000"), new NumpyRandom(seed).randint(0, 10, 1000));
    }

    @ParameterizedTest
    @CsvSource({"-5, 5", "0, 1", "0, 2", "7, 1073741832", "0, 2147483647", "-2147483648, 2147483647",
            "-2147483648, 0", "-1000, 2147483647"})
    void randintRangesMatchNumpy(int lo, int hi) {
        assertArrayEquals(ints("randint seed=42 lo=" + lo + " hi=" + hi + " n=101"), new NumpyRandom(42).randint(lo, hi, 101));
    }

    @Test
    void randintOfOneValueDrawsNothing() {
        NumpyRandom r = new NumpyRandom(42);
        int[] same = r.randint(3, 4, 5);
        double[] next = flat(r.rand(1, 2));
        double[] expected = doubles("randint seed=42 lo=3 hi=4 n=5 then rand n=2");
        assertArrayEquals(new int[] {3, 3, 3, 3, 3}, same);
        assertBits(Arrays.copyOfRange(expected, 5, 7), next);
    }

    @Test
    void randintMatrixMatchesNumpy() {
        Matrix m = new NumpyRandom(1).randint(-3, 9, 3, 4);
        assertArrayEquals(new int[] {3, 4}, m.shape());
        assertBits(doubles("randint matrix seed=1 lo=-3 hi=9 rows=3 cols=4"), flat(m));
    }

    @Test
    void randintRejectsAnEmptyRange() {
        NumpyRandom r = new NumpyRandom(0);
        assertEquals("randint: low >= high (5 >= 5)",
                assertThrows(IllegalArgumentException.class, () -> r.randint(5, 5, 3)).getMessage());
        assertEquals("randint: low >= high (2 >= 1)",
                assertThrows(IllegalArgumentException.class, () -> r.randint(2, 1, 2, 2)).getMessage());
        assertEquals("randint: size must be non-negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> r.randint(0, 2, -1)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 4294967295L})
    void permutationMatchesNumpy(long seed) {
        for (int n : new int[] {0, 1, 2, 10, 1000}) {
            assertArrayEquals(ints("permutation seed=" + seed + " n=" + n), new NumpyRandom(seed).permutation(n), "n=" + n);
        }
    }

    @Test
    void shuffleMatchesNumpyInPlace() {
        int[] a = IntStream.range(100, 117).toArray();
        new NumpyRandom(7).shuffle(a);
        assertArrayEquals(ints("shuffle seed=7 a=100..116"), a);
    }

    @Test
    void choiceMatchesNumpy() {
        assertArrayEquals(ints("choice seed=0 n=5 size=10"), new NumpyRandom(0).choice(5, 10));
        assertArrayEquals(ints("choice seed=3 n=100 size=7 replace=true"), new NumpyRandom(3).choice(100, 7, true));
        assertArrayEquals(ints("choice seed=3 n=10 size=3 replace=false"), new NumpyRandom(3).choice(10, 3, false));
        assertArrayEquals(ints("choice seed=3 n=10 size=10 replace=false"), new NumpyRandom(3).choice(10, 10, false));
        assertArrayEquals(ints("choice seed=5 n=4 size=20 p=0.1,0.2,0.3,0.4"),
                new NumpyRandom(5).choice(4, 20, new double[] {0.1, 0.2, 0.3, 0.4}));
        assertArrayEquals(ints("choice seed=5 n=5 size=30 p=0,0.5,0,0.5,0"),
                new NumpyRandom(5).choice(5, 30, new double[] {0, 0.5, 0, 0.5, 0}));
    }

    @Test
    void choiceRejectsBadArguments() {
        NumpyRandom r = new NumpyRandom(0);
        assertEquals("choice: cannot take a sample of 6 from a population of 5 without replacement",
                assertThrows(IllegalArgumentException.class, () -> r.choice(5, 6, false)).getMessage());
        assertEquals("choice: probabilities must sum to 1, got 1.2",
                assertThrows(IllegalArgumentException.class, () -> r.choice(3, 2, new double[] {0.5, 0.6, 0.1})).getMessage());
        assertEquals("choice: probabilities must be non-negative numbers, got -0.5",
                assertThrows(IllegalArgumentException.class, () -> r.choice(3, 2, new double[] {0.5, -0.5, 1})).getMessage());
        assertEquals("choice: p has 2 probabilities for a population of 3",
                assertThrows(IllegalArgumentException.class, () -> r.choice(3, 2, new double[] {0.5, 0.5})).getMessage());
        assertEquals("choice: the population must be positive unless no samples are taken, got 0",
                assertThrows(IllegalArgumentException.class, () -> r.choice(0, 2)).getMessage());
        assertEquals("choice: size must be non-negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> r.choice(3, -1)).getMessage());
        assertArrayEquals(new int[0], r.choice(0, 0));
        // a null array was a bare "Cannot read the array length because "p" is null"
        assertEquals("choice: p is null",
                assertThrows(NullPointerException.class, () -> r.choice(3, 2, (double[]) null)).getMessage());
        assertEquals("shuffle: a is null", assertThrows(NullPointerException.class, () -> r.shuffle(null)).getMessage());
    }

    @Test
    void uniformMatchesNumpy() {
        assertBits(doubles("uniform seed=0 lo=-1 hi=1 rows=3 cols=4"), flat(new NumpyRandom(0).uniform(-1, 1, 3, 4)));
        assertBits(doubles("uniform seed=4294967295 lo=5 hi=10 rows=2 cols=3"),
                flat(new NumpyRandom(4294967295L).uniform(5, 10, 2, 3)));
        assertEquals("uniform: the range [0.0, Infinity) must be finite",
                assertThrows(IllegalArgumentException.class,
                        () -> new NumpyRandom(0).uniform(0, Double.POSITIVE_INFINITY, 1, 1)).getMessage());
        // both bounds finite, so "must be finite" was no reason
        assertEquals("uniform: the range [-1.7E308, 1.7E308) is wider than a double can hold (hi − lo overflows to inf);"
                + " expected bounds less than 1.8e308 apart", assertThrows(IllegalArgumentException.class,
                        () -> new NumpyRandom(0).uniform(-1.7e308, 1.7e308, 1, 1)).getMessage());
    }

    @Test
    void interleavedCallsShareOneStream() {
        NumpyRandom r = new NumpyRandom(42);
        double[] all = concat(flat(r.rand(1, 3)), flat(r.randn(1, 3)), asDoubles(r.randint(0, 100, 5)), flat(r.randn(1, 2)),
                asDoubles(r.permutation(5)), flat(r.uniform(-2, 3, 2, 2)), asDoubles(r.choice(6, 4)), flat(r.randn(1, 1)),
                asDoubles(r.choice(6, 3, false)), asDoubles(r.choice(3, 4, new double[] {0.2, 0.3, 0.5})), flat(r.randn(1, 2)));
        assertBits(doubles("interleaved seed=42"), all);
    }

    private static double[] asDoubles(int[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.3, 0.5, 0.9, 1.0})
    void bernoulliIsNumpysBinomialOfOneDrawForDraw(double p) {
        NumpyRandom random = new NumpyRandom(11);
        int[] draws = new int[500];
        for (int k = 0; k < draws.length; k++) {
            draws[k] = random.bernoulli(p) ? 1 : 0;
        }
        assertArrayEquals(ints("binomial1 seed=11 p=" + p + " n=500"), draws);
        assertBits(doubles("binomial1 seed=11 p=" + p + " then rand"), flat(random.rand(1, 3)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.002, 0.998})
    void bernoulliKeepsNumpysRareOutcomesNearZeroAndOne(double p) {
        NumpyRandom random = new NumpyRandom(11);
        int[] draws = new int[5000];
        for (int k = 0; k < draws.length; k++) {
            draws[k] = random.bernoulli(p) ? 1 : 0;
        }
        assertArrayEquals(ints("binomial1 seed=11 p=" + p + " n=5000"), draws);
        assertBits(doubles("binomial1 seed=11 p=" + p + " n=5000 then rand"), flat(random.rand(1, 3)));
    }

    @Test
    void bernoulliRejectsAProbabilityOutsideZeroToOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(0).bernoulli(1.5));
        assertEquals("bernoulli: p must be in [0, 1], got 1.5", e.getMessage());
    }

    @Test
    void aSizeBeyondTheHeapIsAnErrorNamingTheCallNotABareOutOfMemoryError() {
        NumpyRandom r = new NumpyRandom(0);
        // the JVM holds no int[] of Integer.MAX_VALUE, whatever its heap
        for (var call : Map.<String, Runnable>of(
                "permutation: 2147483647 values are more than the ", () -> r.permutation(Integer.MAX_VALUE),
                "choice: 2147483647 values are more than the ", () -> r.choice(3, Integer.MAX_VALUE),
                "randint: 2147483647 values are more than the ", () -> r.randint(0, 3, Integer.MAX_VALUE)).entrySet()) {
            var e = assertThrows(IllegalArgumentException.class, call.getValue()::run);
            assertTrue(e.getMessage().startsWith(call.getKey()), e.getMessage());
        }
        // without replacement the whole population is permuted, so it must fit even for a sample of one
        var e = assertThrows(IllegalArgumentException.class, () -> r.choice(Integer.MAX_VALUE, 1, false));
        assertTrue(e.getMessage().startsWith("choice: 2147483647 values are more than the "), e.getMessage());
        assertEquals(2, r.choice(5, 2, false).length);
    }
    /**
     * numpy's RandomState holds a lock, so threads drawing at once (two nets fitting with shuffles or
     * dropout) share one sequence between them; unlocked, they got repeated values and values from no
     * MT19937 sequence at all.
     */
    @Test
    void threadsDrawingAtOnceShareTheOneSequence() throws InterruptedException {
        int each = 1 << 20;
        NumpyRandom reference = new NumpyRandom(7);
        long[] expected = new long[2 * each];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = reference.nextUint32();
        }
        NumpyRandom shared = new NumpyRandom(7);
        long[] drawn = new long[2 * each];
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int from = t * each;
            threads[t] = new Thread(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = from; i < from + each; i++) {
                    drawn[i] = shared.nextUint32();
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Arrays.sort(expected);
        Arrays.sort(drawn);
        assertTrue(Arrays.equals(expected, drawn), "the two threads' draws are not the sequence's first 2^21");
    }
}
