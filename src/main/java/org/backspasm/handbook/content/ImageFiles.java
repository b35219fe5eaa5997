package org.backspasm.handbook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Whether a file is an image the site and the PDFs can show: PNG, JPEG or GIF that decodes, or an SVG. */
public final class ImageFiles {

    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg");

    private ImageFiles() {
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean hasImageExtension(String name) {
        return EXTENSIONS.contains(extension(name));
    }

    /** Reads the file: a raster image must decode; an SVG must be XML whose root element is svg. */
    public static boolean isImage(Path file) {
        try {
            if (extension(file.getFileName().toString()).equals("svg")) {
                var root = Jsoup.parse(Files.readString(file), "", Parser.xmlParser()).children().stream()
                        .filter(e -> !e.tagName().startsWith("?") && !e.tagName().startsWith("!")).findFirst();
                return root.isPresent() && root.get().tagName().equals("svg");
            }
            return ImageIO.read(file.toFile()) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether {@code file} exists and really lies inside {@code folder}, symbolic links followed: a link that
     * points out of the folder does not count as inside it.
     */
    public static boolean isInside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
