package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The card's tags, which a screen reader follows: in the order the card is read by eye, nothing tagged as a
 * table that is not one, and words for its pictures (issue 14).
 */
class PdfTagsTest {

    @TempDir
    static Path temp;

    static List<Path> editions;

    @BeforeAll
    static void build() throws IOException {
        editions = Editions.buildGenericAndClinic(temp);
    }

    /** A structure element as a screen reader meets it: its type, its words and its alternative text. */
    record Tag(String type, String text, String alt) {
    }

    @Test
    void theCardsHeadingsAreTaggedInTheOrderTheyAreReadAndTheFooterComesLast() throws IOException {
        for (Path edition : editions) {
            List<Tag> tags = tags(SiteChecks.card(edition));
            List<String> headings = tags.stream().filter(t -> t.type().equals("H2")).map(Tag::text).toList();
            assertEquals(4, headings.size(), edition + ": " + headings);
            // Red, amber, blue, green: the tiers as they stand on the page, top left to bottom right.
            List<String> onPage = cardTextOrder(SiteChecks.card(edition), headings);
            assertEquals(onPage, headings, edition + ": the tags read the tiers in another order than the eye");
            Tag last = tags.stream().filter(t -> List.of("P", "L", "H1", "H2").contains(t.type()))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals("P", last.type(), edition + ": the footer is the last thing read");
            assertTrue(last.text().contains("202"), edition + ": the last tag is the footer with its date: " + last);
        }
    }

    @Test
    void nothingOnTheCardIsTaggedAsATableAndItsPicturesHaveWords() throws IOException {
        for (Path edition : editions) {
            List<Tag> tags = tags(SiteChecks.card(edition));
            assertTrue(tags.stream().noneMatch(t -> List.of("Table", "TR", "TD", "TH").contains(t.type())),
                    edition + ": " + tags.stream().map(Tag::type).distinct().toList());
            for (Tag figure : tags.stream().filter(t -> t.type().equals("Figure")).toList()) {
                assertTrue(figure.alt() != null && figure.alt().split(" ").length >= 2, edition + ": " + figure);
            }
        }
        long clinicFigures = tags(SiteChecks.card(editions.get(2))).stream()
                .filter(t -> t.type().equals("Figure")).count();
        assertEquals(2, clinicFigures, "a clinic's card has its logo and its QR code, each with words");
    }

    @Test
    void thePlansOnlyTableIsTheWeeklyPlanEvenWithAClinicsHeaderAndContactBlock() throws IOException {
        for (Path edition : editions) {
            List<Tag> tags = tags(SiteChecks.plan(edition));
            assertEquals(1, tags.stream().filter(t -> t.type().equals("Table")).count(), edition + ": the weekly plan");
        }
    }

    /** The headings in the order their first lines stand on the page: by row (top), then left to right. */
    private static List<String> cardTextOrder(Path pdf, List<String> headings) throws IOException {
        Map<String, float[]> at = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (String heading : headings) {
                        // Its first two words: a heading in a narrow box may wrap after them.
                        int index = text.indexOf(String.join(" ", java.util.Arrays.asList(heading.split(" "))
                                .subList(0, Math.min(2, heading.split(" ").length))));
                        if (index >= 0 && index < positions.size() && !at.containsKey(heading)) {
                            TextPosition first = positions.get(index);
                            at.put(heading, new float[] {first.getYDirAdj(), first.getXDirAdj()});
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        assertEquals(headings.size(), at.size(), pdf + ": every tagged heading is found on the page: " + at.keySet());
        List<String> sorted = new ArrayList<>(headings);
        // Headings in one row stand within a line of each other.
        sorted.sort((a, b) -> Math.abs(at.get(a)[0] - at.get(b)[0]) < 10 ? Float.compare(at.get(a)[1], at.get(b)[1])
                : Float.compare(at.get(a)[0], at.get(b)[0]));
        return sorted;
    }

    /** Every structure element of the PDF in tag order, with the text of the marked content it holds. */
    static List<Tag> tags(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                collect(extractor.getMarkedContents(), byId);
                texts.put(page, byId);
            }
            List<Tag> tags = new ArrayList<>();
            walk(document.getDocumentCatalog().getStructureTreeRoot().getKids(), null, texts, tags);
            return tags;
        }
    }

    private static void collect(List<PDMarkedContent> contents, Map<Integer, String> byId) {
        for (PDMarkedContent content : contents) {
            StringBuilder text = new StringBuilder();
            for (Object part : content.getContents()) {
                if (part instanceof TextPosition position) {
                    text.append(position.getUnicode());
                } else if (part instanceof PDMarkedContent inner) {
                    collect(List.of(inner), byId);
                }
            }
            if (content.getMCID() >= 0) {
                byId.merge(content.getMCID(), text.toString(), String::concat);
            }
        }
    }

    private static String walk(List<Object> kids, PDPage inherited, Map<PDPage, Map<Integer, String>> texts,
                               List<Tag> tags) {
        StringBuilder text = new StringBuilder();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                PDPage page = element.getPage() != null ? element.getPage() : inherited;
                int index = tags.size();
                tags.add(null);
                String inner = walk(element.getKids(), page, texts, tags);
                tags.set(index, new Tag(element.getStructureType(), inner.strip(), element.getAlternateDescription()));
                text.append(inner);
            } else if (kid instanceof Integer mcid && inherited != null) {
                text.append(texts.getOrDefault(inherited, Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage page = reference.getPage() != null ? reference.getPage() : inherited;
                text.append(texts.getOrDefault(page, Map.of()).getOrDefault(reference.getMCID(), ""));
            }
        }
        return text.toString();
    }
}
