// The loss curve and the decision boundary as PNG images, written headless (no display needed).
// Run it with: scripts/nnsh scripts/examples/png.jsh
seed(0);
var data = spiral(100, 3).shuffle();
var model = net().dense(2, 64).relu().dense(64, 3).softmax();
var history = model.fit(data, 2_001, adam(0.05).decay(5e-7), quiet().validation(0.2));
print(model.evaluate(data));

var dir = java.nio.file.Files.createTempDirectory("nnsh-png");
var loss = plot(history).savePng(dir.resolve("loss").toString());   // no ending: .png is appended
var map = boundary(model, data).savePng(dir.resolve("spiral.png").toString());
print(loss.getFileName(), map.getFileName(), loss.isAbsolute());
var image = javax.imageio.ImageIO.read(map.toFile());
print(image.getWidth(), image.getHeight());

// Another format is refused rather than written as a PNG under a misleading name.
try { plot(history).savePng(dir.resolve("loss.jpg").toString()); } catch (IllegalArgumentException e) { print(e.getMessage().replace(dir.toString(), "DIR")); }
java.nio.file.Files.delete(loss);
java.nio.file.Files.delete(map);
java.nio.file.Files.delete(dir);
