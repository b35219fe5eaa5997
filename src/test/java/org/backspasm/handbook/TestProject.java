package org.backspasm.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.backspasm.handbook.cli.Main;

/** A throw-away project folder for one test: fixture content, the real templates, and a way to run the CLI. */
public final class TestProject {

    public static final Path REPO = Path.of("").toAbsolutePath();
    public static final Path FIXTURES = REPO.resolve("src/test/resources/fixtures");

    public final Path dir;

    private TestProject(Path dir) {
        this.dir = dir;
    }

    /** The base fixture (a small valid handbook) with the real templates, under {@code parent}. */
    public static TestProject base(Path parent) {
        TestProject project = new TestProject(parent.resolve("project"));
        copyTree(FIXTURES.resolve("base/content"), project.dir.resolve("content"));
        copyTree(REPO.resolve("templates"), project.dir.resolve("templates"));
        return project;
    }

    /** The real content and templates of this repository, copied. */
    public static TestProject real(Path parent) {
        TestProject project = new TestProject(parent.resolve("project"));
        copyTree(REPO.resolve("content"), project.dir.resolve("content"));
        copyTree(REPO.resolve("templates"), project.dir.resolve("templates"));
        return project;
    }

    /** Copies every file of {@code overlay} (content/ and templates/ files) over this project. */
    public TestProject overlay(Path overlay) {
        for (String folder : List.of("content", "templates")) {
            if (Files.isDirectory(overlay.resolve(folder))) {
                copyTree(overlay.resolve(folder), dir.resolve(folder));
            }
        }
        return this;
    }

    /** A renderer for tests that build without the command line, with the libraries' logging off as it has. */
    public static org.backspasm.handbook.render.Renderer renderer() {
        org.backspasm.handbook.cli.Main.quietLibraries();
        return org.backspasm.handbook.render.Renderer.start();
    }

    /** The repository's templates with their English words, from {@code renderer}, as an English edition gets them. */
    public static org.backspasm.handbook.render.Templates englishTemplates(org.backspasm.handbook.render.Renderer renderer) {
        List<org.backspasm.handbook.render.Templates.Folder> folders = List.of(
                new org.backspasm.handbook.render.Templates.Folder(REPO.resolve("templates"), "templates"));
        return renderer.templates(folders).withMessages(org.backspasm.handbook.render.Messages.load(folders, "en", "en",
                new org.backspasm.handbook.problem.ProblemList()));
    }

    public Path path(String relative) {
        return dir.resolve(relative);
    }

    public void write(String relative, String text) {
        try {
            Files.createDirectories(path(relative).getParent());
            Files.writeString(path(relative), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the start page with one whose body is {@code markdown}. */
    public void writeStartPage(String markdown) {
        write("content/index.md", "---\ntitle: Start here\nsummary: What to do.\norder: 1\n---\n\n" + markdown + "\n");
    }

    /** Runs the command line with {@code --project} set to this project. */
    public Run run(String command, String... more) {
        String[] args = Stream.concat(Stream.of(command, "--project", dir.toString()), Stream.of(more))
                .toArray(String[]::new);
        return Run.of(args);
    }

    /** The outcome of one command-line run. */
    public record Run(int exitCode, String out, String err) {

        public static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** The SHA-256 of every file under {@code dir}, by relative path. */
    public static java.util.Map<String, String> hashes(Path dir) throws IOException {
        java.util.Map<String, String> hashes = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    hashes.put(dir.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return hashes;
    }

    /** The names of the case folders under {@code dir}, sorted: one parameterized test case each. */
    public static Stream<String> caseNames(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.list(dir)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
