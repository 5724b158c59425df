// The README's 60-second tour: arrays, activations, data and a network, with numpy's printing.
seed(0);
var x = randn(2, 3);
print(x);
print(softmax(x));
print(softmax(x).sum(1));

var data = spiral(100, 3);
print(data);
print(data.x().head(3));

var model = net().dense(2, 64).relu().dense(64, 3).softmax();
print(model.summary());
var p = model.forward(data.x());
print(p.shapeString(), "loss", crossEntropy(p, data.y()), "accuracy", accuracy(p, data.y()));

var history = model.fit(data, 1_001, adam(0.05).decay(5e-7), every(250));
print(model.evaluate(data));
