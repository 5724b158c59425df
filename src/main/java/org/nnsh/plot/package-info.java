/**
 * What the user sees of data and training besides numbers: terminal charts drawn in braille dots
 * ({@link org.nnsh.plot.LineChart}, {@link org.nnsh.plot.DecisionMap}, on {@code BrailleCanvas}), their PNG
 * forms ({@code PngCharts}, {@code PngFile}), and a fit's progress lines ({@link org.nnsh.plot.ProgressPrinter},
 * {@code LiveLine}).
 */
package org.nnsh.plot;
