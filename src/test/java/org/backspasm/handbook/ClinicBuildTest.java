package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backspasm.handbook.cli.Main;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Clinic profiles that go wrong, batches with a broken profile, and a clinic's own templates. */
class ClinicBuildTest {

    private static final Path CASES = TestProject.FIXTURES.resolve("profile-problems");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        return TestProject.caseNames(CASES);
    }

    /** The base fixture with the case's profile (and its files) in clinics/. */
    private TestProject withProfile(String name) {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(CASES.resolve(name), project.path("clinics"));
        return project;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyProfileMistakeIsReportedWithFileAndLine(String name) throws IOException {
        List<String> expected = Files.readAllLines(CASES.resolve(name).resolve("expected.txt"));
        TestProject project = withProfile(name);
        TestProject.Run run = TestProject.Run.of("check", "--project", project.dir.toString(), "--clinic",
                project.path("clinics/clinic.yml").toString());
        assertEquals(expected.get(0), "exit " + run.exitCode(), run.err());
        assertEquals(expected.subList(1, expected.size()), run.errLines());
    }

    @Test
    void theExampleProfileInTheRepositoryBuildsAsTheReadmeSays() {
        TestProject.Run run = TestProject.Run.of("check", "--project", TestProject.REPO.toString(), "--clinic",
                TestProject.REPO.resolve("content/clinics/example.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("No problems found in 1 edition.", run.out().strip().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aBrokenProfileDoesNotStopTheOtherEditions() throws IOException {
        TestProject project = withProfile("bad-phone");
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Files.delete(project.path("clinics/us-physio.yml"));
        TestProject.Run run = project.run("build", "--clinic", project.path("clinics").toString());
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("clinics/clinic.yml:2: 'phone': 'call us' is not a phone number"), run.err());
        assertTrue(run.err().contains("Edition clinic not built"), run.err());
        assertTrue(Files.isRegularFile(project.path("site/gb-physio/index.html")), "the good edition is built");
        assertFalse(Files.exists(project.path("site/clinic")), "the broken edition is not written");
    }

    @Test
    void clinicTemplatesOverrideTheDefaultsOfTheSameNameAndTheRestFallBack() throws IOException {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinic-override"), project.path("override"));
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        TestProject.Run run = project.run("build", "--clinic", project.path("override/override.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        var page = Jsoup.parse(project.path("site/override/first-hour.html").toFile(), "UTF-8");
        assertFalse(page.select("article.clinic-override").isEmpty(), "page.ftlh comes from the clinic's folder");
        var index = Jsoup.parse(project.path("site/override/index.html").toFile(), "UTF-8");
        assertFalse(index.select("ol.step-links").isEmpty(), "index.ftlh falls back to the default");
        assertTrue(index.select("article.clinic-override").isEmpty());
    }

    @Test
    void anErrorInAClinicTemplateNamesTheClinicsFile() throws IOException {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinic-override"), project.path("override"));
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Files.writeString(project.path("override/templates/page.ftlh"), "<p>${page.nothing}</p>\n");
        TestProject.Run run = project.run("check", "--clinic", project.path("override/override.yml").toString());
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode());
        assertEquals("override/templates/page.ftlh:1: 'page.nothing' is not defined (or is empty) in this template",
                run.errLines().get(0));
    }
}
