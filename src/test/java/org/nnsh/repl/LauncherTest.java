package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/nnsh in a scratch tree with stand-ins for mvn and java on the PATH: what the launcher
 * decides (when to build, what it runs) without a real build or JVM.
 */
class LauncherTest {
    @TempDir
    Path root;

    @Test
    void twoLaunchesThatBothFindTheJarStaleBuildItOnce() throws Exception {
        assumeTrue(onPath("flock") && onPath("bash"), "needs bash and util-linux flock");
        Path bin = tree();
        // a build takes a while and, like the shade plugin, fails when another one is writing target/ at the same time
        script(bin.resolve("mvn"), "mkdir -p target\n"
                + "mkdir target/.building 2>/dev/null || { echo 'another build is running' >&2; exit 1; }\n"
                + "sleep 1; echo jar > target/nnsh.jar; echo built >> builds; rmdir target/.building\n");
        launchTwice(bin);
        assertEquals(List.of("built"), Files.readAllLines(root.resolve("builds"), StandardCharsets.UTF_8));
    }

    @Test
    void twoLaunchesOfANewBuildBothRemoveTheOldCopiesWithoutFailing() throws Exception {
        assumeTrue(onPath("bash"), "needs bash");
        Path bin = tree();
        script(bin.resolve("mvn"), "echo 'no build expected' >&2; exit 1\n");
        // both launches copy the new build before either removes the old copies: then both remove them
        script(bin.resolve("mv"), "sleep 0.5; exec " + which("mv") + " \"$@\"\n");
        Files.createDirectories(root.resolve("target/run"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(root.resolve("target/run/nnsh-old" + i + ".jar"), "old");
        }
        Files.writeString(root.resolve("target/nnsh.jar"), "jar");
        Files.setLastModifiedTime(root.resolve("target/nnsh.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        launchTwice(bin);
        try (var left = Files.list(root.resolve("target/run"))) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("nnsh-old")).toList());
        }
    }

    @Test
    void aBuildThatWorksShowsOnlyThatItIsBuilding() throws Exception {
        assumeTrue(onPath("bash"), "needs bash");
        Path bin = tree();
        // Maven 3.8 with -q still writes colour resets to a pipe
        script(bin.resolve("mvn"), "mkdir -p target; printf '\\033[0m\\033[0m'; echo jar > target/nnsh.jar\n");
        Process launch = launch(bin);
        assertEquals(0, launch.exitValue());
        assertEquals("nnsh: building " + root.toRealPath().resolve("target/nnsh.jar") + " ...\n",
                Files.readString(root.resolve("launch.out")).replaceAll("(?m)^nnsh: recording .*\n", ""));
    }

    @Test
    void aBuildThatFailsShowsMavensLogAndStops() throws Exception {
        assumeTrue(onPath("bash"), "needs bash");
        Path bin = tree();
        script(bin.resolve("mvn"), "echo '[ERROR] COMPILATION ERROR : Net.java:[3,1] class expected'; exit 1\n");
        script(bin.resolve("java"), "echo 'java must not run' >&2; exit 0\n");
        Process launch = launch(bin);
        assertEquals(1, launch.exitValue());
        String out = Files.readString(root.resolve("launch.out"));
        assertTrue(out.contains("[ERROR] COMPILATION ERROR : Net.java:[3,1] class expected\n"), out);
        assertTrue(out.endsWith("nnsh: the build failed (its log: " + root.toRealPath().resolve("target/build.log") + ")\n"), out);
    }

    /** Runs scripts/nnsh x.jsh once with bin/ first on the PATH, its output and errors in launch.out. */
    private Process launch(Path bin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("scripts/nnsh").toString(), "x.jsh")
                .redirectErrorStream(true).redirectOutput(root.resolve("launch.out").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launch still running");
        return p;
    }

    /** The scratch tree: scripts/nnsh, sources, pom.xml, jshell-startup, and bin/ (returned) with a java that does nothing. */
    private Path tree() throws IOException {
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(Path.of("scripts", "nnsh"), root.resolve("scripts/nnsh"));
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("jshell-startup"), "");
        Path bin = Files.createDirectories(root.resolve("bin"));
        script(bin.resolve("java"), "exit 0\n");
        return bin;
    }

    /** Starts scripts/nnsh twice at once with bin/ first on the PATH; both must succeed. */
    private void launchTwice(Path bin) throws Exception {
        List<Process> launches = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("scripts/nnsh").toString(), "x.jsh")
                    .redirectErrorStream(true).redirectOutput(root.resolve("launch" + i + ".out").toFile());
            pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            launches.add(pb.start());
        }
        for (int i = 0; i < launches.size(); i++) {
            Process p = launches.get(i);
            assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "launch " + i + " still running");
            assertEquals(0, p.exitValue(), "launch " + i + ":\n" + Files.readString(root.resolve("launch" + i + ".out")));
        }
    }

    private static String which(String command) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return Path.of(dir, command).toString();
            }
        }
        throw new IllegalStateException(command + " is not on the PATH");
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean onPath(String command) {
        try {
            which(command);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
