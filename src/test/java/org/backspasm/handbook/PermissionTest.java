package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backspasm.handbook.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the build may not read or delete (F15, F20): the message names the real cause, "permission denied",
 * the exit is 1 (not an internal error), and a previous site that cannot be deleted does not turn a finished
 * build into a failure. The superuser reads every file whatever its mode, so as root the command runs as the
 * user {@code nobody} ({@code setpriv}), from a copy of the class path that user can read.
 */
class PermissionTest {

    private static final int NOBODY = 65534;

    @TempDir
    static Path shared;

    private static boolean root;
    private static String classPath;

    @TempDir
    Path temp;

    @BeforeAll
    static void readableClassPath() throws IOException, InterruptedException {
        root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).strip());
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (!root) {
            classPath = path;
            return;
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is needed to run as nobody");
        Path libs = Files.createDirectories(shared.resolve("libs"));
        List<String> copied = new ArrayList<>();
        int n = 0;
        for (String entry : path.split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = libs.resolve(n++ + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                TestProject.copyTree(from, to);
            } else {
                Files.copy(from, to);
            }
            copied.add(to.toString());
        }
        openToAll(shared);
        classPath = String.join(File.pathSeparator, copied);
    }

    /** Lets every user read (and the project folder: write) what the test made; root's temp folders are 700. */
    private static void openToAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs the command line in a JVM of its own, as another user than the files' owner when we are root. */
    private static Run runElsewhere(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "org.backspasm.handbook.cli.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--project", project.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        int code = process.waitFor();
        return new Run(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)
                .lines().filter(l -> !l.startsWith("SLF4J")).reduce("", (a, b) -> a + b + "\n"));
    }

    private TestProject project() throws IOException {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxrwxrwx"));
        TestProject project = TestProject.base(temp);
        openToAll(project.dir);
        return project;
    }

    /** Every path a test closed, opened again after it so that the temporary folder can be removed. */
    private final List<Path> closed = new ArrayList<>();

    private void mode(Path path, String mode) throws IOException {
        closed.add(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    @org.junit.jupiter.api.AfterEach
    void openAgain() throws IOException {
        for (int i = closed.size() - 1; i >= 0; i--) {
            Path path = closed.get(i);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwxrwxrwx" : "rw-rw-rw-"));
        }
    }

    @Test
    void aContentFolderNobodyMayOpenIsPermissionDeniedNotNotFound() throws Exception {
        TestProject project = project();
        mode(project.path("content"), "---------");
        Run run = runElsewhere(project.dir, "check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals("content: cannot open the content folder: permission denied; let your user read it\n"
                + "1 problem; fix them and run check again.\n", run.err());
    }

    @Test
    void aContentFolderThatCanBeEnteredButNotListedIsAProblemNotAnInternalError() throws Exception {
        TestProject project = project();
        mode(project.path("content"), "--x--x--x");
        Run run = runElsewhere(project.dir, "check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("content: cannot open the content folder: permission denied"), run.err());
    }

    @Test
    void aPageNobodyMayReadIsNamedWithTheRealCause() throws Exception {
        TestProject project = project();
        mode(project.path("content/index.md"), "---------");
        Run run = runElsewhere(project.dir, "check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/index.md: cannot read this file: permission denied\n"), run.err());
        assertFalse(run.err().contains("not found"), run.err());
    }

    @Test
    void aSettingsFileNobodyMayReadIsNotReportedMissing() throws Exception {
        TestProject project = project();
        mode(project.path("content/handbook.yml"), "---------");
        Run run = runElsewhere(project.dir, "check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/handbook.yml: cannot read this file: permission denied\n"), run.err());
        assertFalse(run.err().contains("not found"), run.err());
    }

    @Test
    void aTemplateOrMessagesFileNobodyMayReadIsOneProblemNotAnInternalError() throws Exception {
        TestProject project = project();
        mode(project.path("templates/page.ftlh"), "---------");
        Run run = runElsewhere(project.dir, "check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals("templates/page.ftlh: cannot read this template: permission denied\n"
                + "1 problem; fix them and run check again.\n", run.err());
        mode(project.path("templates/page.ftlh"), "rw-rw-rw-");
        mode(project.path("templates/messages/en.yml"), "---------");
        run = runElsewhere(project.dir, "check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals("templates/messages/en.yml: cannot read this file: permission denied\n"
                + "1 problem; fix them and run check again.\n", run.err(), "and no knock-on problem per template");
    }

    @Test
    void aTemplatesFolderNobodyMayOpenIsNamed() throws Exception {
        TestProject project = project();
        mode(project.path("templates"), "---------");
        Run run = runElsewhere(project.dir, "check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals("templates: cannot open the templates folder: permission denied; let your user read it\n"
                + "1 problem; fix them and run check again.\n", run.err());
    }

    @Test
    void aPreviousSiteThatCannotBeDeletedLeavesTheNewSiteInPlaceWithAWarning() throws Exception {
        TestProject project = project();
        TestProject.Run first = project.run("build", "--html-only");
        assertEquals(0, first.exitCode(), first.err());
        String before = Files.readString(project.path("site/index.html"));
        project.writeStartPage("A changed start page, built by the second run.");
        openToAll(project.dir);
        // A folder of the old site whose files may not be deleted: another user's, or read-only.
        mode(project.path("site"), "r-xr-xr-x");
        try {
            Run run = runElsewhere(project.dir, "build", "--html-only");
            assertEquals(0, run.exitCode(), run.err());
            String after = Files.readString(project.path("site/index.html"));
            assertTrue(after.contains("A changed start page"), "the new site is in place");
            assertFalse(before.contains("A changed start page"));
            List<Path> old;
            try (Stream<Path> entries = Files.list(project.dir)) {
                old = entries.filter(p -> p.getFileName().toString().startsWith(".site.old-")).toList();
            }
            assertEquals(1, old.size(), "the old site is left beside the new one");
            assertEquals(old.get(0).getFileName() + ": warning: an old copy of the output that could not be "
                    + "deleted (permission denied); the new output is in place; delete this folder yourself\n",
                    run.err());
            assertFalse(run.err().contains("unchanged"), run.err());
        } finally {
            try (Stream<Path> all = Files.walk(project.dir)) {
                for (Path p : all.filter(Files::isDirectory).toList()) {
                    mode(p, "rwxrwxrwx");
                }
            }
        }
    }
}
