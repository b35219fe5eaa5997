package org.backspasm.handbook.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.CardPdf;
import org.backspasm.handbook.model.Handbook;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.backspasm.handbook.content.Links;

/**
 * Renders the emergency card, the prevention plan and the large print with OpenHTMLtoPDF: tagged for
 * accessibility (PDF/UA), with DejaVu Sans embedded from its Maven artifact. One instance holds the fonts;
 * {@link Renderer} makes it once per run.
 */
public final class PdfWriter {

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    public static final String FONT_FAMILY = "DejaVu Sans";

    /** The font files as embedded (read from the jar once, ligatures off), by file name. */
    private final Map<String, byte[]> fontBytes;
    /** The regular face's character map, for telling whether a PDF's text has a glyph for every character. */
    private final org.apache.fontbox.ttf.CmapLookup regularCmap;

    /** Reads the fonts; made once per run by {@link Renderer} and shared by every PDF of every edition. */
    PdfWriter() {
        Map<String, byte[]> fonts = new java.util.HashMap<>();
        for (FontFace face : FONT_FACES) {
            fonts.put(face.file(), readFont(face.file()));
        }
        fontBytes = Map.copyOf(fonts);
        try (InputStream in = font(FONT_FACES.get(0).file())) {
            regularCmap = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in)).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** The card's body text is as large as fits one page, from 14 pt (readable from a metre) up to 20 pt. */
    public static final double CARD_MIN_PT = 14;
    public static final double CARD_MAX_PT = 20;
    /** Sizes are tried in half points. */
    private static final double CARD_STEP_PT = 0.5;

    /**
     * The body size each card of this run was set at, by language and paper: the next card of the same kind
     * usually lands on it, so trying it and the size above it first saves most of the search.
     */
    private final Map<String, Double> cardSizes = new java.util.concurrent.ConcurrentHashMap<>();

    /** The emergency card; whether it fits on one page is for {@code CardChecker} to judge. */
    public Optional<CardPdf> card(Handbook handbook, Templates templates, Instant date, Path contentDir,
                                  ProblemList problems) {
        String kind = handbook.settings().language() + " " + handbook.settings().paper();
        Optional<CardPdf> card = cardNear(cardSizes.get(kind), handbook, templates, date, contentDir)
                .or(() -> cardSearch(handbook, templates, date, contentDir, problems));
        card.filter(c -> c.pages() == 1).ifPresent(c -> cardSizes.put(kind, c.bodyPt()));
        return card;
    }

    /**
     * The card at {@code size} when it fits one page and the next size up does not (or {@code size} is the
     * largest): then it is the card the full search would find, since the card only grows with its type.
     */
    private Optional<CardPdf> cardNear(Double size, Handbook handbook, Templates templates, Instant date,
                                       Path contentDir) {
        if (size == null) {
            return Optional.empty();
        }
        ProblemList scratch = new ProblemList();
        Optional<CardPdf> at = cardAt(size, handbook, templates, date, contentDir, scratch);
        if (at.isEmpty() || at.get().pages() > 1 || !scratch.isEmpty()) {
            return Optional.empty();
        }
        if (size + CARD_STEP_PT > CARD_MAX_PT) {
            return at;
        }
        Optional<CardPdf> above = cardAt(size + CARD_STEP_PT, handbook, templates, date, contentDir, new ProblemList());
        return above.isPresent() && above.get().pages() > 1 ? at : Optional.empty();
    }

