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
                return isSvg(file);
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
                if ((key.equals("href") || key.endsWith(":href")) && name.endsWith("image")
                        && value.toLowerCase(java.util.Locale.ROOT).startsWith("data:")) {
                    return Optional.of("is a bitmap picture wrapped in an SVG (an <image> with the pixels inside)");
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

    /** A picture's kind as its bytes say, whatever its name. */
    public enum Kind {
        PNG("png"), JPEG("jpg"), SVG("svg"), OTHER("");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** The file name extension the build gives a picture of this kind. */
        public String extension() {
            return extension;
        }
    }

    /** What the first bytes of {@code file} say it is: PNG and JPEG by their signatures, SVG by an svg root. */
    public static Kind kind(Path file) {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            return Kind.OTHER;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Kind.PNG;
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Kind.JPEG;
        }
        return isSvg(file) ? Kind.SVG : Kind.OTHER;
    }

    private static boolean isSvg(Path file) {
        try {
            var root = Jsoup.parse(Files.readString(file), "", Parser.xmlParser()).children().stream()
                    .filter(e -> !e.tagName().startsWith("?") && !e.tagName().startsWith("!")).findFirst();
            return root.isPresent() && root.get().tagName().equals("svg");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A raster picture's width and height in pixels, read from its header without decoding the pixels, so that
     * a huge picture is refused before it costs any memory or time; empty when the header cannot be read.
     */
    public static Optional<int[]> pixelSize(Path file) {
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An SVG's width divided by its height, from its viewBox or else its width and height; empty when it says
     * neither in plain numbers.
     */
    public static Optional<Double> svgAspect(Path file) {
        try {
            var root = Jsoup.parse(Files.readString(file), "", Parser.xmlParser()).selectFirst("svg");
            if (root == null) {
                return Optional.empty();
            }
            String[] box = root.attr("viewBox").strip().split("[\\s,]+");
            if (box.length == 4) {
                double w = Double.parseDouble(box[2]);
                double h = Double.parseDouble(box[3]);
                return w > 0 && h > 0 ? Optional.of(w / h) : Optional.empty();
            }
            double w = Double.parseDouble(root.attr("width").replaceAll("px$", ""));
            double h = Double.parseDouble(root.attr("height").replaceAll("px$", ""));
            return w > 0 && h > 0 ? Optional.of(w / h) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
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
