package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy hosted at an address (issue 16): canonical and language links on every page, link previews, a sitemap
 * with the language alternates, robots.txt and a 404 page; none of it for a handbook opened from disk.
 */
class HostedSiteTest {

    private static final String BASE = "https://backspasm.example/handbook/";

    @TempDir
    Path temp;

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void withABaseUrlEveryPageNamesItselfAndItsOtherLanguagesBothWaysAndTheSitemapListsThemAll() throws Exception {
        TestProject project = TestProject.real(temp);
        Path settings = project.path("content/handbook.yml");
        Files.writeString(settings, "base_url: https://backspasm.example/handbook\n" + Files.readString(settings));
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        Path site = project.path("site");
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String folder : List.of("", "es/")) {
            for (Path page : pages(site.resolve(folder))) {
                String file = page.getFileName().toString();
                if (file.equals("404.html")) {
                    continue;
                }
                pages++;
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                String self = BASE + folder + file;
                if (!html.select("link[rel=canonical]").attr("href").equals(self)) {
                    problems.add(folder + file + ": canonical " + html.select("link[rel=canonical]"));
                }
                for (Element alternate : html.select("link[rel=alternate][hreflang]")) {
                    String target = alternate.attr("href");
                    Path other = site.resolve(target.substring(BASE.length()));
                    if (!Files.isRegularFile(other)) {
                        problems.add(folder + file + ": alternate " + target + " does not exist");
                    } else if (Jsoup.parse(other.toFile(), "UTF-8").select("link[rel=alternate][href=" + self + "]")
                            .isEmpty()) {
                        problems.add(folder + file + ": " + target + " does not point back");
                    }
                }
                for (String property : List.of("og:title", "og:description", "og:url", "og:image")) {
                    if (html.select("meta[property=" + property + "]").attr("content").isBlank()) {
                        problems.add(folder + file + ": no " + property);
                    }
                }
                String image = html.select("meta[property=og:image]").attr("content");
                if (!image.startsWith(BASE) || !Files.isRegularFile(site.resolve(image.substring(BASE.length())))) {
                    problems.add(folder + file + ": preview image " + image);
                }
            }
        }
        assertEquals(List.of(), problems);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        // Every page of both languages but print.html (not to be indexed).
        assertEquals(pages - 2, locs.getLength());
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(BASE) && Files.isRegularFile(site.resolve(loc.substring(BASE.length()))), loc);
        }
        assertEquals(2 * (pages - 2), sitemap.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength(),
                "each page names itself and its other language");
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml"));
        Document notFound = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
        assertEquals(1, notFound.select("a[href=index.html]").size() - notFound.select("header a[href=index.html]").size());
        assertTrue(notFound.select("a.call").text().contains("999"), "the way to help, even on a wrong address");
        assertEquals(List.of(), Validators.nuErrors(site.resolve("es/first-hour.html")));
        assertEquals(List.of(), Validators.nuErrors(site.resolve("404.html")));
    }

    @Test
    void openedFromDiskThereIsNoCanonicalSitemapOr404() throws IOException {
        Path site = Editions.buildGeneric(temp);
        for (String file : List.of("sitemap.xml", "robots.txt", "404.html")) {
            assertFalse(Files.exists(site.resolve(file)), file);
        }
        assertTrue(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select("link[rel=canonical], "
                + "meta[property^=og:]").isEmpty());
    }
}
