package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backspasm.handbook.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files stay inside: a symbolic link in content/ or beside a profile that leads out is a problem (F6, F18). */
class SymlinkTest {

    @TempDir
    Path temp;

    @Test
    void aLinkedFileOrImageLeadingOutOfTheContentFolderIsAProblem() throws IOException {
        TestProject project = TestProject.base(temp);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("victim.txt"), "SENTINEL-VICTIM");
        ClinicEditionTest.writePngLogo(outside.resolve("secret.png"));
        Files.createSymbolicLink(project.path("content/leak.txt"), outside.resolve("victim.txt"));
        Files.createSymbolicLink(project.path("content/evil.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(project.path("content/outdir"), outside);
        project.writeStartPage("Read [the notes](leak.txt) and [more](outdir/victim.txt).\n\n![A red box](evil.png)");
        TestProject.Run run = project.run("build");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.errLines().contains("content/index.md:7: link to 'leak.txt' leads out of the content folder "
                + "(a symbolic link); copy the file into the content folder instead"), run.err());
        assertTrue(run.errLines().contains("content/index.md:7: link to 'outdir/victim.txt' leads out of the content "
                + "folder (a symbolic link); copy the file into the content folder instead"), run.err());
        assertTrue(run.errLines().contains("content/index.md:9: image 'evil.png' leads out of the content folder "
                + "(a symbolic link); copy the file into the content folder instead"), run.err());
        assertFalse(Files.exists(project.path("site")));
    }

    @Test
    void aLinkedPageLeadingOutIsAProblem() throws IOException {
        TestProject project = TestProject.base(temp);
        Path outside = temp.resolve("outside.md");
        Files.writeString(outside, "---\ntitle: Out\nsummary: Out.\norder: 50\n---\n\nOutside.\n");
        Files.createSymbolicLink(project.path("content/outside.md"), outside);
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.errLines().contains("content/outside.md: this page is a symbolic link that leads out of its "
                + "folder; copy the page here instead"), run.err());
    }

    @Test
    void aLogoLinkedFromOutsideTheProfilesFolderIsAProblem() throws IOException {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Path outside = temp.resolve("secret.svg");
        Files.copy(project.path("clinics/riverside-logo.svg"), outside);
        Files.delete(project.path("clinics/riverside-logo.svg"));
        Files.createSymbolicLink(project.path("clinics/riverside-logo.svg"), outside);
        TestProject.Run run = project.run("check", "--clinic", project.path("clinics/gb-physio.yml").toString());
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("logo 'riverside-logo.svg' is a symbolic link that leads out of the profile's "
                + "folder; copy the logo beside the profile"), run.err());
    }

    @Test
    void aTranslationFolderLinkedFromOutsideIsAProblem() throws IOException {
        TestProject project = TestProject.base(temp).overlay(TestProject.FIXTURES.resolve("translated"));
        Path outside = temp.resolve("es-outside");
        Files.move(project.path("content/es"), outside);
        Files.createSymbolicLink(project.path("content/es"), outside);
        TestProject.Run run = project.run("check");
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.errLines().contains("content/es/index.md: this page is a symbolic link that leads out of its "
                + "folder; copy the page here instead"), run.err());
    }
}
