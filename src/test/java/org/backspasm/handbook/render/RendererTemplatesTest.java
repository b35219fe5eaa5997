package org.backspasm.handbook.render;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backspasm.handbook.TestProject;
import org.backspasm.handbook.problem.ProblemList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview asks for templates on every rebuild: it gets the parsed ones back until a file changes. */
class RendererTemplatesTest {

    @Test
    void theSameTemplatesWhileTheFilesHoldTheSameBytes(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("templates");
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("note.ftl"), "one ${word}");
        List<Templates.Folder> folders = List.of(new Templates.Folder(dir, "templates"));
        try (Renderer renderer = TestProject.renderer()) {
            Templates first = renderer.templates(folders);
            assertSame(first, renderer.templates(List.copyOf(folders)), "nothing changed");

            Files.writeString(dir.resolve("note.ftl"), "two ${word}");
            Templates edited = renderer.templates(folders);
            assertNotSame(first, edited, "an edit of the same size and time");
            assertTrue(render(edited).contains("two"), render(edited));

            Files.writeString(dir.resolve("messages/extra.ftl"), "x");
            assertNotSame(edited, renderer.templates(folders), "a new file in a subfolder");

            Templates now = renderer.templates(folders);
            Files.delete(dir.resolve("messages/extra.ftl"));
            assertNotSame(now, renderer.templates(folders), "a file gone");
        }
    }

    private static String render(Templates templates) {
        return templates.render("note.ftl", Map.of("word", "x"), new ProblemList()).orElseThrow();
    }
}
