package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.backspasm.handbook.content.ImageFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page names a tab icon that is in the edition (so no browser asks a server for /favicon.ico). */
class SiteIconTest {

    @TempDir
    Path temp;

    @Test
    void everyPageHasAnIconInItsEditionAndOnlyPrintHtmlAsksNotToBeIndexed() throws IOException {
        Path site = Editions.buildGeneric(temp);
        Path clinic = Editions.realLife(temp);
        for (Path edition : List.of(site, site.resolve("es"), clinic)) {
            try (Stream<Path> files = Files.list(edition)) {
                for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                    Document html = Jsoup.parse(page.toFile(), "UTF-8");
                    String icon = html.select("head link[rel=icon]").attr("href");
                    assertTrue(Files.isRegularFile(edition.resolve(icon)), page + ": icon " + icon);
                    boolean noindex = !html.select("meta[name=robots][content=noindex]").isEmpty();
                    assertEquals(page.getFileName().toString().equals("print.html"), noindex, page + ": noindex");
                }
            }
        }
        assertEquals(Optional.empty(), ImageFiles.activeSvgContent(site.resolve("favicon.svg")), "an inert SVG");
        assertEquals("clinic-logo.svg", Jsoup.parse(clinic.resolve("index.html").toFile(), "UTF-8")
                .select("head link[rel=icon]").attr("href"), "a clinic's edition shows its logo");
    }
}
