package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under fixtures/problems is the base fixture with one mistake laid over it (and files named in
 * remove.txt taken away, and the options in args.txt added). Its expected.txt holds the exit code and the exact
 * error output a clinic editor sees.
 */
class BadContentTest {

    private static final Path CASES = TestProject.FIXTURES.resolve("problems");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        return TestProject.caseNames(CASES);
    }

    private TestProject project(String name) throws IOException {
        Path dir = CASES.resolve(name);
        TestProject project = TestProject.base(temp).overlay(dir);
        Path remove = dir.resolve("remove.txt");
        if (Files.exists(remove)) {
            for (String file : Files.readAllLines(remove)) {
                Files.delete(project.path(file.strip()));
            }
        }
        return project;
    }

    @Test
    void theBaseFixtureItselfHasNoProblems() {
        TestProject.Run run = TestProject.base(temp).run("check");
        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
    }

    private static String[] args(String name) throws IOException {
        Path args = CASES.resolve(name).resolve("args.txt");
        return Files.exists(args) ? Files.readString(args).strip().split("\\s+") : new String[0];
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkReportsTheExactProblemWithFileAndLine(String name) throws IOException {
        List<String> expected = Files.readAllLines(CASES.resolve(name).resolve("expected.txt"));
        TestProject.Run run = project(name).run("check", args(name));
        assertEquals(expected.get(0), "exit " + run.exitCode(), run.err());
        assertEquals(expected.subList(1, expected.size()), run.errLines());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildFailsTheSameWayAndWritesNothing(String name) throws IOException {
        List<String> expected = Files.readAllLines(CASES.resolve(name).resolve("expected.txt"));
        TestProject project = project(name);
        TestProject.Run run = project.run("build", args(name));
        assertEquals(expected.get(0), "exit " + run.exitCode());
        if (run.exitCode() == 0) {
            assertEquals(expected.subList(1, expected.size()), run.errLines(), "warnings only");
            assertTrue(Files.exists(project.path("site/index.html")), "a warning does not stop the build");
            return;
        }
        assertEquals(expected.subList(1, expected.size() - 1), run.errLines().subList(0, run.errLines().size() - 1));
        assertFalse(Files.exists(project.path("site")), "site/ must not be written");
        try (Stream<Path> siblings = Files.list(project.dir)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".site")), "no temporary folder left");
        }
    }
}
