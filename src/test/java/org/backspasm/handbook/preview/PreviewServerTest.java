package org.backspasm.handbook.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.backspasm.handbook.build.Build;
import org.backspasm.handbook.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview on 127.0.0.1: an edit shows up; a broken edit keeps the last good site and says why. */
class PreviewServerTest {

    @org.junit.jupiter.api.BeforeAll
    static void quietLibraries() {
        org.backspasm.handbook.cli.Main.quietLibraries();
    }

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void editsShowUpBrokenEditsKeepTheLastGoodSiteAndFixesRecover() throws Exception {
        TestProject project = TestProject.base(temp);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Build.Options options = Build.Options.forProject(project.dir);
        try (PreviewServer preview = PreviewServer.start(options, Optional.empty(), 0,
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            assertTrue(get(preview, "/").contains("Most back spasms get better."));
            assertTrue(get(preview, "/style.css").contains(".breathe"));

            project.writeStartPage("A fresh line after the save.");
            String edited = waitFor(preview, "/index.html", body -> body.contains("A fresh line after the save."));
            assertFalse(edited.contains("preview-problems"));

            project.writeStartPage("This edit links to [nowhere](nowhere.md).");
            String broken = waitFor(preview, "/index.html", body -> body.contains("preview-problems"));
            assertTrue(broken.contains("A fresh line after the save."), "the last good build is still served");
            assertTrue(broken.contains("content/index.md:7: link to &apos;nowhere.md&apos; not found"), broken);
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("content/index.md:7: link to 'nowhere.md' not found"));

            project.writeStartPage("Now it is all fine.");
            String fixed;
            try {
                fixed = waitFor(preview, "/index.html", body -> body.contains("Now it is all fine."));
            } catch (AssertionError e) {
                throw new AssertionError(log.toString(StandardCharsets.UTF_8), e);
            }
            assertFalse(fixed.contains("preview-problems"));
            assertEquals(404, http.send(request(preview, "/nothing.html"), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
        }
    }

    @Test
    void servesEveryLanguageAndShowsAProblemInATranslation() throws Exception {
        TestProject project = TestProject.base(temp).overlay(TestProject.FIXTURES.resolve("translated"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PreviewServer preview = PreviewServer.start(Build.Options.forProject(project.dir), Optional.empty(), 0,
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            assertTrue(get(preview, "/es/").contains("lang=\"es\""), "the Spanish edition is served at /es/");
            assertTrue(get(preview, "/es/first-hour.html").contains("Respire lento"));
            Path spanish = project.path("content/es/index.md");
            java.nio.file.Files.writeString(spanish, java.nio.file.Files.readString(spanish)
                    .replace("(first-hour.md)", "(primera-hora.md)"));
            String broken = waitFor(preview, "/index.html", body -> body.contains("preview-problems"));
            assertTrue(broken.contains("content/es/index.md"), "a problem in content/es/ reaches the banner: " + broken);
        }
    }

    /**
     * Editors and sed save by writing a temporary copy and moving it over the page. The copy, made and gone between
     * two rebuilds, is not a change to the handbook: the page edit still takes the quick way, pages only.
     */
    @Test
    void aPageSavedThroughATemporaryCopyRebuildsThePagesOnly() throws Exception {
        TestProject project = TestProject.base(temp);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PreviewServer preview = PreviewServer.start(Build.Options.forProject(project.dir), Optional.empty(), 0,
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            Path page = project.path("content/index.md");
            Path copy = project.path("content/sedX1b2c3");
            Files.writeString(copy, Files.readString(page).replace("Most back spasms get better.",
                    "Saved through a copy."));
            Files.move(copy, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            waitFor(preview, "/index.html", body -> body.contains("Saved through a copy."));
            String said = log.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("Changed: [index.md]") && said.contains("Rebuilt the pages in "), said);
        }
    }

    @Test
    void servesOnlyOnTheLoopbackAddress() throws IOException {
        TestProject project = TestProject.base(temp);
        try (PreviewServer preview = PreviewServer.start(Build.Options.forProject(project.dir), Optional.empty(), 0,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            assertTrue(preview.port() > 0);
            assertTrue(preview.address().isLoopbackAddress(), preview.address().toString());
        }
    }

    private HttpRequest request(PreviewServer preview, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path))
                .timeout(Duration.ofSeconds(5)).build();
    }

    private String get(PreviewServer preview, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(preview, path), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** Polls until the page matches, for at most 20 s: the tests wait on behaviour, never assert on time. */
    private String waitFor(PreviewServer preview, String path, Predicate<String> ready) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        String body = get(preview, path);
        while (!ready.test(body) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            body = get(preview, path);
        }
        assertTrue(ready.test(body), "not updated in time: " + body.substring(0, Math.min(300, body.length())));
        return body;
    }

}
