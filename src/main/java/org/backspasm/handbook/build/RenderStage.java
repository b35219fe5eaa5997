package org.backspasm.handbook.build;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.backspasm.handbook.check.CardChecker;
import org.backspasm.handbook.check.Prose;
import org.backspasm.handbook.check.RegionWordsChecker;
import org.backspasm.handbook.model.CardPdf;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Publication;
import org.backspasm.handbook.model.Regions;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.render.EditionZip;
import org.backspasm.handbook.render.HostedSite;
import org.backspasm.handbook.render.Messages;
import org.backspasm.handbook.render.PdfWriter;
import org.backspasm.handbook.render.Renderer;
import org.backspasm.handbook.render.Templates;

/**
 * The render stage of the recipe: each edition's pages and PDFs in memory, the checks that need the rendered
 * card and plan, and the files of the whole publication (sitemap, robots.txt, zip).
 */
final class RenderStage {

    private RenderStage() {
    }

    /** A publication's files in memory, with each page's and card's reading figures and each card's size. */
    record Rendered(Map<String, byte[]> files, Map<String, Prose> readability, Map<String, Double> cardBodySizes) {
    }

    /** Every edition's pages and PDFs, each under its edition's folder, and the checks of what was rendered. */
    static Rendered render(Build.Run run, Publication publication, List<Handbook> handbooks, ProblemList problems) {
        List<Templates.Folder> folders = Build.templateFolders(run.options(), publication.clinic());
        Templates plain = run.templates().computeIfAbsent(folders, run.renderer()::templates);
        Instant date = run.pdfDate();
        Rendered rendered = new Rendered(new TreeMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (Handbook handbook : handbooks) {
            ProblemList messageProblems = new ProblemList();
            Templates templates = plain.withMessages(Messages.load(plain.folders(), handbook.settings().language(),
                    run.content().settings().language(), messageProblems));
            problems.addAll(messageProblems);
            if (messageProblems.isEmpty()) {
                // Without its words every template would fail too: one problem, not a page of knock-ons.
                renderEdition(run, handbook, templates, date, rendered, problems);
            }
        }
        return rendered;
    }

    /** One edition: the pages on this thread while the card, the plan and the large print render beside it. */
    private static void renderEdition(Build.Run run, Handbook handbook, Templates templates, Instant date, Rendered into,
                                      ProblemList problems) {
        Build.Options options = run.options();
        Renderer renderer = run.renderer();
        // Each PDF keeps its own problem list, merged below in a fixed order so the report reads the same on
        // every run.
        ProblemList cardProblems = new ProblemList();
        ProblemList planProblems = new ProblemList();
        ProblemList largePrintProblems = new ProblemList();
        CompletableFuture<Optional<CardPdf>> card = options.pdfs()
                ? renderer.card(handbook, templates, date, options.contentDir(), cardProblems) : none();
        CompletableFuture<Optional<PdfWriter.Plan>> plan = options.pdfs()
                ? renderer.plan(handbook, templates, date, options.contentDir(), planProblems) : none();
        CompletableFuture<Optional<byte[]>> largePrint = options.pdfs()
                ? renderer.largePrint(handbook, templates, date, options.contentDir(), largePrintProblems) : none();
        String folder = handbook.edition().folder();
        renderer.site(handbook, templates, options.contentDir(), problems)
                .forEach((name, bytes) -> into.files().put(folder + name, bytes));
        String language = handbook.settings().language();
        into.readability().putAll(CheckStage.pageChecks(run, handbook).readability());
        Regions regions = run.content().regions();
        card.join().ifPresent(rendered -> {
            CardChecker.check(handbook, rendered, cardProblems);
            RegionWordsChecker.checkHtml(folder + handbook.cardFile(), rendered.html(), handbook, regions, cardProblems);
            into.readability().put(folder + handbook.cardFile(), CardChecker.prose(rendered.html(), language));
            into.cardBodySizes().put(folder + handbook.cardFile(), rendered.bodyPt());
            into.files().put(folder + handbook.cardFile(), rendered.pdf());
        });
        plan.join().ifPresent(rendered -> {
            RegionWordsChecker.checkHtml(folder + handbook.planFile(), rendered.html(), handbook, regions, planProblems);
            into.files().put(folder + handbook.planFile(), rendered.pdf());
        });
        largePrint.join().ifPresent(pdf -> into.files().put(folder + handbook.largePrintFile(), pdf));
        problems.addAll(cardProblems);
        problems.addAll(planProblems);
        problems.addAll(largePrintProblems);
    }

    private static <T> CompletableFuture<Optional<T>> none() {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** With an address, the sitemap and robots.txt a host needs; with the PDFs, the zip of everything. */
    static Map<String, byte[]> withHostedFilesAndZip(Build.Run run, Publication publication, List<Handbook> handbooks,
                                                     Map<String, byte[]> rendered) {
        Map<String, byte[]> files = new TreeMap<>(rendered);
        HostedSite.sitemap(handbooks).ifPresent(sitemap -> {
            files.put(HostedSite.SITEMAP, sitemap.getBytes(StandardCharsets.UTF_8));
            files.put(HostedSite.ROBOTS, HostedSite.robots(handbooks).getBytes(StandardCharsets.UTF_8));
        });
        if (run.options().pdfs()) {
            files.put(publication.zipFile(), EditionZip.of(publication.zipFile().replaceFirst("\\.zip$", ""), files,
                    run.pdfDate()));
        }
        return Map.copyOf(files);
    }

}
