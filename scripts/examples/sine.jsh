// Chapter 17: regression. A linear output means mse (implied); accuracy is the book's: the share
// of predictions within std(y)/250 of the target. With 0.01·randn weights (the default, right for
// the spiral) this net stalls at a loss of 0.03; Glorot-uniform weights, Keras' default, let it fit.
seed(0);
var data = sine(500);
var model = net().dense(1, 64).glorot().relu().dense(64, 64).glorot().relu().dense(64, 1).glorot().linear();
var history = model.fit(data, 1_001, adam(0.01).decay(1e-3), every(250));
var score = model.evaluate(data);
print(score);
if (score.loss() > 1e-4) throw new AssertionError("the sine should be fitted closely, got " + score);
print("at x = 0.25:", model.forward(matrix(new double[] {0.25})).get(0, 0), "vs sin(π/2) =", Math.sin(Math.PI / 2));
