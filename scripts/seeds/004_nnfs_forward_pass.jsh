// Seed 004 — Neural Networks from Scratch, chapter 4: ReLU, softmax and a forward pass on spiral data.

// ReLU on the chapter's list: its for loop, on Python's ints and floats (Java's Integer and Double)
var inputs = java.util.List.of(0, 2, -1, 3.3, -2.7, 1.1, 2.2, -100);
var output = new java.util.ArrayList<Number>();
for (Number i : inputs) {
    if (i.doubleValue() > 0) {
        output.add(i);
    } else {
        output.add(0);
    }
}
print(output);
// and as np.maximum(0, inputs), which makes every value a float
print(relu(vector(0, 2, -1, 3.3, -2.7, 1.1, 2.2, -100)));

seed(0);

// spiral data with the chapter's noise of 0.05, a dense layer of 3 neurons, ReLU
var data = spiral(100, 3, 0.05);
var layer1 = net().dense(2, 3).relu();
print(layer1.forward(data.x()).head(5));

// Softmax step by step, first with Python floats: E ** output for the book's E = 2.71828182846
// (not math.e, so these are not exp's values), a plain sum, and Python's repr of each number
var layerOutputs = vector(4.8, 1.21, 2.385);
double E = 2.71828182846;
var powers = layerOutputs.map(output -> Math.pow(E, output));
print("exponentiated values:");
print(powers.toList());
var normPowers = powers.div(powers.sum());
print("normalized exponentiated values:");
print(normPowers.toList());
print("sum of normalized values:", normPowers.sum());

// then with NumPy: np.exp and np.sum
var expValues = layerOutputs.exp();
print("exponentiated values:");
print(expValues);
var normValues = expValues.div(expValues.sum());
print("normalized exponentiated values:");
print(normValues);
print("sum of normalized values:", normValues.sum());

// Sums over axes
var outputs = matrix(new double[] {4.8, 1.21, 2.385}, new double[] {8.9, -1.81, 0.2}, new double[] {1.41, 1.051, 0.026});
print(outputs.sum());
print(outputs.sum(0));
print(outputs.sum(1));
print(outputs.sum(1, true));

// Why subtract the max: exp grows fast (nnsh's exp(double), np.exp on one number)
print(exp(1));
print(exp(10));
print(exp(100));
print(exp(Double.NEGATIVE_INFINITY), exp(0));

// The forward pass so far (the random stream continues from above)
var data2 = spiral(100, 3, 0.05);
var model = net().dense(2, 3).relu().dense(3, 3).softmax();
print(model.forward(data2.x()).head(5));

// The chapter's full code: seed 0, noise 0.2
seed(0);
var spiralData = spiral(100, 3);
var fullModel = net().dense(2, 3).relu().dense(3, 3).softmax();
print(fullModel.forward(spiralData.x()).head(5));
