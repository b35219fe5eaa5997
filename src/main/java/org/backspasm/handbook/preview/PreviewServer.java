package org.backspasm.handbook.preview;

import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.problem.IoReason;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backspasm.handbook.build.Build;
import org.backspasm.handbook.build.Carryover;
import org.backspasm.handbook.render.Renderer;
import org.backspasm.handbook.model.Problem;
import org.jsoup.nodes.Entities;

/**
 * Serves an edition from memory on the loopback address and rebuilds it when a watched file changes. While an
 * edit is broken it keeps serving the last good build, with the problems shown on every page and printed.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "pdf", "application/pdf", "zip", "application/zip",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif");
    /** Edits usually arrive as several file events; wait this long for the last of them. */
    private static final Duration SETTLE = Duration.ofMillis(20);

    private final Build.Options options;
    /** Made when the preview starts and closed with it: its fonts and threads serve every rebuild. */
    private final Renderer renderer = Renderer.start();
    private final Optional<Path> profile;
    private final PrintStream log;
    private final HttpServer server;
    private final WatchService watcher;
    private final Thread watching;
    /** What the last rebuild rendered and checked, so that the next one does again only what changed. */
    private Carryover carryover = Carryover.none();
    private volatile Build.Result lastGood;
    private volatile List<Problem> problems = List.of();
    private volatile int builds;
    /** The files in the watched folders when the last rebuild ran. */
    private Set<Path> present = Set.of();

    private PreviewServer(Build.Options options, Optional<Path> profile, int port, PrintStream log) throws IOException {
        this.options = options;
        this.profile = profile;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.server.createContext("/", this::serve);
        this.watcher = FileSystems.getDefault().newWatchService();
        this.watching = new Thread(this::watch, "preview-watch");
        this.watching.setDaemon(true);
    }

    /** Builds once, then serves on {@code port} (0 picks a free one) and watches for changes. */
    public static PreviewServer start(Build.Options options, Optional<Path> profile, int port, PrintStream log)
            throws IOException {
        PreviewServer preview = new PreviewServer(options, profile, port, log);
        preview.rebuild(Set.of());
        for (Path dir : preview.watchedFolders()) {
            preview.register(dir);
        }
        preview.server.start();
        preview.watching.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address the server listens on: the loopback one, so nothing outside this machine can reach it. */
    public InetAddress address() {
        return server.getAddress().getAddress();
    }

    /** How many builds have finished, good or not; tests wait on it. */
    public int builds() {
        return builds;
    }

    public List<Problem> problems() {
        return problems;
    }

    private List<Path> watchedFolders() {
        List<Path> folders = new java.util.ArrayList<>(List.of(options.contentDir(), options.templatesDir()));
        profile.ifPresent(p -> folders.add(p.toAbsolutePath().getParent()));
        return folders;
    }

    /** Every file in {@code folders}, not following links; a folder that cannot be read counts as empty. */
    private static Set<Path> filesIn(List<Path> folders) {
        Set<Path> files = new HashSet<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // A folder gone or unreadable: the build says so; nothing of it is present.
            }
        }
        return Set.copyOf(files);
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Set<Path> changed = new HashSet<>();
                do {
                    for (var event : key.pollEvents()) {
                        if (event.context() instanceof Path name) {
                            Path path = ((Path) key.watchable()).resolve(name);
                            changed.add(path);
                            if (Files.isDirectory(path)) {
                                register(path);
                            }
                        }
                    }
                    key.reset();
                    key = watcher.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
                } while (key != null);
                // A file made and gone again since the last rebuild (an editor's or sed's temporary copy, moved
                // over the page it saves) can have changed no build: it was not there then and is not there now.
                Set<Path> relevant = new HashSet<>();
                for (Path path : changed) {
                    if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) || present.contains(path)) {
                        relevant.add(path);
                    }
                }
                if (relevant.isEmpty()) {
                    continue;
                }
                log.println("Changed: " + relevant.stream().map(p -> p.getFileName().toString()).sorted().toList());
                rebuild(relevant);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.println("handbook: stopped watching (" + e.getMessage() + ")");
        }
    }

    /** Pages whose words reach the PDFs; an edit elsewhere in content/ rebuilds the pages only. */
    private static final Set<String> PDF_SOURCES = Set.of("danger-signs.md", "first-hour.md", "prevention.md");

    private boolean onlyPagesChanged(Set<Path> changed) {
        return !changed.isEmpty() && lastGood != null && changed.stream().allMatch(path ->
                path.startsWith(options.contentDir()) && path.getFileName().toString().endsWith(".md")
                        && !PDF_SOURCES.contains(path.getFileName().toString()));
    }

    private synchronized void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        Build.Result result;
        boolean pagesOnly = onlyPagesChanged(changed);
        if (pagesOnly) {
            // The PDFs and the zip do not read these pages: keep the last good ones, rebuild the rest.
            Build.Result pages = Build.check(options.htmlOnly(), List.of(profile), renderer, carryover).get(0);
            Map<String, byte[]> files = new java.util.TreeMap<>(lastGood.files());
            files.putAll(pages.files());
            result = new Build.Result(pages.problems(), pages.warnings(), pages.ok() ? Map.copyOf(files) : Map.of(),
                    pages.publication(), pages.handbooks(), pages.readability(), pages.cardBodySizes());
        } else {
            result = Build.check(options, List.of(profile), renderer, carryover).get(0);
        }
        carryover = carryover.next();
        long ms = (System.nanoTime() - start) / 1_000_000;
        present = filesIn(watchedFolders());
        problems = result.problems();
        if (result.ok()) {
            lastGood = result;
            log.println((pagesOnly ? "Rebuilt the pages in " : "Rebuilt in ") + ms + " ms: " + result.files().size()
                    + " files.");
        } else {
            ProblemList.shown(result.problems()).forEach(log::println);
            log.println(result.problems().size() + " problem(s); still serving the last good build.");
        }
        builds++;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/+", "");
            String name = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            Build.Result good = lastGood;
            byte[] body = good == null ? null : good.files().get(name);
            if (body == null) {
                byte[] missing = notice(good == null ? "No good build yet." : "Not found: " + name)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
                exchange.sendResponseHeaders(404, missing.length);
                exchange.getResponseBody().write(missing);
                return;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (extension.equals("html") && !problems.isEmpty()) {
                body = withProblems(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The last good page, with the current problems at the top of its body. */
    private String withProblems(String html) {
        StringBuilder notice = new StringBuilder("<div class=\"preview-problems\" role=\"alert\"><p>This preview shows the "
                + "last good build. Fix these to see your latest edit:</p><ul>");
        ProblemList.shown(problems).forEach(p -> notice.append("<li>").append(Entities.escape(p.toString())).append("</li>"));
        notice.append("</ul></div>");
        int body = html.indexOf("<body>");
        return body < 0 ? notice + html : html.substring(0, body + 6) + notice + html.substring(body + 6);
    }

    private static String notice(String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview</title></head><body><p>"
                + Entities.escape(text) + "</p></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
        renderer.close();
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watching.interrupt();
    }
}
