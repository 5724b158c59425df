package org.nnsh.nn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: readers see the old contents or the new ones, never a half-written
 * file, even if the JVM dies mid-write.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, syncs it, then renames it over {@code target}. */
    static void write(Path target, ByteBuffer bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Not Files.createTempFile: it creates the file owner-only (0600), and the rename would give the
        // saved file those permissions instead of the usual ones.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                // Without the sync, a crash soon after the rename can leave the new name pointing at an empty file.
                out.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