    private Optional<CardPdf> cardSearch(Handbook handbook, Templates templates, Instant date, Path contentDir,
                                         ProblemList problems) {
        // The smallest size first: if even that overflows, that card is the one to report. Otherwise the
        // largest size that fits, found by halving the range (the card only grows with its type).
        Optional<CardPdf> smallest = cardAt(CARD_MIN_PT, handbook, templates, date, contentDir, problems);
        if (smallest.isEmpty() || smallest.get().pages() > 1) {
            return smallest;
        }
        CardPdf best = smallest.get();
        int low = 0;
        int high = (int) Math.round((CARD_MAX_PT - CARD_MIN_PT) / CARD_STEP_PT);
        while (low < high) {
            int middle = (low + high + 1) / 2;
            Optional<CardPdf> tried = cardAt(CARD_MIN_PT + middle * CARD_STEP_PT, handbook, templates, date, contentDir,
                    new ProblemList());
            if (tried.isPresent() && tried.get().pages() == 1) {
                best = tried.get();
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return Optional.of(best);
    }

    private Optional<CardPdf> cardAt(double bodyPt, Handbook handbook, Templates templates, Instant date,
                                         Path contentDir, ProblemList problems) {
        return templates.render("card.ftlh", TemplateModel.Frame.of(handbook),
                new TemplateModel.Card(logoUri(handbook), qrImage(handbook), bodyPt), problems)
                .filter(html -> allGlyphsCovered(handbook, html, handbook.cardFile(), problems)).map(html -> {
            byte[] pdf = pdf(html, date, resources(handbook, contentDir));
            return new CardPdf(html, pdf, pageCount(pdf), bodyPt);
        });
    }

    /** The prevention plan as rendered: its HTML (for the region checks) and its PDF. */
    public record Plan(String html, byte[] pdf) {
    }

    public Optional<Plan> plan(Handbook handbook, Templates templates, Instant date, Path contentDir,
                                      ProblemList problems) {
        org.backspasm.handbook.model.Page plan = handbook.prevention();
        return templates.render("plan.ftlh", TemplateModel.Frame.of(handbook), new TemplateModel.Plan(logoUri(handbook),
                qrImage(handbook), plan, cssString(plan.title()), paperLinks(plan.html()), bookmarks(plan.html())), problems)
                .filter(html -> allGlyphsCovered(handbook, html, handbook.planFile(), problems))
                .map(html -> new Plan(html, pdf(html, date, resources(handbook, contentDir))));
    }

    /**
     * The whole handbook in large print (18 pt body text, for readers who ask for it): the emergency box first,
     * a contents list, then every page in reading order with its pictures, bookmarked and numbered.
     */
    public Optional<byte[]> largePrint(Handbook handbook, Templates templates, Instant date, Path contentDir,
                                              ProblemList problems) {
        List<PrintPage.Section> sections = PrintPage.sections(handbook, templates.message("step"),
                SiteWriter.breathingText(handbook, templates)).stream()
                .map(s -> new PrintPage.Section(s.id(), s.page(), paperLinks(s.body()))).toList();
        return templates.render("large-print.ftlh", TemplateModel.Frame.of(handbook), new TemplateModel.LargePrint(
                logoUri(handbook), qrImage(handbook), sections, cssString(handbook.settings().title())), problems)
                .filter(html -> allGlyphsCovered(handbook, html, handbook.largePrintFile(), problems))
                .map(html -> pdf(html, date, resources(handbook, contentDir)));
    }

    /** A bookmark in a PDF's outline: a section's heading, pointing at its id. */
    public record Bookmark(String id, String title) {
    }

    /** One bookmark for each section of the page ({@code h2} with an id), in reading order. */
    static List<Bookmark> bookmarks(String html) {
        return Jsoup.parseBodyFragment(html).select("h2[id]").stream()
                .map(h -> new Bookmark(h.id(), h.text())).toList();
    }

    /** The clinic's logo, by the name the PDF loads it under. */
    private static Optional<String> logoUri(Handbook handbook) {
        return handbook.clinic().map(org.backspasm.handbook.model.Clinic::logoFile);
    }

    /** A QR code to the clinic's hosted copy, as a data address, when the clinic has one. */
    private static Optional<String> qrImage(Handbook handbook) {
        return handbook.clinic().flatMap(org.backspasm.handbook.model.Clinic::publicUrl)
                .map(url -> "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                        QrCodeSvg.of(url).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Text for inside a quoted CSS string: letters, digits and spaces as they are, every other character as a
     * CSS escape, so that a quote, a newline or markup in a title cannot end the string or the style element
     * (and prints as itself, not as an HTML entity).
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                out.appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }

    /**
     * On paper a link to another web page cannot be followed, so it becomes plain text; links that still work
     * from a PDF (web, phone, email) keep a title, which PDF/UA asks for.
     */
    static String paperLinks(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element link : body.select("a[href]")) {
            if (Links.hasScheme(link.attr("href"))) {
                link.attr("title", link.text());
            } else {
                link.unwrap();
            }
        }
        return body.html();
    }

    /** The scheme under which the PDF renderer may load the edition's own files, and nothing else. */
    private static final String EDITION = "edition:";

    /**
     * The files a PDF may show: the clinic's logo and the local images of the pages, by their name in the
     * edition. Images are read lazily, so an edition without pictures reads nothing.
     */
    private static java.util.function.Function<String, Optional<byte[]>> resources(Handbook handbook,
                                                                                Path contentDir) {
        java.util.Set<String> images = new java.util.HashSet<>();
        handbook.pages().forEach(page -> page.links().stream().filter(org.backspasm.handbook.model.Link::image)
                .forEach(link -> images.add(link.target().strip())));
        return name -> {
            if (handbook.clinic().isPresent() && handbook.clinic().get().logoFile().equals(name)) {
                return Optional.of(SiteWriter.read(handbook.clinic().get().logoSource()));
            }
            Path file = contentDir.resolve(name);
            if (images.contains(name) && org.backspasm.handbook.content.ImageFiles.isInside(file, contentDir)) {
                return Optional.of(SiteWriter.read(file));
            }
            return Optional.empty();
        };
    }

    /**
     * What the renderer may load: {@code data:} addresses as they are, the edition's own files under
     * {@code edition:}, and nothing from the network or the disk, so that no address in a page or template can
     * make the build fetch or embed anything else (and no stalled server can hold it up).
     */
    static String resolve(String base, String uri) {
        if (uri == null) {
            return null;
        }
        String trimmed = uri.strip();
        if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
            return trimmed;
        }
        if (trimmed.startsWith(EDITION)) {
            return trimmed;
        }
        if (trimmed.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*") || trimmed.startsWith("/") || trimmed.startsWith("\\")
                || trimmed.contains("..")) {
            return null;
        }
        return EDITION + trimmed;
    }

    /**
     * The PDFs laid out so far, up to 24 MB: the large print of a language and region is shared by every clinic
     * of it (it shows no clinic; its author is the content's writers), and a preview rebuild lays out again only
     * what an edit changed. The real handbook's large print is about 350 KB, a card about 32 KB.
     */
    private final LaidOut laidOut = new LaidOut(24L << 20);

    /** The PDF of {@code html}: laid out now, or earlier from the same HTML, date and file bytes. */
    private byte[] pdf(String html, Instant date, java.util.function.Function<String, Optional<byte[]>> resources) {
        return laidOut.get(LaidOut.key(html, date), resources, files -> layOut(html, date, files));
    }

    private byte[] layOut(String html, Instant date,
                          java.util.function.Function<String, Optional<byte[]>> resources) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useUriResolver(PdfWriter::resolve);
        // A refused or missing file reads as nothing: the renderer leaves it out and makes no request.
        com.openhtmltopdf.extend.FSStreamFactory refuse = url -> new com.openhtmltopdf.extend.FSStream() {
            @Override
            public java.io.InputStream getStream() {
                return null;
            }

            @Override
            public java.io.Reader getReader() {
                return null;
            }
        };
        builder.useHttpStreamImplementation(refuse);
        builder.useProtocolsStreamImplementation(refuse, "file", "http", "https", "jar", "ftp", "jrt");
        builder.useProtocolsStreamImplementation(url -> new com.openhtmltopdf.extend.FSStream() {
            private Optional<byte[]> bytes() {
                return resources.apply(url.substring(EDITION.length()));
            }

            @Override
            public java.io.InputStream getStream() {
                return bytes().map(java.io.ByteArrayInputStream::new).orElse(null);
            }

            @Override
            public java.io.Reader getReader() {
                return bytes().map(b -> new java.io.InputStreamReader(new java.io.ByteArrayInputStream(b),
                        StandardCharsets.UTF_8)).orElse(null);
            }
        }, "edition");
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (FontFace face : FONT_FACES) {
            builder.useFont(() -> font(face.file()), FONT_FAMILY, face.weight(), face.style(), true);
        }
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        // An HTML parser files the renderer's <bookmarks> under the body; the renderer reads them from the head.
        parsed.body().select("> bookmarks").forEach(bookmarks -> parsed.head().appendChild(bookmarks));
        builder.withW3cDocument(new W3CDom().fromJsoup(parsed), EDITION);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                return reproducible(document, date, html);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same input gives the same bytes: the creation and modification dates become {@code date}, and the
     * document id is derived from the HTML the PDF was made from rather than from the clock.
     */
    private static byte[] reproducible(PDDocument document, Instant date, String html) throws IOException {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(date.toEpochMilli());
        document.getDocumentInformation().setCreationDate(calendar);
        document.getDocumentInformation().setModificationDate(calendar);
        byte[] id = sha256(html);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] sha256(String text) {
        return Arrays.copyOf(Sha256.of(text.getBytes(StandardCharsets.UTF_8)), 16);
    }

    private record FontFace(String file, int weight, FontStyle style) {
    }

    private static final List<FontFace> FONT_FACES = List.of(
            new FontFace("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new FontFace("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new FontFace("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new FontFace("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    /**
     * Every character of a PDF's text must be in the embedded font; OpenHTMLtoPDF would otherwise print a
     * silent '#' box. Each missing character is a problem at the content, settings or profile line it comes from.
     */
    boolean allGlyphsCovered(Handbook handbook, String html, String pdf, ProblemList problems) {
        org.apache.fontbox.ttf.CmapLookup cmap = regularCmap;
        String text = Jsoup.parse(html).text();
        java.util.Set<Integer> missing = new java.util.TreeSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x00A0 && cmap.getGlyphId(cp) == 0)
                .forEach(missing::add);
        for (int cp : missing) {
            String character = new String(Character.toChars(cp));
            org.backspasm.handbook.model.Problem where = GlyphSources.locate(handbook, character);
            problems.add(where.file(), where.line(), String.format(java.util.Locale.ROOT,
                    "the character '%s' (U+%04X) is not in the PDF font (%s), so %s would show a box instead; "
                            + "remove or replace it", character, cp, FONT_FAMILY, pdf));
        }
        return missing.isEmpty();
    }

    private InputStream font(String file) {
        return new java.io.ByteArrayInputStream(fontBytes.get(file));
    }

    private static byte[] readFont(String name) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " missing from the classpath (jasperreports-fonts)");
            }
            return withoutLigatures(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph substitution table renamed out of the way, so PDFBox sets "fi" as two letters
     * instead of the ﬁ ligature: text copied, searched or read aloud from the PDF then says "first", not
     * "ﬁrst". The table directory entry's tag is all that changes; an unknown tag is ignored by every reader.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        java.nio.ByteBuffer font = java.nio.ByteBuffer.wrap(ttf);
        int tables = font.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) == 0x47535542) { // "GSUB"
                font.putInt(record, 0x78535542); // "xSUB"
            }
        }
        return ttf;
    }

    /**
     * Loads the PDF machinery and the fonts ahead of need: run on a spare core while the content loads, it
     * takes the PDF libraries' start-up cost off the build's critical path.
     */
    void warmUp() {
        pdf("<!DOCTYPE html><html lang=\"en\"><head><title>warm-up</title></head><body><p>Warm-up.</p></body></html>",
                java.time.Instant.EPOCH, name -> Optional.empty());
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
