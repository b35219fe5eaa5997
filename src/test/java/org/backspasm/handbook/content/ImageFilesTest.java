package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files are pictures, which SVGs only draw, and which files lie inside their folder. */
class ImageFilesTest {

    @TempDir
    Path temp;

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"a.PNG, png", "a.b.jpeg, jpeg", "noext, ''", "a., ''", ".svg, svg"})
    void extensions(String name, String extension) {
        assertEquals(extension, ImageFiles.extension(name));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"a.png, true", "a.JPG, true", "a.gif, true", "a.svg, true", "a.webp, false", "a.pdf, false", "a, false"})
    void imageExtensions(String name, boolean image) {
        assertEquals(image, ImageFiles.hasImageExtension(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<rect width='1' height='1'/>|",
        "<use href='#a'/><rect id='a' fill='url(#g)'/>|",
        "<rect style='fill: url( #g)'/>|",
        "<script>alert(1)</script>|holds <script>",
        "<svg:script>x</svg:script>|holds <svg:script>",
        "<foreignObject><p>x</p></foreignObject>|holds <foreignObject>",
        "<rect onclick='x()'/>|has an event handler (onclick)",
        "<rect ONLOAD='x()'/>|has an event handler (ONLOAD)",
        "<image href='photo.png'/>|refers to another file or address (href=\"photo.png\"); draw it in the SVG itself",
        "<image xlink:href='http://x.example/a.png'/>|refers to another file or address (xlink:href=\"http://x.example/a.png\"); draw it in the SVG itself",
        "<img src='a.png'/>|refers to another file or address (src=\"a.png\"); draw it in the SVG itself",
        "<rect fill='url(http://x.example/a)'/>|loads something with url() in fill",
        "<rect style='background: URL(a.png)'/>|loads something with url() in style",
        "<style>@import url(a.css);</style>|imports a style sheet (@import)",
        "<style>@IMPORT 'a.css';</style>|imports a style sheet (@import)"})
    void anSvgMayOnlyDraw(String inside, String problem) throws IOException {
        Path svg = temp.resolve("a.svg");
        Files.writeString(svg, OPEN + inside.replace('\'', '"') + "</svg>");
        assertEquals(Optional.ofNullable(problem), ImageFiles.activeSvgContent(svg));
    }

    @Test
    void anSvgWithADtdIsRefused() throws IOException {
        Path svg = temp.resolve("a.svg");
        Files.writeString(svg, "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<text>&x;</text></svg>");
        assertEquals(Optional.of("has a DTD (<!DOCTYPE or <!ENTITY>)"), ImageFiles.activeSvgContent(svg));
        Files.writeString(svg, OPEN + "<!ENTITY x 'y'></svg>");
        assertEquals(Optional.of("has a DTD (<!DOCTYPE or <!ENTITY>)"), ImageFiles.activeSvgContent(svg));
        Files.write(svg, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertEquals(Optional.of("cannot be read as UTF-8 text"), ImageFiles.activeSvgContent(svg));
    }

    @Test
    void anSvgIsXmlWhoseRootIsSvgAndARasterMustDecode() throws IOException {
        Path svg = temp.resolve("a.svg");
        Files.writeString(svg, "<?xml version=\"1.0\"?>\n<!-- a comment -->\n" + OPEN + "</svg>");
        assertTrue(ImageFiles.isImage(svg));
        Files.writeString(svg, "<html><svg></svg></html>");
        assertFalse(ImageFiles.isImage(svg));
        Files.writeString(svg, "");
        assertFalse(ImageFiles.isImage(svg));
        Path png = temp.resolve("a.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertTrue(ImageFiles.isImage(png));
        Files.writeString(png, "not a picture");
        assertFalse(ImageFiles.isImage(png));
        assertFalse(ImageFiles.isImage(temp.resolve("missing.png")));
    }

    @Test
    void aFileIsInsideItsFolderOnlyWhenItsRealPathIs() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Path inside = Files.writeString(folder.resolve("a.txt"), "a");
        Path outside = Files.writeString(temp.resolve("b.txt"), "b");
        Files.createSymbolicLink(folder.resolve("link.txt"), outside);
        Files.createSymbolicLink(folder.resolve("alias.txt"), inside);
        assertTrue(ImageFiles.isInside(inside, folder));
        assertTrue(ImageFiles.isInside(folder.resolve("alias.txt"), folder));
        assertFalse(ImageFiles.isInside(folder.resolve("link.txt"), folder));
        assertFalse(ImageFiles.isInside(outside, folder));
        assertFalse(ImageFiles.isInside(folder.resolve("missing.txt"), folder));
    }
}
