package org.nnsh.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.nnsh.io.AtomicFile;

/**
 * Where a chart's PNG goes and how it gets there: the path is checked and completed before anything
 * is drawn, the image is encoded in memory, then written atomically (a temporary file beside the
 * target, renamed over it), so a failed write never leaves half a PNG behind. Every failure is an
 * exception whose message starts with the operation and the path.
 */
final class PngFile {
    /** Endings that name another image or document format: a user asking for one gets a refusal, not a PNG in disguise. */
    private static final Set<String> OTHER_FORMATS = Set.of(
            "jpg", "jpeg", "gif", "bmp", "svg", "pdf", "eps", "ps", "tif", "tiff", "webp", "avif", "heic", "ico");

    /** Draws the chart as PNG bytes; called once the path has passed its checks. */
    interface Renderer {
        byte[] png() throws IOException;
    }

    private PngFile() {
    }

    /**
     * The target for {@code path}: as given when it ends in {@code .png} (any case); with
     * {@code .png} appended when it has no ending or one that is no image format ({@code loss} and
     * {@code run.v2} become {@code loss.png} and {@code run.v2.png}); refused when it names another
     * format ({@code chart.jpg}), since a PNG under that name would mislead every viewer.
     */
    static Path target(String operation, String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(operation + ": the path is " + (path == null ? "null" : "empty")
                    + "; give a file name such as \"chart.png\"");
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(operation + " " + path + ": not a valid path (" + e.getReason() + ")", e);
        }
        Path name = p.getFileName();
        if (name == null || name.toString().equals(".") || name.toString().equals("..") || path.endsWith("/")
                || path.endsWith(java.io.File.separator)) {
            throw new IllegalArgumentException(operation + " " + path + ": the path names a directory; give a file name such as "
                    + p.resolve("chart.png"));
        }
        if (Files.isDirectory(p)) {
            // before .png is appended: savePng("out") with a directory out/ must not quietly write out.png beside it
            throw new IllegalArgumentException(operation + " " + path + ": " + path + " is a directory, not a file; give a file name such as "
                    + p.resolve("chart.png"));
        }
        String file = name.toString();
        int dot = file.lastIndexOf('.');
        String ending = dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (ending.equals("png")) {
            return p;
        }
        if (OTHER_FORMATS.contains(ending)) {
            throw new IllegalArgumentException(operation + " " + path + ": only PNG is written, not " + ending.toUpperCase(Locale.ROOT)
                    + "; name the file " + file.substring(0, dot) + ".png");
        }
        return p.resolveSibling(file + ".png");
    }

    /**
     * Writes the PNG {@code renderer} draws to {@code path} (completed by {@link #target}) and returns
     * the file's absolute path. A missing or non-directory parent and a directory in the way are
     * refused before the chart is drawn.
     */
    static Path write(String operation, String path, Renderer renderer) {
        Path target = target(operation, path);
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new UncheckedIOException(operation + " " + target + ": " + target + " is a directory, not a file",
                    new IOException(absolute + " is a directory"));
        }
        if (directory != null && !Files.isDirectory(directory)) {
            String why = Files.exists(directory) ? directory + " is a file, not a directory" : AtomicFile.missingDirectory(target, directory);
            throw new UncheckedIOException(operation + " " + target + ": " + why, new IOException(why));
        }
        ensureHeadless();
        byte[] png;
        try {
            png = renderer.png();
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " " + target + ": the PNG could not be encoded: " + e.getMessage(), e);
        } catch (java.awt.AWTError | java.awt.HeadlessException | UnsatisfiedLinkError e) {
            // a JVM started with -Djava.awt.headless=false and no display, or without the JDK's imaging libraries
            throw new IllegalStateException(operation + " " + target + ": Java cannot draw here (" + e
                    + "); start the JVM with -Djava.awt.headless=true", e);
        }
        try {
            AtomicFile.write(absolute, ByteBuffer.wrap(png));
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " " + target + ": " + AtomicFile.problem(target, e, true), e);
        }
        return absolute;
    }

    /**
     * nnsh draws PNGs off screen and never opens a window: without {@code java.awt.headless} AWT would
     * look for a display (and fail on a server, or start a desktop toolkit on a laptop). An explicit
     * setting, either way, is left as the user made it. Only called when a PNG is written, so a
     * session that writes none never loads AWT.
     */
    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
