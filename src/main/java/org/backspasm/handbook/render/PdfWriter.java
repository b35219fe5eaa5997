package org.backspasm.handbook.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.DangerSigns;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Step;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import com.openhtmltopdf.util.XRLog;
import org.backspasm.handbook.check.Links;

/**
 * Renders the emergency card and the prevention plan with OpenHTMLtoPDF: tagged for accessibility (PDF/UA),
 * with DejaVu Sans embedded from its Maven artifact.
 */
public final class PdfWriter {

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    public static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // OpenHTMLtoPDF logs every PDF/UA hint at INFO; the build reports its own problems instead.
        XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {
    }

    /** The one-page emergency card; a problem, not a second page, when the content does not fit. */
    public static Optional<byte[]> card(Handbook handbook, Templates templates, ProblemList problems) {
        Optional<byte[]> pdf = templates.render("card.ftlh", Map.of("handbook", handbook), problems).map(PdfWriter::pdf);
        if (pdf.isEmpty()) {
            return pdf;
        }
        int pages = pageCount(pdf.get());
        if (pages > 1) {
            problems.add(overflow(handbook, pages));
            return Optional.empty();
        }
        return pdf;
    }

    public static Optional<byte[]> plan(Handbook handbook, Templates templates, ProblemList problems) {
        Map<String, Object> model = Map.of(
                "handbook", handbook,
                "page", handbook.prevention(),
                "body", paperLinks(handbook.prevention().html()));
        return templates.render("plan.ftlh", model, problems).map(PdfWriter::pdf);
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

    /** Names the content that fills the card, biggest share first, so an editor knows what to shorten. */
    private static org.backspasm.handbook.model.Problem overflow(Handbook handbook, int pages) {
        int stepWords = handbook.steps().stream().mapToInt(s -> words(s.cardLine())).sum();
        DangerSigns signs = handbook.dangerSigns();
        int signWords = signs.all().stream().flatMap(t -> t.signs().stream()).mapToInt(s -> words(Jsoup.parse(s).text())).sum();
        String message = "the emergency card runs onto " + pages + " pages; it must fit on one. Shorten ";
        if (stepWords >= signWords) {
            int line = handbook.steps().stream().mapToInt(Step::line).min().orElse(0);
            return new org.backspasm.handbook.model.Problem(handbook.firstHour().source(), line, message
                    + "the steps' card lines here (" + stepWords + " words) or the danger signs in "
                    + handbook.dangerSignsPage().source() + " (" + signWords + " words)");
        }
        DangerSigns.Tier longest = signs.all().stream()
                .max((a, b) -> Integer.compare(tierWords(a), tierWords(b))).orElseThrow();
        return new org.backspasm.handbook.model.Problem(handbook.dangerSignsPage().source(), longest.line(), message
                + "the danger-sign lists here (" + signWords + " words, most under '" + longest.heading()
                + "') or the steps' card lines in " + handbook.firstHour().source() + " (" + stepWords + " words)");
    }

    private static int tierWords(DangerSigns.Tier tier) {
        return tier.signs().stream().mapToInt(s -> words(Jsoup.parse(s).text())).sum();
    }

    private static int words(String text) {
        return (int) Stream.of(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
    }

    private static byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        for (FontFace face : FONT_FACES) {
            builder.useFont(() -> font(face.file()), FONT_FAMILY, face.weight(), face.style(), true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record FontFace(String file, int weight, FontStyle style) {
    }

    private static final List<FontFace> FONT_FACES = List.of(
            new FontFace("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new FontFace("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new FontFace("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new FontFace("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private static InputStream font(String file) {
        InputStream in = PdfWriter.class.getResourceAsStream(FONT_DIR + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " missing from the classpath (jasperreports-fonts)");
        }
        return in;
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
