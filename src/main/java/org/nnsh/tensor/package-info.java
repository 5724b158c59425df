/**
 * The array type and what it needs, knowing nothing of the packages above it: {@link org.nnsh.tensor.Matrix}
 * (with its hot loops in {@code Kernels} and {@code Sums}, its shape checks and messages in {@code Shapes} and
 * {@link org.nnsh.tensor.ShapeException}), numpy's legacy random stream ({@link org.nnsh.tensor.NumpyRandom}),
 * and numpy's and Python's printing: {@link org.nnsh.tensor.NumpyFormat} with {@code FloatFormat} and
 * {@code DecimalDigits} for arrays, {@link org.nnsh.tensor.PythonFloat} and {@link org.nnsh.tensor.PythonText}
 * for single values and {@code print}, {@link org.nnsh.tensor.Figures} for progress lines.
 */
package org.nnsh.tensor;
