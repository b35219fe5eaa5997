package org.backspasm.handbook.render;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.backspasm.handbook.model.Alternate;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Page;

/**
 * What the templates see: the frame every template gets, and one record for each kind of template with what
 * only it gets. A template sees each component by its name ({@code handbook}, {@code page}, {@code cardBodyPt});
 * an empty {@code Optional} is a variable the template does not have, which it asks about with {@code ??}.
 * A clinic's template override sees exactly these, so their names are the templates' interface: keep them.
 */
public final class TemplateModel {

    private TemplateModel() {
    }

    /** A template's own part of what it sees. */
    public sealed interface View permits FrameOnly, Breathing, SitePage, PrintPage, Card, Plan, LargePrint {
    }

    /**
     * What every template sees.
     *
     * @param alternates the same edition in the publication's other languages
     * @param clinic the clinic of a clinic's edition
     * @param editionUrl where a hosted edition's pages are, ending in a slash
     * @param hostedAlternates the other languages' addresses in the hosted copy
     * @param shareImage the picture a hosted page offers to link previews
     */
    public record Frame(Handbook handbook, List<Alternate> alternates, Optional<Clinic> clinic,
                        Optional<String> editionUrl, List<HostedAlternate> hostedAlternates,
                        Optional<String> shareImage) {

        /** The frame of {@code handbook}'s edition. */
        public static Frame of(Handbook handbook) {
            Optional<String> url = handbook.settings().baseUrl()
                    .map(base -> URI.create(base).resolve(handbook.edition().folder()).toString());
            List<HostedAlternate> hosted = url.map(u -> handbook.edition().alternates().stream()
                    .map(other -> new HostedAlternate(other.language(), URI.create(u).resolve(other.prefix()).toString()))
                    .toList()).orElse(List.of());
            return new Frame(handbook, handbook.edition().alternates(), handbook.clinic(), url, hosted,
                    url.map(u -> handbook.clinic().map(Clinic::logoFile).orElse(Handbook.FAVICON)));
        }
    }

    /** The same page in another language, where the hosted copy has it. */
    public record HostedAlternate(String language, String url) {
    }

    /** The stylesheet, the site icon and the page for a missing address: the frame is all they see. */
    public record FrameOnly() implements View {
    }

    /** The breathing guide, with its rhythm in words for readers whose screen does not move. */
    public record Breathing(String breathingText) implements View {
    }

    /**
     * One web page.
     *
     * @param body the page's HTML with the breathing guide and step labels filled in
     * @param previous the page before it in reading order
     * @param next the page after it
     */
    public record SitePage(Page page, String body, Optional<Page> previous, Optional<Page> next) implements View {
    }

    /** The whole handbook on one page, for printing. */
    public record PrintPage(List<org.backspasm.handbook.render.PrintPage.Section> sections) implements View {
    }

    /**
     * The emergency card at one body size.
     *
     * @param logoUri the clinic's logo, by the name the PDF loads it under
     * @param qrImage a QR code to the clinic's hosted copy, as a data address
     */
    public record Card(Optional<String> logoUri, Optional<String> qrImage, double cardBodyPt) implements View {
    }

    /** The prevention plan: its page, its HTML for paper, its title for the page header and its bookmarks. */
    public record Plan(Optional<String> logoUri, Optional<String> qrImage, Page page, String cssTitle, String body,
                       List<PdfWriter.Bookmark> bookmarks) implements View {
    }

    /** The whole handbook in large print. */
    public record LargePrint(Optional<String> logoUri, Optional<String> qrImage,
                             List<org.backspasm.handbook.render.PrintPage.Section> sections, String cssTitle)
            implements View {
    }
}
