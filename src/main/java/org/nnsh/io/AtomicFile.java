package org.nnsh.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: readers see the old contents or the new ones, never a half-written
 * file, even if the JVM dies mid-write. Shared by saved nets ({@code nn}), PNG charts ({@code plot}),
 * and the shell's saved scripts and recorded transcripts ({@code repl}); not part of the preloaded
 * vocabulary, so it lives outside the imported packages.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, syncs it, then renames it over {@code target}. */
    public static void write(Path target, ByteBuffer bytes) throws IOException {
        Path absolute = followLinks(target.toAbsolutePath());
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            // The rename would put a regular file in place of a device or a pipe (as root, /dev/full itself).
            throw new FileSystemException(target.toString(), null, target + " is not a regular file (a device, a pipe or a socket)");
        }
        // Not Files.createTempFile: it creates the file owner-only (0600), and the rename would give the
        // saved file those permissions instead of the usual ones.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createFile(temporary);
            // A RandomAccessFile, not a FileChannel: a channel is closed by the thread's interrupt, and a fit
            // stopped by Ctrl-C or Thread.interrupt leaves that set, so save right after it failed with
            // ClosedByInterruptException; writing a few kilobytes is quick enough to finish regardless.
            try (RandomAccessFile out = new RandomAccessFile(temporary.toFile(), "rw")) {
                byte[] array = new byte[bytes.remaining()];
                bytes.get(array);
                out.write(array);
                // Without the sync, a crash soon after the rename can leave the new name pointing at an empty file.
                out.getFD().sync();
            }
            keepPermissions(absolute, temporary);
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

    /**
     * The replaced file's permissions on its replacement: the new file is created with the umask's
     * (rw-r--r--), and a model the user had made private (chmod 600) would become readable by all.
     */
    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (!Files.isRegularFile(existing)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the ACLs of the directory apply to both alike
        }
    }

    /**
     * The file a symbolic link leads to: renaming over the link itself would replace it with a regular
     * file and leave the file it points at (latest.safetensors → run7.safetensors) unchanged. A dangling
     * link leads to the file it names, which the write creates, as writing through the link would.
     */
    private static Path followLinks(Path path) throws IOException {
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new FileSystemException(path.toString(), null, path + ": too many levels of symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path));
        }
        return path;
    }

    /**
     * "directory D does not exist" for {@code path}, whose parent D is missing; for a path starting
     * with {@code ~}, also that Java does not expand it as a shell does: {@code ~/runs/loss.png} names a
     * folder called {@code ~} in the working directory, which a user meaning home would not guess.
     */
    public static String missingDirectory(Path path, Path directory) {
        String why = "directory " + directory + " does not exist";
        return path.startsWith("~") ? why + " (Java does not expand ~ to the home directory; use System.getProperty(\"user.home\"))" : why;
    }

    /**
     * Why {@code path} could not be read or written, in words rather than as an exception class: the
     * file system is asked what is wrong with the path, as the exceptions name only the call that failed.
     */
    public static String problem(Path path, IOException e, boolean writing) {
        Path absolute = path.toAbsolutePath();
        Path directory = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return path + " is a directory, not a file";
        }
        if (directory != null && !Files.isDirectory(directory)) {
            return Files.exists(directory) ? directory + " is a file, not a directory" : missingDirectory(path, directory);
        }
        if (e instanceof NoSuchFileException && !writing) {
            return "there is no file " + path;
        }
        if (e instanceof AccessDeniedException) {
            // When writing, the file denied is the temporary one beside the target, whose name would only confuse.
            return writing ? "permission denied: cannot create a file in " + directory : "permission denied: cannot read " + path;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (writing && e instanceof FileSystemException) {
            // no reason given (a file system that refuses new files, as /proc does): the exception's own text
            // is only the temporary file's name
            return "cannot create a file in " + directory;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
