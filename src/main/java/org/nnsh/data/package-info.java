/**
 * Datasets: {@link org.nnsh.data.Dataset} (features with class labels or regression targets), the toy
 * generators of the notebooks and scikit-learn ({@link org.nnsh.data.Datasets}: spiral, moons, iris…), and
 * CSV files read as a dataset ({@code CsvLoader}, for {@code csv}) or as a matrix ({@code CsvMatrix}, for
 * {@code loadtxt}), both through {@code CsvTable}, {@code CsvSplitter} and {@code CsvCells}.
 */
package org.nnsh.data;
