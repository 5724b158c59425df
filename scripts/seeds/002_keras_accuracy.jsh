// Seed 002 — Keras accuracy semantics and activation functions in numpy.

// Binary accuracy: mean over all elements of yTrue == (yPred > 0.5); the notebook's K.round(yPred)
// is the same rule for probabilities. Keras computes in float32 and shows 0.6666667; nnsh computes
// in float64, and the float32 of its value is the figure Keras shows.
print(binaryAccuracy(vector(0.4, 0.7, 0.3), vector(0, 1, 1)));
print((float) binaryAccuracy(vector(0.4, 0.7, 0.3), vector(0, 1, 1)));

// Binary classification with softmax: the same element-wise rule on one-hot rows. The notebook
// computes this one too, but its cell shows only its last value, the categorical accuracy below.
var yTrue2 = matrix(new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 0}, new double[] {0, 1});
var yPred2 = matrix(new double[] {0.4, 0.6}, new double[] {0.3, 0.7}, new double[] {0.05, 0.95}, new double[] {0.33, 0.67});
print(binaryAccuracy(yPred2, yTrue2));

// Categorical accuracy (m > 2 classes): compare argmax of prediction and of one-hot truth
var yTrue = matrix(new double[] {0, 1, 0, 0}, new double[] {1, 0, 0, 0}, new double[] {0, 0, 1, 0});
var yPred = matrix(new double[] {0.4, 0.6, 0, 0}, new double[] {0.3, 0.2, 0.1, 0.4}, new double[] {0.05, 0.35, 0.5, 0.1});
print(accuracy(yPred, yTrue));
print((float) accuracy(yPred, yTrue));

// Sigmoid. The notebook wrote (1/ 1+np.exp(-x)), which Python reads as (1/1) + exp(-x):
// its printed array (2.20274658e+04 ...) is 1 + e^-x, not a sigmoid. Both, side by side:
var x = arange(-10, 10, 0.2);
print(x.neg().exp().plus(1));   // what the notebook printed
print(sigmoid(x));              // the true sigmoid, every value in (0, 1)
// Its gradient, __call__(x) * (1 - __call__(x)), inherits the mistake: (1 + e^-x)(-e^-x), negative
// everywhere (-2 at 0). The notebook never prints it; sigmoid's backward is σ(1 − σ), 0.25 at 0:
print(Activations.sigmoid().backward(vector(-1, 0, 1), ones(1, 3)));

// Softmax row by row on a batch of three samples
var x2 = matrix(new double[] {1, 2, 3, 6}, new double[] {2, 4, 5, 6}, new double[] {1, 2, 3, 6});
var p = softmax(x2);
print(p);
// The notebook's Softmax, np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True), skips the max: fine
// here, NaN once a logit passes ~709 (e^710 is inf). softmax subtracts each row's max first:
print(softmax(x2.plus(1000)).equals(p));
// The "numerical stability" version in its docstring, e_x = np.exp(x - np.max(x)); e_x / e_x.sum(),
// takes one max and one sum over the whole batch, so its rows no longer sum to 1:
var e = x2.minus(x2.max(1).max()).exp();
print(e.div(e.sum()).sum(1));
print(p.sum(1));

// The notebook's softmax "gradient" p * (1 - p) is only the diagonal of the Jacobian. Backpropagation
// needs the vector-Jacobian product dX = p * (dY - rowsum(dY * p)). With dY = ones it is exactly zero
// (softmax outputs always sum to 1), while p * (1 - p) is not:
var dY = ones(3, 4);
print(Activations.softmax().backward(x2, dY));
print(p.times(p.neg().plus(1)));

// ReLU, leaky ReLU and tanh on np.random.uniform(-1, 1, (3, 3)) draws. The notebook did not seed
// its draws, so we rebuild inputs that give the printed outputs.
var z = matrix(new double[] {-0.5, 0.99694447, -0.25}, new double[] {-0.75, -0.1, 0.81905501}, new double[] {-0.3, 0.18253543, 0.92855557});
print(relu(z));
var zLeaky = matrix(new double[] {0.689244738, -0.248947306, 0.664513815},
                    new double[] {-0.0140195921, 0.337395609, -0.966792375},
                    new double[] {0.158964744, -0.373088069, -0.508719887});
print(leakyRelu(zLeaky));
// the notebook's TanH, 2 / (1 + e^(-2x)) - 1, is a correct form of tanh
var zTanh = matrix(new double[] {-0.48660719, -0.70912964, 0.18195864},
                   new double[] {-0.36787464, -0.7005745, 0.70007243},
                   new double[] {0.1619226, 0.69155896, -0.16911645}).map(org.apache.commons.math3.util.FastMath::atanh);
print(tanh(zTanh));
