package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of link and image a page may hold, and the message for each that does not resolve. */
class LinkCheckerTest {

    @TempDir
    Path content;

    private Page index;
    private Map<String, Page> pages;

    private static Page page(String slug, Set<String> ids) {
        return new Page(slug, "content/" + slug + ".md", slug, slug, "", 1, "", List.of(), List.of(), ids, java.util.Map.of(), List.of(), 1, List.of(),
                List.of(), List.of());
    }

    @BeforeEach
    void pages() throws IOException {
        index = page("index", Set.of("take-a-breath", "misting"));
        pages = Map.of("index", index, "first-hour", page("first-hour", Set.of("breathe")),
                "heat-or-cold", page("heat-or-cold", Set.of()));
        Files.writeString(content.resolve("notes.txt"), "notes");
        Files.writeString(content.resolve("picture.txt"), "not a picture");
        Files.writeString(content.resolve("broken.png"), "not a picture");
        Files.writeString(content.resolve("script.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>");
        Files.writeString(content.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", content.resolve("photo.png").toFile());
        Files.createDirectories(content.resolve("folder"));
    }

    private String problem(String target, boolean image) {
        return LinkChecker.problem(new Link(target, 3, image), index, pages, Set.of("emergency-card.pdf"), content)
                .orElse("");
    }

    @ParameterizedTest(name = "link {0}")
    @CsvSource(delimiter = '|', value = {
        "https://www.nhs.uk/|", "http://example.org|", "tel:111|", "mailto:a@b.example|", "MAILTO:a@b.example|",
        "first-hour.md|", "first-hour.md#breathe|", "#take-a-breath|", "emergency-card.pdf|", "notes.txt|",
        "'   '|link has no target",
        "ftp://example.org/x|link to 'ftp://example.org/x' uses 'ftp:'; allowed are https:, http:, tel: and mailto:",
        "/first-hour.md|link to '/first-hour.md' starts with '/'; write it relative, e.g. 'heat-or-cold.md'",
        "\\first-hour.md|link to '\\first-hour.md' starts with '/'; write it relative, e.g. 'heat-or-cold.md'",
        "../secret.txt|link to '../secret.txt' must name a file in the content folder",
        "folder/|link to 'folder/' must name a file in the content folder",
        "#mistng|link to '#mistng': no heading with id 'mistng' in index.md (did you mean 'misting'?)",
        "#zzzzzzzzzzzzzzzzzzzz|link to '#zzzzzzzzzzzzzzzzzzzz': no heading with id 'zzzzzzzzzzzzzzzzzzzz' in index.md",
        "first-hour.md#breath|link to 'first-hour.md#breath': no heading with id 'breath' in first-hour.md (did you mean 'breathe'?)",
        "first-hours.md|link to 'first-hours.md' not found (did you mean 'first-hour.md'?)",
        "heat-and-cold.md|link to 'heat-and-cold.md' not found (did you mean 'heat-or-cold.md'?)",
        "xyz.md|link to 'xyz.md' not found",
        "first-hour.html|link to 'first-hour.html': link to the Markdown file, 'first-hour.md'",
        "first-hour.html#breathe|link to 'first-hour.html#breathe': link to the Markdown file, 'first-hour.md'",
        "other.html|link to 'other.html' not found",
        "emergency-cards.pdf|link to 'emergency-cards.pdf' not found (did you mean 'emergency-card.pdf'?)"})
    void links(String target, String message) {
        assertEquals(message == null ? "" : message, problem(target, false));
    }

    @ParameterizedTest(name = "image {0}")
    @CsvSource(delimiter = '|', value = {
        "photo.png|", "drawing.svg|",
        "''|image has no target",
        "https://example.org/a.png|image 'https://example.org/a.png' must be a file in the content folder; the handbook loads nothing from the network",
        "http://example.org/a.png|image 'http://example.org/a.png' must be a file in the content folder; the handbook loads nothing from the network",
        "file:///etc/passwd|image 'file:///etc/passwd' must be a file in the content folder; the handbook loads nothing from outside it",
        "DATA:image/png;base64,AAAA|inline data: images are not allowed; save the picture as a file in the content folder",
        "picture.txt|image 'picture.txt' must be a PNG, JPEG, GIF or SVG file",
        "broken.png|image 'broken.png' is not a readable PNG image",
        "script.svg|image 'script.svg' holds <script>; the handbook publishes only SVGs that just draw",
        "emergency-card.pdf|image 'emergency-card.pdf' must be a PNG, JPEG, GIF or SVG file",
        "photos.png|image 'photos.png' not found",
        "/photo.png|image '/photo.png' starts with '/'; write it relative, e.g. 'heat-or-cold.md'",
        "../photo.png|image '../photo.png' must name a file in the content folder"})
    void images(String target, String message) {
        assertEquals(message == null ? "" : message, problem(target, true));
    }

    @ParameterizedTest(name = "long image address")
    @CsvSource("https://example.org/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png")
    void aLongImageAddressIsShortened(String target) {
        assertEquals("image '" + target.substring(0, 57) + "…' must be a file in the content folder; the handbook "
                + "loads nothing from the network", problem(target, true));
        assertEquals(Optional.empty(), LinkChecker.problem(new Link("https://example.org/" + "a".repeat(40), 1, false),
                index, pages, Set.of(), content));
    }
}
