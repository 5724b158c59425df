/**
 * Neural networks on {@link org.nnsh.tensor.Matrix}: activations ({@link org.nnsh.nn.Activations}), losses
 * ({@link org.nnsh.nn.Losses}, their argument checks in {@code Targets}) and metrics
 * ({@link org.nnsh.nn.Metrics}); layers ({@link org.nnsh.nn.Dense}, {@link org.nnsh.nn.Dropout},
 * {@link org.nnsh.nn.ActivationLayer}) and the fluent {@link org.nnsh.nn.Net}; optimizers
 * ({@link org.nnsh.nn.Optimizers}); training ({@code Trainer} and {@code TrainingSet}, with
 * {@link org.nnsh.nn.FitOptions}, {@link org.nnsh.nn.History} and {@link org.nnsh.nn.TrainingProgress});
 * gradient checks ({@link org.nnsh.nn.GradCheck}, {@link org.nnsh.nn.NetGradCheck}); and saved nets
 * ({@code NetFile}, {@code NetJson}, on {@link org.nnsh.io.SafeTensors}). It never prints.
 */
package org.nnsh.nn;
