// Seed 001 — Activation functions: softmax, ReLU, sigmoid, tanh, leaky ReLU.

// Softmax from scratch: exponentiate (first as E ** i with E = 2.718281828459045, then as np.exp),
// then normalise. E ** i and exp(i) differ in the last digit (148.41315910257657, 148.4131591025766),
// the six decimals and the sums do not.
var output = vector(5, 2, 0, -2);
var powers = output.map(i -> Math.pow(Math.E, i));
var fromPowers = powers.div(powers.sum());
print("Normalized values:", fromPowers.round(6).toList());
print("Sum of normalized values:", fromPowers.sum());
var expValues = output.exp();
var normalized = expValues.div(expValues.sum());
print("Normalized values:", normalized.round(6).toList());
print("Sum of normalized values:", normalized.sum());

// the numerically stable form subtracts the max first: same probabilities, same sum
print("Normalized values:", softmax(output).round(6).toList());
print("Sum of normalized values:", softmax(output).sum());

print(softmax(vector(4.8, 1.21, 2.385)));
print(softmax(vector(4.8, 1.21, 2.385)).sum());

// softmax is shift-invariant: [-2,-1,0] and [1,2,3] give the same distribution
print(softmax(vector(-2, -1, 0)).round(6).toList());
print(softmax(vector(1, 2, 3)).round(6).toList());
print(softmax(vector(0.5, 1.0, 1.5)).round(6).toList());

// A dense layer of 3 neurons on the spiral data, then softmax and the loss.
seed(0);
var data = spiral(100, 3);
// shapeString writes a shape as Python prints numpy's shape tuple, as the notebook does: (300, 2)
print("Inputs:", data.x().shapeString());
print("Y is a spiral dataset:", "(" + data.size() + ",)");
var layer = net().dense(2, 3);
var dense = (Dense) layer.layer(0);
print("Weights Layer 1:", dense.weights().shapeString());
print("Biases Layer 1:", dense.biases().shapeString());
var predictions = layer.softmax().forward(data.x());
print("Predictions:", predictions.shapeString());
// The notebook passed np.array([y]) (shape (1, 300)) and crashed with a shape error. The same call in
// nnsh, the labels as a 1×300 matrix, is read as one-hot targets and refused with both shapes:
var labelsRow = matrix(java.util.Arrays.stream(data.y()).asDoubleStream().toArray());
try {
    crossEntropy(predictions, labelsRow);
} catch (org.nnsh.tensor.ShapeException e) {
    print(e.getMessage());
}
// Cross-entropy takes one label per row: here is the loss it meant to print.
print("Loss:", crossEntropy(predictions, data.y()));
print("Predicted Class:", "(" + predictions.argmax().length + ",)");

// ReLU: max(0, x)
print(relu(vector(-1, 0, 1, 2)).toList());

// Sigmoid: 1 / (1 + e^-x), as the notebook's two "# Output:" comments give it (8 digits, then 6)
print(sigmoid(vector(-1, 0, 1, 2)));
print(sigmoid(vector(-1, 0, 1, 2)).round(6).toList());

// Tanh. The notebook's manual version computes (tanh(x) - 1) / (tanh(x) + 1), which is -e^(-2x),
// not tanh. Its cells were never run; their "# Output:" comments give the true tanh, which nnsh gives:
print(tanh(vector(-1, 0, 1, 2)).round(6).toList());
// and what the manual version would have printed:
var t = tanh(vector(-1, 0, 1, 2));
print(t.minus(1).div(t.plus(1)).round(6).toList());

// Leaky ReLU with alpha = 0.01
print(leakyRelu(vector(-1, 0, 1, 2)));
