package org.backspasm.handbook.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.backspasm.handbook.content.ImageFiles;
import org.junit.jupiter.api.Test;

/** The drawings in content/figures/ are what their poses draw, and as inert as any picture the handbook shows. */
class FigureDrawingTest {

    private static final Path FOLDER = Path.of("content/figures");

    @Test
    void everyDrawnFigureIsWhatItsPoseDraws() throws IOException {
        Set<String> files = new HashSet<>();
        for (FigureDrawing.Pose pose : FigureDrawing.poses()) {
            assertTrue(files.add(pose.file()), "two poses write " + pose.file());
            Path file = FOLDER.resolve(pose.file());
            String text = Files.readString(file);
            if (text.contains(FigureDrawing.MARK)) {
                assertEquals(FigureDrawing.svg(pose), text, pose.file() + " differs from its pose; run java "
                        + "src/test/java/org/backspasm/handbook/figures/FigureDrawing.java content/figures");
            }
        }
        assertEquals(20, files.size(), "a drawing for every position and movement");
    }

    @Test
    void everyFigureIsAnInertSvgThatFitsAPhoneAndHasNoWords() throws IOException {
        for (FigureDrawing.Pose pose : FigureDrawing.poses()) {
            Path file = FOLDER.resolve(pose.file());
            assertEquals(ImageFiles.Kind.SVG, ImageFiles.kind(file), pose.file());
            assertEquals(java.util.Optional.empty(), ImageFiles.activeSvgContent(file), pose.file());
            String svg = Files.readString(file);
            // No words inside the picture: the caption carries them, so one drawing serves every language.
            assertTrue(!svg.contains("<text"), pose.file() + " has text in it");
            assertTrue(svg.length() < 4_000, pose.file() + ": " + svg.length() + " bytes");
            double aspect = ImageFiles.svgAspect(file).orElseThrow();
            assertTrue(aspect > 0.5 && aspect < 4.5, pose.file() + " is " + aspect + " wide for its height");
        }
    }
}
