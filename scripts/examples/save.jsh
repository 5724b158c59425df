// Save a trained net, load it back, and carry on training exactly where it stopped.
// Run it with: scripts/nnsh scripts/examples/save.jsh
seed(0);
var data = spiral(100, 3);
var model = net().dense(2, 64).relu().dense(64, 3).softmax();
model.fit(data, 1000, adam(0.05).decay(5e-7), quiet());

// One safetensors file: the architecture, the weights, and Adam with its momentums and caches.
var file = java.nio.file.Files.createTempFile("spiral", ".safetensors");
model.save(file);
var loaded = load(file.toString());
print(model.evaluate(data));
print(loaded.evaluate(data));

// The same seed for both (shuffling and dropout draw from it), then 100 more epochs each.
seed(1);
var more = model.fit(data, 100, quiet());
seed(1);
var resumed = loaded.fit(data, 100, quiet());
print(java.util.Arrays.equals(more.loss(), resumed.loss()), loaded.evaluate(data));
java.nio.file.Files.delete(file);
