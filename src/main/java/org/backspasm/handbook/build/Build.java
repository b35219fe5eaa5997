package org.backspasm.handbook.build;

import org.backspasm.handbook.problem.ProblemList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.backspasm.handbook.render.Renderer;
import org.backspasm.handbook.check.Prose;
import org.backspasm.handbook.check.TranslationChecker;
import org.backspasm.handbook.content.ContentLoader;
import org.backspasm.handbook.content.EditionContent;
import org.backspasm.handbook.content.EditionPlanner;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.Edition;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Publication;
import org.backspasm.handbook.render.OutputFolder;
import org.backspasm.handbook.render.Templates;

/**
 * The recipe: read content/ once (each language once) → plan the editions → make and check each edition's
 * handbook → render pages and PDFs in memory → swap them into site/ whole. The generic build, clinic batches,
 * {@code check} and the preview all go through {@link #check}.
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

        /** What a file's bytes become once written: the name is kept for the report, the bytes are not. */
        private static final byte[] WRITTEN = new byte[0];

        /** The same result with each file's name but not its bytes: what a batch keeps once a folder is written. */
        Result withoutContents() {
            Map<String, byte[]> names = new java.util.TreeMap<>();
            files.keySet().forEach(name -> names.put(name, WRITTEN));
            return new Result(problems, warnings, Map.copyOf(names), publication, handbooks, readability, cardBodySizes);
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

    private Build() {
    }

    /**
     * The recipe, writing nothing: read content/ (each language once) and compare its translations, then for
     * each publication (the generic one, or one per clinic profile) plan its editions, make and check each
     * edition's handbook, and render and check its pages and PDFs in memory. What a run shares between its
     * publications is listed on {@link Run}.
     */
    public static List<Result> check(Options options, List<Optional<Path>> profiles, Renderer renderer) {
        return check(options, profiles, renderer, Carryover.none());
    }

    /**
     * The same, taking page bodies and page findings from an earlier run where the pages have not changed (the
     * preview's rebuilds). Pass {@code carryover.next()} afterwards to the run after this one.
     */
    public static List<Result> check(Options options, List<Optional<Path>> profiles, Renderer renderer,
                                     Carryover carryover) {
        return check(options, profiles, renderer, carryover, (profile, result) -> result);
    }

    /**
     * The same, handing each publication's result to {@code whenDone} on the thread that made it, as soon as it
     * is made: a batch writes each clinic's folder then and keeps only what it reports, not every clinic's files.
     */
    private static List<Result> check(Options options, List<Optional<Path>> profiles, Renderer renderer,
                                      Carryover carryover, java.util.function.BiFunction<Optional<Path>, Result, Result> whenDone) {
        ProblemList shared = new ProblemList();
        Optional<Content> content = ContentLoader.load(options.contentDir(), shown(options, options.contentDir()),
                shared, carryover.reads());
        if (content.isEmpty()) {
            return profiles.stream().map(p -> Result.failed(shared, Optional.empty(), List.of(), Map.of())).toList();
        }
        Map<String, ProblemList> translationGaps = translationGaps(content.get(), options.strict(),
                carryover.translations());
        Map<List<Templates.Folder>, Templates> templates = new ConcurrentHashMap<>();
        Run run = new Run(options, content.get(), shared, translationGaps, carryover, templates,
                new ConcurrentHashMap<>(), renderer);
        return inParallel(profiles, profile -> whenDone.apply(profile, publishAlone(run, profile, profiles.size())));
    }

    /**
     * What every publication of one run shares: the content, its translation gaps, the page bodies rendered
     * from it, each templates folder's templates, each language and region's page checks, and the renderer.
     */
    record Run(Options options, Content content, ProblemList shared, Map<String, ProblemList> translationGaps,
               Carryover carryover, Map<List<Templates.Folder>, Templates> templates,
               Map<String, CheckStage.PageChecks> pageChecks, Renderer renderer) {

        /** The date written into the PDFs and the zip: the one asked for, or the content's last review. */
        Instant pdfDate() {
            return options.sourceDate()
                    .orElse(content.settings().review().last().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        }
    }

    /** One publication: plan → handbooks → check → render → the files of the hosted copy and the zip. */
    private static Result publish(Run run, Optional<Path> profile) {
        ProblemList problems = new ProblemList();
        problems.addAll(run.shared());
        Optional<Publication> planned = plan(run, profile, problems);
        if (planned.isEmpty()) {
            run.translationGaps().values().forEach(problems::addAll);
            return Result.failed(problems, planned, List.of(), Map.of());
        }
        Publication publication = planned.get();
        publication.editions().forEach(edition -> Optional.ofNullable(run.translationGaps().get(edition.language()))
                .ifPresent(problems::addAll));
        List<Handbook> handbooks = handbooks(run, publication, problems);
        CheckStage.check(run, handbooks, profile.isEmpty(), problems);
        if (!problems.isEmpty()) {
            return Result.failed(problems, planned, handbooks, Map.of());
        }
        RenderStage.Rendered rendered = RenderStage.render(run, publication, handbooks, problems);
        if (!problems.isEmpty()) {
            return Result.failed(problems, planned, handbooks, rendered.readability());
        }
        Map<String, byte[]> files = RenderStage.withHostedFilesAndZip(run, publication, handbooks, rendered.files());
        return new Result(problems.toList(), problems.warnings(), files, planned, List.copyOf(handbooks),
                rendered.readability(), Map.copyOf(rendered.cardBodySizes()));
    }

    /** Each translation's gaps, kept apart: they stop only the publications that have that language. */
    private static Map<String, ProblemList> translationGaps(Content content, boolean strict,
                                                            TranslationChecker.Memory memory) {
        Map<String, ProblemList> gaps = new LinkedHashMap<>();
        content.languages().values().stream().filter(l -> l != content.base()).forEach(translation -> {
            ProblemList problems = new ProblemList();
            TranslationChecker.check(content.base(), translation, strict, problems, memory);
            gaps.put(translation.language(), problems);
        });
        return gaps;
    }

    /** The generic publication (every language of handbook.yml), or the one a clinic profile asks for. */
    private static Optional<Publication> plan(Run run, Optional<Path> profile, ProblemList problems) {
        return profile.isEmpty() ? EditionPlanner.generic(run.content(), problems)
                : EditionPlanner.forClinic(run.content(), profile.get(), shown(run.options(), profile.get()), problems);
    }

    /** Each edition's handbook: its language's pages with its region's words and numbers and its clinic. */
    private static List<Handbook> handbooks(Run run, Publication publication, ProblemList problems) {
        List<Handbook> handbooks = new ArrayList<>();
        for (Edition edition : publication.editions()) {
            EditionContent.resolve(run.content(), edition, run.carryover().bodies(), problems).ifPresent(handbooks::add);
        }
        return handbooks;
    }

    /**
     * Each publication on its own thread, up to one per core; results in the order of {@code profiles}.
     */
    private static List<Result> inParallel(List<Optional<Path>> profiles, Function<Optional<Path>, Result> publish) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(profiles.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Optional<Path> profile : profiles) {
                futures.add(pool.submit(() -> publish.apply(profile)));
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
    private static Result publishAlone(Run run, Optional<Path> profile, int batch) {
        if (batch == 1 || profile.isEmpty()) {
            return publish(run, profile);
        }
        try {
            return publish(run, profile);
        } catch (RuntimeException | StackOverflowError e) {
            ProblemList problems = new ProblemList();
            problems.add(shown(run.options(), profile.get()), 0, "this edition could not be built (" + e.getClass()
                    .getSimpleName() + "); the other editions were built; please report it");
            return Result.failed(problems, Optional.empty(), List.of(), Map.of());
        }
    }

    /** A clinic's own templates first, so that they override the defaults of the same name. */
    static List<Templates.Folder> templateFolders(Options options, Optional<Clinic> clinic) {
        List<Templates.Folder> folders = new ArrayList<>();
        clinic.flatMap(Clinic::templatesDir).ifPresent(dir -> folders.add(new Templates.Folder(dir, shown(options, dir))));
        folders.add(new Templates.Folder(options.templatesDir(), shown(options, options.templatesDir())));
        return folders;
    }

    /**
     * Puts right what a killed build left in the output folder, runs every stage and check, then replaces the
     * output folder, only when there was no problem.
     */
    public static Result build(Options options, Renderer renderer) throws IOException, OutputFolder.NotOurs {
        List<OutputFolder.LeftBehind> leftBehind = new ArrayList<>(OutputFolder.recover(options.outputDir()));
        Result result = check(options, List.of(Optional.empty()), renderer).get(0);
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
    public static List<Outcome> buildEditions(Options options, List<Path> profiles, Renderer renderer)
            throws IOException, OutputFolder.NotOurs {
        List<Result> results;
        try {
            results = check(options, profiles.stream().map(Optional::of).toList(), renderer, Carryover.none(),
                    (profile, result) -> write(options, profile.orElseThrow(), result));
        } catch (WriteFailed e) {
            if (e.getCause() instanceof OutputFolder.NotOurs notOurs) {
                throw notOurs;
            }
            throw (IOException) e.getCause();
        }
        List<Outcome> editions = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            editions.add(new Outcome(id(profiles.get(i)), profiles.get(i), options.outputDir().resolve(id(profiles.get(i))),
                    results.get(i)));
        }
        return editions;
    }

    private static String id(Path profile) {
        return profile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    /** One clinic's folder, written as soon as its publication is made; the result keeps the files' names only. */
    private static Result write(Options options, Path profile, Result result) {
        Path out = options.outputDir().resolve(id(profile));
        try {
            List<OutputFolder.LeftBehind> leftBehind = new ArrayList<>();
            if (result.publication().isPresent()) {
                leftBehind.addAll(OutputFolder.recover(out));
            }
            if (result.ok()) {
                leftBehind.addAll(OutputFolder.replace(out, result.files()));
            }
            return result.withoutContents().withWarnings(leftBehindWarnings(options, leftBehind));
        } catch (IOException | OutputFolder.NotOurs e) {
            throw new WriteFailed(e);
        }
    }

    /** A folder of a batch could not be written: the batch stops, as a failed write stops a single build. */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed(Exception cause) {
            super(cause);
        }
    }

    /** A path as messages show it: relative to the project folder when inside it, with forward slashes. */
    static String shown(Options options, Path path) {
        Path project = options.projectDir().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(project) ? project.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
