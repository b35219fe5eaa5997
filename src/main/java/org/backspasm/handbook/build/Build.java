package org.backspasm.handbook.build;

import org.backspasm.handbook.problem.ProblemList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backspasm.handbook.check.CardChecker;
import org.backspasm.handbook.check.FigureChecker;
import org.backspasm.handbook.check.ContentChecker;
import org.backspasm.handbook.check.LinkChecker;
import org.backspasm.handbook.check.Prose;
import org.backspasm.handbook.check.RegionWordsChecker;
import org.backspasm.handbook.check.TranslationChecker;
import org.backspasm.handbook.content.ContentLoader;
import org.backspasm.handbook.content.EditionContent;
import org.backspasm.handbook.content.EditionPlanner;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.Edition;
import org.backspasm.handbook.model.CardPdf;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.LanguageContent;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Publication;
import org.backspasm.handbook.render.EditionZip;
import org.backspasm.handbook.render.HostedSite;
import org.backspasm.handbook.render.Messages;
import org.backspasm.handbook.render.OutputFolder;
import org.backspasm.handbook.render.PdfWriter;
import org.backspasm.handbook.render.SiteWriter;
import org.backspasm.handbook.render.Templates;

/**
 * The recipe: read content/ once (each language once) → plan the editions → make and check each edition's
 * handbook → render pages and PDFs in memory → swap them into site/ whole. The generic build, clinic batches,
 * {@code check} and the preview all go through it.
 */
public final class Build {

    /**
     * Where to read and write. {@code projectDir} is what paths in messages are relative to.
     *
     * @param today the date review dates are checked against
     * @param sourceDate the date written into the PDFs and the zip; empty means the content's last review
     * @param strict whether a translation that is out of date is a problem rather than a warning
     */
    public record Options(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, LocalDate today,
                          Optional<Instant> sourceDate, boolean pdfs, boolean strict) {

        public static Options forProject(Path projectDir) {
            return new Options(projectDir, projectDir.resolve("content"), projectDir.resolve("templates"),
                    projectDir.resolve("site"), LocalDate.now(), Optional.empty(), true, false);
        }

        /** The same options without the PDFs and the zip: pages and stylesheet only. */
        public Options htmlOnly() {
            return new Options(projectDir, contentDir, templatesDir, outputDir, today, sourceDate, false, strict);
        }
    }

    /**
     * What a build made, or the problems that stopped it.
     *
     * @param files every file of the publication, by its path inside the publication's folder
     * @param handbooks each edition's handbook, in the publication's order
     * @param readability each page's and each card's reading figures, by file
     * @param cardBodySizes each card's body text size in points, by file: the largest that fits one page
     */
    public record Result(List<Problem> problems, List<Problem> warnings, Map<String, byte[]> files,
                         Optional<Publication> publication, List<Handbook> handbooks, Map<String, Prose> readability,
                         Map<String, Double> cardBodySizes) {

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The publication's first edition: the handbook's own language, or the clinic's first. */
        public Optional<Handbook> handbook() {
            return handbooks.stream().findFirst();
        }

        /** The same result with more warnings after its own. */
        Result withWarnings(List<Problem> more) {
            List<Problem> all = new ArrayList<>(warnings);
            all.addAll(more);
            return new Result(problems, List.copyOf(all), files, publication, handbooks, readability, cardBodySizes);
        }

        static Result failed(ProblemList problems, Optional<Publication> publication, List<Handbook> handbooks,
                             Map<String, Prose> readability) {
            return new Result(problems.toList(), problems.warnings(), Map.of(), publication, handbooks, readability,
                    Map.of());
        }
    }

