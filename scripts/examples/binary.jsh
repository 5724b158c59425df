// Chapter 16: one sigmoid output says "class 1?" for a two-armed spiral, trained with
// binaryCrossEntropy (implied by sigmoid). An L2 penalty on the first layer keeps its weights small;
// the reported loss includes it.
seed(0);
var data = spiral(100, 2);
var model = net().dense(2, 64).l2(5e-4).relu().dense(64, 1).sigmoid();
var history = model.fit(data, 10_001, adam().decay(5e-7));
var score = model.evaluate(data);
print(score);
if (score.accuracy() < 0.9) throw new AssertionError("two arms should be told apart, got " + score);
print("first rows' classes:", Arrays.toString(model.predict(data.x().head(5))));
