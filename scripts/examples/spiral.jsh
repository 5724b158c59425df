// Neural Networks from Scratch, chapter 10's run: a 2-64-3 net learns the three-armed spiral.
// fit prints the book's line every 1000 epochs; the loss is crossEntropy, implied by softmax.
seed(0);
var data = spiral(100, 3);
var model = net().dense(2, 64).relu().dense(64, 3).softmax();
print(model.summary());
var history = model.fit(data, 10_001, adam(0.05).decay(5e-7));
var score = model.evaluate(data);
print(score);
if (score.accuracy() < 0.95) throw new AssertionError("the spiral should be learned, got " + score);
print(plot(history));
print(boundary(model, data));

// New points from the same distribution: how well does it generalise?
seed(1);
print("test:", model.evaluate(spiral(100, 3)));
