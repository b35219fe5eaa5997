package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.backspasm.handbook.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, usage errors, and what happens to an existing site. */
class BuildCommandTest {

    @TempDir
    Path temp;

    @Test
    void helpListsBothCommandsAndExitsZero() {
        TestProject.Run run = TestProject.Run.of("--help");
        assertEquals(Main.OK, run.exitCode());
        assertTrue(run.out().contains("build") && run.out().contains("check"), run.out());
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        TestProject.Run run = TestProject.Run.of("bake");
        assertEquals(Main.USAGE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("handbook: Unmatched argument at index 0: 'bake'"), run.err());
    }

    @Test
    void unknownOptionAndNoCommandAreUsageErrors() {
        assertEquals(Main.USAGE, TestProject.Run.of("build", "--colour").exitCode());
        assertEquals(Main.USAGE, TestProject.Run.of().exitCode());
        assertEquals(Main.USAGE, TestProject.Run.of("build", "--project").exitCode());
    }

    @Test
    void checkWritesNothing() {
        TestProject project = TestProject.base(temp);
        TestProject.Run run = project.run("check");
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertFalse(Files.exists(project.path("site")));
    }

    @Test
    void missingContentFolderIsAProblemNotACrash() {
        TestProject.Run run = TestProject.Run.of("check", "--project", temp.resolve("nowhere").toString());
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("content: content folder not found", run.errLines().get(0));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        TestProject project = TestProject.base(temp);
        assertEquals(Main.OK, project.run("build").exitCode());
        Map<String, String> before = TestProject.hashes(project.path("site"));
        assertTrue(before.containsKey("emergency-card-en-gb-eng.pdf"));

        project.write("content/index.md", "---\ntitle: Start\nsummary: S.\norder: 1\n---\n\n[x](nowhere.md)\n");
        assertEquals(Main.CONTENT_PROBLEMS, project.run("build").exitCode());
        assertEquals(before, TestProject.hashes(project.path("site")));
    }

    @Test
    void aSecondBuildReplacesWhatTheFirstWrote() throws IOException {
        TestProject project = TestProject.base(temp);
        project.write("content/extra.md", "---\ntitle: Extra\nsummary: An extra page.\norder: 40\n---\n\n"
                + "Most back spasms get better.\n");
        assertEquals(Main.OK, project.run("build").exitCode());
        assertTrue(Files.exists(project.path("site/extra.html")));
        Files.delete(project.path("content/extra.md"));
        assertEquals(Main.OK, project.run("build").exitCode());
        assertFalse(Files.exists(project.path("site/extra.html")), "a page taken out of content/ leaves the site");
        assertTrue(Files.exists(project.path("site/index.html")));
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        TestProject project = TestProject.base(temp);
        Files.createDirectories(project.path("site"));
        Files.writeString(project.path("site/precious.txt"), "not ours");
        TestProject.Run run = project.run("build");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("holds files this tool did not write"), run.err());
        assertEquals("not ours", Files.readString(project.path("site/precious.txt")));
    }


    @org.junit.jupiter.api.Test
    void aBuildKilledBetweenTheTwoRenamesIsPutRightByTheNextBuild(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        TestProject project = TestProject.base(temp);
        assertEquals(0, project.run("build").exitCode());
        Map<String, String> before = TestProject.hashes(project.path("site"));
        // What a kill between "site → .site.old-…" and ".site.new-… → site" leaves: no site/, both folders beside it.
        java.nio.file.Files.move(project.path("site"), project.path(".site.old-killed"));
        java.nio.file.Files.createDirectories(project.path(".site.new-killed"));
        java.nio.file.Files.writeString(project.path(".site.new-killed/index.html"), "half written");
        project.writeStartPage("This edit links to [nowhere](nowhere.md).");
        assertEquals(1, project.run("build").exitCode(), "a broken edit is not published");
        assertEquals(before, TestProject.hashes(project.path("site")), "the previous site is back in its place");
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(project.dir)) {
            assertEquals(java.util.List.of(), entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site"))
                    .toList(), "no temporary folder is left");
        }
    }

    @org.junit.jupiter.api.Test
    void filesSomeoneElsePutIntoTheSiteAreKept(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        TestProject project = TestProject.base(temp);
        assertEquals(0, project.run("build").exitCode());
        Files.writeString(project.path("site/CNAME"), "handbook.example.org");
        Files.createDirectories(project.path("site/uploads"));
        Files.writeString(project.path("site/uploads/photo.txt"), "a photo");
        project.writeStartPage("A new start page.");
        assertEquals(0, project.run("build").exitCode());
        assertEquals("handbook.example.org", Files.readString(project.path("site/CNAME")));
        assertEquals("a photo", Files.readString(project.path("site/uploads/photo.txt")));
        assertTrue(Files.readString(project.path("site/index.html")).contains("A new start page."));
    }
}
