package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backspasm.handbook.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A clinic's template override can read the handbook's data and nothing else: no file, no Java object, no
 * endless loop or recursion that ends in a trace.
 */
class TemplateSandboxTest {

    @TempDir
    Path temp;

    /** The base fixture with a clinic whose templates folder holds {@code page.ftlh} as given. */
    private TestProject withPageTemplate(String body) throws IOException {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Files.createDirectories(project.path("clinics/t"));
        Files.writeString(project.path("clinics/t/page.ftlh"), "<#import \"layout.ftlh\" as layout>\n"
                + "<@layout.page title=page.title description=page.summary file=page.fileName()>\n"
                + body + "\n</@layout.page>\n");
        Path profile = project.path("clinics/gb-physio.yml");
        Files.writeString(profile, Files.readString(profile) + "templates: t\n");
        return project;
    }

    private TestProject.Run build(TestProject project) {
        return project.run("build", "--html-only", "--clinic", project.path("clinics/gb-physio.yml").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // F1 of the security review: a Path from the model, and the file system behind it
        "<#assign p = clinic.logoSource()>${p.getFileSystem().provider()}",
        "${clinic.logoSource().toFile().delete()?c}",
        "<#list clinic.templatesDir().get().toFile().list() as f>${f}</#list>",
        // An Optional reaches a template as its value, but not an Optional of a path
        "${clinic.templatesDir}",
        "<#list clinic.templatesDir.toFile().list() as f>${f}</#list>",
        "${handbook.clinic().get().logoSource()}",
        "${page.getClass().getName()}",
        "${handbook.settings().region().emergencyNumbers()?size}${\"x\"?api.getClass()}"})
    void aTemplateCannotReachFilesOrJavaObjects(String body) throws IOException {
        TestProject project = withPageTemplate(body);
        Path victim = temp.resolve("victim.txt");
        Files.writeString(victim, "SENTINEL");
        TestProject.Run run = build(project);
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("clinics/t/page.ftlh:3:"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertEquals("SENTINEL", Files.readString(victim));
        assertFalse(Files.exists(project.path("site/gb-physio")), "nothing published");
    }

    @Test
    void theHandbooksOwnDataStaysReadable() throws IOException {
        TestProject.Run run = build(withPageTemplate("<p id=\"probe\">${clinic.name} ${clinic.phoneHref()} "
                + "${handbook.firstHour().title} ${handbook.settings.region.emergency}</p>"));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void endlessRecursionIsAProblemNotAStackTrace() throws IOException {
        TestProject.Run run = build(withPageTemplate("<#macro again n><@again n + 1/></#macro><@again 0/>"));
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().contains("clinics/t/page.ftlh: the template calls itself without end"), run.err());
        assertFalse(run.err().contains("StackOverflowError"));
    }

    @Test
    void aRunawayLoopIsStoppedByTheOutputLimit() throws IOException {
        TestProject.Run run = build(withPageTemplate("<#list 1..100000000 as i>${i} </#list>"));
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().contains("clinics/t/page.ftlh: the template writes more than 20 million characters"),
                run.err());
    }

    @Test
    void aTemplateSymlinkedFromOutsideTheProfilesFolderIsAProblemNamingTheLink() throws IOException {
        TestProject project = withPageTemplate("");
        Path outside = temp.resolve("outside.ftlh");
        Files.writeString(outside, "OUTSIDE-TEMPLATE");
        Files.delete(project.path("clinics/t/page.ftlh"));
        Files.createSymbolicLink(project.path("clinics/t/page.ftlh"), outside);
        TestProject.Run run = build(project);
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals("clinics/t/page.ftlh: this template is a symbolic link that leads out of its folder; copy the "
                + "file here instead", run.errLines().get(0));
        assertFalse(run.out().contains("OUTSIDE-TEMPLATE"));
        assertFalse(Files.exists(project.path("site/gb-physio")), "nothing published");
    }

    @Test
    void anIncludedTemplateSymlinkedFromOutsideIsAProblemNotAnInternalError() throws IOException {
        TestProject project = withPageTemplate("<#include \"extra.ftlh\">");
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("extra.ftlh"), "OUTSIDE-TEMPLATE");
        Files.createDirectories(project.path("clinics/t/parts"));
        Files.createSymbolicLink(project.path("clinics/t/extra.ftlh"), outside.resolve("extra.ftlh"));
        Files.createSymbolicLink(project.path("clinics/t/parts/more"), outside);
        TestProject.Run run = build(project);
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertEquals(List.of("clinics/t/extra.ftlh: this template is a symbolic link that leads out of its folder; "
                        + "copy the file here instead",
                "clinics/t/parts/more: this template is a symbolic link that leads out of its folder; copy the file "
                        + "here instead"), run.errLines().subList(0, 2));
    }

    @Test
    void aTemplatesFolderThatIsASymlinkOutOfTheProfilesFolderIsAProblem() throws IOException {
        TestProject project = withPageTemplate("");
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.move(project.path("clinics/t"), outside.resolve("t"));
        Files.createSymbolicLink(project.path("clinics/t"), outside.resolve("t"));
        TestProject.Run run = build(project);
        assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.errLines().get(0).matches("clinics/gb-physio\\.yml:\\d+: templates folder 't' is a symbolic "
                + "link that leads out of the profile's folder; copy the templates here instead"), run.err());
    }

    @Test
    void thePdfRendererFetchesNothingATemplateNames() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort();
            Path outside = temp.resolve("secret.png");
            ClinicEditionTest.writePngLogo(outside);
            TestProject project = withPageTemplate("");
            String card = Files.readString(project.path("templates/card.ftlh"))
                    .replace("<body>", "<body><img src=\"" + url + "/card.png\" alt=\"x\"><img src=\""
                            + outside.toUri() + "\" alt=\"y\">")
                    .replace("<style>", "<style>@import url(" + url + "/style.css); ");
            Files.writeString(project.path("clinics/t/card.ftlh"), card);
            TestProject.Run run = project.run("build", "--clinic", project.path("clinics/gb-physio.yml").toString());
            assertEquals(0, run.exitCode(), run.err());
            listener.setSoTimeout(500);
            boolean connected;
            try (java.net.Socket ignored = listener.accept()) {
                connected = true;
            } catch (java.net.SocketTimeoutException e) {
                connected = false;
            }
            assertFalse(connected, "the build connected to " + url);
            Path pdf = SiteChecks.card(project.path("site/gb-physio"));
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var resources = document.getPage(0).getResources();
                for (var name : resources.getXObjectNames()) {
                    assertFalse(resources.isImageXObject(name), "no image from outside the edition is embedded");
                }
            }
        }
    }

    @Test
    void aLoopThatWritesNothingIsStoppedByTheTimeLimit() throws IOException {
        System.setProperty("handbook.template-seconds", "2");
        try {
            TestProject.Run run = build(withPageTemplate("<#list 1..2000000000 as i></#list>"));
            assertEquals(Main.CONTENT_PROBLEMS, run.exitCode(), run.err());
            assertTrue(run.err().contains("clinics/t/page.ftlh: the template ran for more than 2 seconds and was "
                    + "stopped"), run.err());
        } finally {
            System.clearProperty("handbook.template-seconds");
        }
    }
}
