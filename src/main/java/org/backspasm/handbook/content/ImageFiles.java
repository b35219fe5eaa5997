package org.backspasm.handbook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
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
     * Why an SVG could do more than show a picture, or empty when it is inert: it may hold no script, no event
     * handler, no foreignObject, no style sheet import, no reference to another file or address, and no DTD
     * (which could pull in outside entities). Parsed as plain XML, which reads nothing else.
     */
    public static Optional<String> activeSvgContent(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot be read as UTF-8 text");
        }
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            return Optional.of("has a DTD (<!DOCTYPE or <!ENTITY>)");
        }
        if (text.toLowerCase(java.util.Locale.ROOT).contains("@import")) {
            return Optional.of("imports a style sheet (@import)");
        }
        for (org.jsoup.nodes.Element element : Jsoup.parse(text, "", Parser.xmlParser()).getAllElements()) {
            String name = element.tagName().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith("script") || name.endsWith("foreignobject")) {
                return Optional.of("holds <" + element.tagName() + ">");
            }
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = attribute.getValue().strip();
                if (key.startsWith("on")) {
                    return Optional.of("has an event handler (" + attribute.getKey() + ")");
                }
                if ((key.equals("href") || key.endsWith(":href") || key.equals("src")) && !value.startsWith("#")) {
                    return Optional.of("refers to another file or address (" + attribute.getKey() + "=\"" + value
                            + "\"); draw it in the SVG itself");
                }
                if (value.toLowerCase(java.util.Locale.ROOT).contains("url(") && !value.matches("(?s).*url\\(\\s*['\"]?#.*")) {
                    return Optional.of("loads something with url() in " + attribute.getKey());
                }
            }
        }
        return Optional.empty();
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
