package org.backspasm.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.backspasm.handbook.render.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The link and offline checks every built edition must pass, read from the files a reader gets. Each method
 * returns what it found wrong, so a test asserts an empty list and a failure names every offender.
 */
final class SiteChecks {

    private SiteChecks() {
    }

    /** Every HTML page of a built site, parsed, by file name. */
    static Map<String, Document> pages(Path site) {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(file.getFileName().toString(), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Every href and src that does not resolve to a file of the site, or whose #fragment names no id. */
    static List<String> brokenLinks(Path site, Map<String, Document> pages) {
        List<String> broken = new ArrayList<>();
        pages.forEach((name, doc) -> {
            for (Element element : doc.select("[href], [src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.matches("^(https?|tel|mailto):.*")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String fragment = hash < 0 ? "" : target.substring(hash + 1);
                String resolved = file.isEmpty() ? name : file;
                if (!Files.isRegularFile(site.resolve(resolved))) {
                    broken.add(name + " -> " + target + " (no such file)");
                } else if (!fragment.isEmpty()) {
                    Document other = pages.get(resolved);
                    if (other == null || other.getElementById(fragment) == null) {
                        broken.add(name + " -> " + target + " (no such id)");
                    }
                }
            }
        });
        return broken;
    }

    /**
     * Local links to folders, root-absolute or file: links, and links still pointing to Markdown. A web address
     * (a source's page) may end in a slash: it is not a folder on disk.
     */
    static List<String> badLinkForms(Map<String, Document> pages) {
        List<String> bad = new ArrayList<>();
        pages.forEach((name, doc) -> doc.select("[href], [src]").forEach(e -> {
            String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (target.matches("^(https|http|tel|mailto):.*")) {
                return;
            }
            String file = target.replaceAll("#.*", "");
            if (target.startsWith("/") || target.startsWith("file:") || file.endsWith("/")
                    || file.endsWith(".md") || (!file.isEmpty() && !target.contains(":") && !file.contains("."))) {
                bad.add(name + " -> " + target);
            }
        }));
        return bad;
    }

    /** Anything that would load over the network: remote src, stylesheets, CSS url() and @import. */
    static List<String> networkLoads(Path site, Map<String, Document> pages) {
        List<String> remote = new ArrayList<>();
        pages.forEach((name, doc) -> {
            // A canonical or language link names an address; nothing is loaded from it.
            doc.select("[src], link[href]:not([rel=canonical]):not([rel=alternate]), [srcset], [poster], [data]").forEach(e -> {
                for (String attr : List.of("src", "href", "srcset", "poster", "data")) {
                    if (e.hasAttr(attr) && e.attr(attr).matches("(?i)^\\s*(https?:)?//.*")) {
                        remote.add(name + ": " + e.outerHtml());
                    }
                }
            });
            if (doc.html().matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*")) {
                remote.add(name + ": CSS url() to the network");
            }
        });
        try {
            String css = Files.readString(site.resolve("style.css"));
            if (css.matches("(?s).*(@import|url\\(\\s*['\"]?(https?:)?//).*")) {
                remote.add("style.css loads from the network");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return remote;
    }

    /** Pages no chain of links from index.html reaches. */
    static Set<String> unreachable(Map<String, Document> pages) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String name = queue.pop();
            if (!seen.add(name) || !pages.containsKey(name)) {
                continue;
            }
            for (Element a : pages.get(name).select("a[href]")) {
                String file = a.attr("href").replaceAll("#.*", "");
                if (file.endsWith(".html")) {
                    queue.add(file);
                }
            }
        }
        Set<String> rest = new HashSet<>(pages.keySet());
        rest.removeAll(seen);
        // The host shows 404.html for a wrong address; no link leads to it.
        rest.remove(SiteWriter.NOT_FOUND);
        return rest;
    }

    /** Script of any kind: .js files, script elements, event handlers, javascript: URLs, missing CSP. */
    static List<String> scripts(Path site, Map<String, Document> pages) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(f -> f.toString().endsWith(".js")).forEach(f -> found.add(f + " is a script file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.forEach((name, doc) -> {
            if (!doc.select("script").isEmpty()) {
                found.add(name + ": script element");
            }
            doc.select("*").forEach(e -> e.attributes().forEach(a -> {
                if (a.getKey().startsWith("on") || a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    found.add(name + ": " + a);
                }
            }));
            if (!doc.select("meta[http-equiv=Content-Security-Policy]").attr("content").contains("default-src 'none'")) {
                found.add(name + ": no Content-Security-Policy forbidding scripts");
            }
            if (doc.select("html").attr("lang").isBlank()) {
                found.add(name + ": no lang");
            }
            if (doc.select("meta[name=viewport]").size() != 1) {
                found.add(name + ": no viewport meta");
            }
        });
        return found;
    }

    /** All of the above at once, for an edition. */
    static List<String> all(Path site) {
        Map<String, Document> pages = pages(site);
        List<String> all = new ArrayList<>();
        all.addAll(brokenLinks(site, pages));
        all.addAll(badLinkForms(pages));
        all.addAll(networkLoads(site, pages));
        unreachable(pages).forEach(p -> all.add(p + " is not reachable from index.html"));
        all.addAll(scripts(site, pages));
        return all;
    }

    /** The emergency card of the edition in {@code dir}: its file name carries the edition, e.g. emergency-card-en-gb-eng.pdf. */
    static Path card(Path dir) {
        return onlyFile(dir, "emergency-card-");
    }

    static Path plan(Path dir) {
        return onlyFile(dir, "prevention-plan-");
    }

    /** The names of the card and the plan in {@code dir}. */
    static List<String> pdfNames(Path dir) {
        return List.of(card(dir).getFileName().toString(), plan(dir).getFileName().toString());
    }

    private static Path onlyFile(Path dir, String marker) {
        try (var files = java.nio.file.Files.list(dir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().contains(marker)
                    && f.getFileName().toString().endsWith(".pdf")).toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one " + marker + "*.pdf in " + dir + ", found " + found);
            }
            return found.get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