    /** Renders PDFs beside the main thread; daemon threads, so a finished run never waits on them. */
    private static final ExecutorService PDF_THREADS = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "pdf");
        thread.setDaemon(true);
        return thread;
    });

    private Build() {
    }

    /** Starts loading the PDF libraries and fonts on a spare core; the build itself does not wait for it. */
    public static void warmUp() {
        CompletableFuture.runAsync(PdfWriter::warmUp, PDF_THREADS);
    }

    /** Every stage and check for the generic editions (no profile) or one clinic's editions, writing nothing. */
    public static Result check(Options options, Optional<Path> profile) {
        return checkAll(options, List.of(profile)).get(0);
    }

    /**
     * Every stage and check for each publication, writing nothing. The content is read and its translations
     * compared once, and shared by every edition of every publication.
     */
    public static List<Result> checkAll(Options options, List<Optional<Path>> profiles) {
        ProblemList shared = new ProblemList();
        Optional<Content> content = ContentLoader.load(options.contentDir(), shown(options, options.contentDir()),
                shared);
        // Each translation's gaps, kept apart: they stop only the publications that have that language.
        Map<String, ProblemList> translations = new LinkedHashMap<>();
        content.ifPresent(c -> c.languages().values().stream().filter(l -> l != c.base()).forEach(translation -> {
            ProblemList gaps = new ProblemList();
            TranslationChecker.check(c.base(), translation, options.strict(), gaps);
            translations.put(translation.language(), gaps);
        }));
        if (content.isEmpty()) {
            return profiles.stream().map(p -> Result.failed(shared, Optional.empty(), List.of(), Map.of())).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(profiles.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Optional<Path> profile : profiles) {
                futures.add(pool.submit(() -> publishAlone(options, content.get(), shared, translations, profile,
                        profiles.size())));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building editions", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * One publication; in a batch, a failure inside one clinic's publication is that publication's problem
     * and the others are built all the same.
     */
    private static Result publishAlone(Options options, Content content, ProblemList shared,
                                       Map<String, ProblemList> translations, Optional<Path> profile, int batch) {
        if (batch == 1 || profile.isEmpty()) {
            return publish(options, content, shared, translations, profile);
        }
        try {
            return publish(options, content, shared, translations, profile);
        } catch (RuntimeException | StackOverflowError e) {
            ProblemList problems = new ProblemList();
            problems.add(shown(options, profile.get()), 0, "this edition could not be built (" + e.getClass()
                    .getSimpleName() + "); the other editions were built; please report it");
            return Result.failed(problems, Optional.empty(), List.of(), Map.of());
        }
    }

    /** One publication: plan its editions, make and check each one's handbook, then render them all. */
    private static Result publish(Options options, Content content, ProblemList shared,
                                  Map<String, ProblemList> translations, Optional<Path> profile) {
        ProblemList problems = new ProblemList();
        problems.addAll(shared);
        Optional<Publication> planned = profile.isEmpty() ? EditionPlanner.generic(content, problems)
                : EditionPlanner.forClinic(content, profile.get(), shown(options, profile.get()), problems);
        if (planned.isEmpty()) {
            translations.values().forEach(problems::addAll);
            return Result.failed(problems, planned, List.of(), Map.of());
        }
        Publication publication = planned.get();
        publication.editions().forEach(edition -> Optional.ofNullable(translations.get(edition.language()))
                .ifPresent(problems::addAll));
        List<Handbook> handbooks = new ArrayList<>();
        for (Edition edition : publication.editions()) {
            EditionContent.resolve(content, edition, problems).ifPresent(handbooks::add);
        }
        for (Handbook handbook : handbooks) {
            LinkChecker.check(handbook, Set.of(handbook.cardFile(), handbook.planFile(), handbook.largePrintFile(),
                    Handbook.PRINT_FILE,
                    handbook.edition().zipLink()), options.contentDir(), problems);
            ContentChecker.check(handbook, options.today(), problems);
            RegionWordsChecker.check(handbook, content.regions(), problems);
            FigureChecker.check(handbook, problems);
        }
        if (profile.isEmpty()) {
            // The generic publication holds every language, so it shows every picture the content has.
            FigureChecker.checkAllShown(handbooks, options.contentDir(), shown(options, options.contentDir()), problems);
        }
        if (!Files.isDirectory(options.templatesDir())) {
            problems.add(shown(options, options.templatesDir()), 0, "templates folder not found");
        } else if (!Files.isReadable(options.templatesDir()) || !Files.isExecutable(options.templatesDir())) {
            problems.add(shown(options, options.templatesDir()), 0, "cannot open the templates folder: permission "
                    + "denied; let your user read it");
        }
        if (!problems.isEmpty()) {
            return Result.failed(problems, planned, handbooks, Map.of());
        }
        Templates plain = Templates.in(templateFolders(options, publication.clinic()));
        Instant date = options.sourceDate()
                .orElse(content.settings().review().last().atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Prose> readability = new LinkedHashMap<>();
        Map<String, Double> cardBodySizes = new LinkedHashMap<>();
        for (Handbook handbook : handbooks) {
            ProblemList messageProblems = new ProblemList();
            Templates templates = plain.withMessages(Messages.load(plain.folders(), handbook.settings().language(),
                    content.settings().language(), messageProblems));
            problems.addAll(messageProblems);
            if (messageProblems.isEmpty()) {
                // Without its words every template would fail too: one problem, not a page of knock-ons.
                render(options, content, handbook, templates, date, files, readability, cardBodySizes, problems);
            }
        }
        if (!problems.isEmpty()) {
            return Result.failed(problems, planned, handbooks, readability);
        }
        HostedSite.sitemap(handbooks).ifPresent(sitemap -> {
            files.put(HostedSite.SITEMAP, sitemap.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.put(HostedSite.ROBOTS, HostedSite.robots(handbooks).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        if (options.pdfs()) {
            files.put(publication.zipFile(), EditionZip.of(publication.zipFile().replaceFirst("\\.zip$", ""), files, date));
        }
        return new Result(problems.toList(), problems.warnings(), Map.copyOf(files), planned, List.copyOf(handbooks),
                readability, Map.copyOf(cardBodySizes));
    }

    /** One edition's pages and PDFs, into {@code files} under the edition's folder. */
    private static void render(Options options, Content content, Handbook handbook, Templates templates, Instant date,
                               Map<String, byte[]> files, Map<String, Prose> readability,
                               Map<String, Double> cardBodySizes, ProblemList problems) {
        // The two PDFs render on the other core while this one renders the pages. Each keeps its own problem
        // list, merged below in a fixed order so the report reads the same on every run.
        ProblemList cardProblems = new ProblemList();
        ProblemList planProblems = new ProblemList();
        CompletableFuture<Optional<CardPdf>> card = options.pdfs()
                ? CompletableFuture.supplyAsync(() -> PdfWriter.card(handbook, templates, date, options.contentDir(), cardProblems), PDF_THREADS)
                : CompletableFuture.completedFuture(Optional.empty());
        CompletableFuture<Optional<PdfWriter.Plan>> plan = options.pdfs()
                ? CompletableFuture.supplyAsync(() -> PdfWriter.plan(handbook, templates, date, options.contentDir(), planProblems), PDF_THREADS)
                : CompletableFuture.completedFuture(Optional.empty());
        ProblemList largePrintProblems = new ProblemList();
        CompletableFuture<Optional<byte[]>> largePrint = options.pdfs()
                ? CompletableFuture.supplyAsync(() -> PdfWriter.largePrint(handbook, templates, date, options.contentDir(),
                        largePrintProblems), PDF_THREADS)
                : CompletableFuture.completedFuture(Optional.empty());
        String folder = handbook.edition().folder();
        SiteWriter.render(handbook, templates, options.contentDir(), problems)
                .forEach((name, bytes) -> files.put(folder + name, bytes));
        String language = handbook.settings().language();
        handbook.pages().forEach(page -> readability.put(page.source(), Prose.ofHtml(page.html(), language)));
        card.join().ifPresent(rendered -> {
            CardChecker.check(handbook, rendered, cardProblems);
            RegionWordsChecker.checkHtml(folder + handbook.cardFile(), rendered.html(), handbook,
                    content.regions(), cardProblems);
            readability.put(folder + handbook.cardFile(), CardChecker.prose(rendered.html(), language));
            cardBodySizes.put(folder + handbook.cardFile(), rendered.bodyPt());
            files.put(folder + handbook.cardFile(), rendered.pdf());
        });
        plan.join().ifPresent(rendered -> {
            RegionWordsChecker.checkHtml(folder + handbook.planFile(), rendered.html(), handbook,
                    content.regions(), planProblems);
            files.put(folder + handbook.planFile(), rendered.pdf());
        });
        largePrint.join().ifPresent(pdf -> files.put(folder + handbook.largePrintFile(), pdf));
        problems.addAll(cardProblems);
        problems.addAll(planProblems);
        problems.addAll(largePrintProblems);
    }

    /** A clinic's own templates first, so that they override the defaults of the same name. */
    private static List<Templates.Folder> templateFolders(Options options, Optional<Clinic> clinic) {
        List<Templates.Folder> folders = new ArrayList<>();
        clinic.flatMap(Clinic::templatesDir).ifPresent(dir -> folders.add(new Templates.Folder(dir, shown(options, dir))));
        folders.add(new Templates.Folder(options.templatesDir(), shown(options, options.templatesDir())));
        return folders;
    }

    /**
     * Puts right what a killed build left in the output folder, runs every stage and check, then replaces the
     * output folder, only when there was no problem.
     */
    public static Result build(Options options) throws IOException, OutputFolder.NotOurs {
        List<OutputFolder.LeftBehind> leftBehind = new ArrayList<>(OutputFolder.recover(options.outputDir()));
        Result result = check(options, Optional.empty());
        if (result.ok()) {
            leftBehind.addAll(OutputFolder.replace(options.outputDir(), result.files()));
        }
        return result.withWarnings(leftBehindWarnings(options, leftBehind));
    }

    /** Folders of ours that could not be removed: the build is done, but a person has to delete them. */
    private static List<Problem> leftBehindWarnings(Options options, List<OutputFolder.LeftBehind> leftBehind) {
        return leftBehind.stream().distinct().map(left -> new Problem(shown(options, left.folder()), 0,
                "an old copy of the output that could not be deleted (" + left.reason()
                        + "); the new output is in place; delete this folder yourself")).toList();
    }

    /** One clinic publication's outcome in a batch. */
    public record Outcome(String id, Path profile, Path outputDir, Result result) {
    }

    /**
     * Builds each clinic's publication into {@code <output>/<id>/}. One with problems is not written and leaves
     * its previous output as it was; the others are written all the same.
     */
    public static List<Outcome> buildEditions(Options options, List<Path> profiles)
            throws IOException, OutputFolder.NotOurs {
        List<Result> results = checkAll(options, profiles.stream().map(Optional::of).toList());
        List<Outcome> editions = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            Path profile = profiles.get(i);
            String id = profile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            Path out = options.outputDir().resolve(id);
            List<OutputFolder.LeftBehind> leftBehind = new ArrayList<>();
            if (results.get(i).publication().isPresent()) {
                leftBehind.addAll(OutputFolder.recover(out));
            }
            if (results.get(i).ok()) {
                leftBehind.addAll(OutputFolder.replace(out, results.get(i).files()));
            }
            editions.add(new Outcome(id, profile, out, results.get(i).withWarnings(leftBehindWarnings(options,
                    leftBehind))));
        }
        return editions;
    }

    /** A path as messages show it: relative to the project folder when inside it, with forward slashes. */
    static String shown(Options options, Path path) {
        Path project = options.projectDir().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(project) ? project.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
