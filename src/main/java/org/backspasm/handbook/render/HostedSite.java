package org.backspasm.handbook.render;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.backspasm.handbook.model.Alternate;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Page;

/**
 * The files a hosted copy of a publication needs beside its pages: a sitemap listing every page of every
 * language with its other languages, and a robots.txt that points to it. Only when the publication has an
 * address (handbook.yml's base_url, or a clinic's public_url).
 */
public final class HostedSite {

    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private HostedSite() {
    }

    /** The sitemap of the publication's editions, or empty when it has no address. */
    public static Optional<String> sitemap(List<Handbook> handbooks) {
        if (handbooks.isEmpty() || handbooks.get(0).settings().baseUrl().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Handbook handbook : handbooks) {
            String url = TemplateModel.Frame.of(handbook).editionUrl().orElseThrow();
            for (Page page : handbook.pages()) {
                xml.append("  <url>\n    <loc>").append(escape(url + page.fileName())).append("</loc>\n");
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(handbook.settings().language())
                        .append("\" href=\"").append(escape(url + page.fileName())).append("\"/>\n");
                for (Alternate other : handbook.edition().alternates()) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(other.language())
                            .append("\" href=\"").append(escape(URI.create(url).resolve(other.prefix()) + page.fileName()))
                            .append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        return Optional.of(xml.append("</urlset>\n").toString());
    }

    /** Lets every crawler in and names the sitemap. */
    public static String robots(List<Handbook> handbooks) {
        String base = handbooks.get(0).settings().baseUrl().orElseThrow();
        return "User-agent: *\nAllow: /\nSitemap: " + base + SITEMAP + "\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
