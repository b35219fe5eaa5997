package org.backspasm.handbook.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.backspasm.handbook.model.CardPdf;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.problem.ProblemList;

/**
 * What renders editions, made once per run (a command, or the preview's lifetime) and passed to the build:
 * the threads the PDFs render on beside the pages, the PDF fonts, and the watchdog that stops a template that
 * runs too long. Nothing of it is static; closing it stops its threads.
 */
public final class Renderer implements AutoCloseable {

    private final ExecutorService pdfThreads;
    private final ScheduledExecutorService templateWatchdog;
    /** Read on a PDF thread while the content loads, then warmed up with a small PDF. */
    private final CompletableFuture<PdfWriter> pdfWriter;

    private Renderer() {
        pdfThreads = Executors.newFixedThreadPool(2, daemon("pdf"));
        templateWatchdog = Executors.newSingleThreadScheduledExecutor(daemon("template-watchdog"));
        pdfWriter = CompletableFuture.supplyAsync(() -> {
            PdfWriter writer = new PdfWriter();
            writer.warmUp();
            return writer;
        }, pdfThreads);
    }

    /** Starts the renderer; the fonts and PDF libraries load on a spare core while the caller reads content. */
    public static Renderer start() {
        return new Renderer();
    }

    /** Daemon threads, so that a run that ends without closing the renderer is not held up by them. */
    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Templates made for a list of folders, and what the folders' files held then. */
    private record Made(String files, Templates templates) {
    }

    /** The latest templates made for each list of folders. */
    private final Map<List<Templates.Folder>, Made> made = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The templates of {@code folders}, a clinic's first. Each template is parsed when first used and kept by
     * the returned object, so a build shares one per templates folder among its editions. The same object comes
     * back while the folders' files hold the same bytes, so the preview's rebuilds parse a template again only
     * after it was edited.
     */
    public Templates templates(List<Templates.Folder> folders) {
        String files = Templates.filesNow(folders);
        return made.compute(List.copyOf(folders), (key, earlier) -> earlier != null && earlier.files().equals(files)
                ? earlier : new Made(files, Templates.in(key, templateWatchdog))).templates();
    }

    /** Every file of an edition's site but the PDFs, by file name, on the calling thread. */
    public Map<String, byte[]> site(Handbook handbook, Templates templates, Path contentDir, ProblemList problems) {
        return SiteWriter.render(handbook, templates, contentDir, problems);
    }

    /** The emergency card at the largest body size that fits one page, on a PDF thread. */
    public CompletableFuture<Optional<CardPdf>> card(Handbook handbook, Templates templates, Instant date,
                                                     Path contentDir, ProblemList problems) {
        return pdfWriter.thenApplyAsync(pdf -> pdf.card(handbook, templates, date, contentDir, problems), pdfThreads);
    }

    /** The prevention plan, on a PDF thread. */
    public CompletableFuture<Optional<PdfWriter.Plan>> plan(Handbook handbook, Templates templates, Instant date,
                                                            Path contentDir, ProblemList problems) {
        return pdfWriter.thenApplyAsync(pdf -> pdf.plan(handbook, templates, date, contentDir, problems), pdfThreads);
    }

    /** The whole handbook in large print, on a PDF thread. */
    public CompletableFuture<Optional<byte[]>> largePrint(Handbook handbook, Templates templates, Instant date,
                                                          Path contentDir, ProblemList problems) {
        return pdfWriter.thenApplyAsync(pdf -> pdf.largePrint(handbook, templates, date, contentDir, problems),
                pdfThreads);
    }

    @Override
    public void close() {
        pdfThreads.shutdownNow();
        templateWatchdog.shutdownNow();
    }
}
