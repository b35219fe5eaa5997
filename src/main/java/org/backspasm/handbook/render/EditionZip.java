package org.backspasm.handbook.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The whole edition as one zip to download, host or keep on a phone; same files, same bytes, every build. */
public final class EditionZip {

    private EditionZip() {
    }

    /**
     * @param folder the folder name the files unpack into
     * @param date the date every entry carries, so that the same content gives the same zip
     */
    public static byte[] of(String folder, Map<String, byte[]> files, Instant date) {
        // The entry time as a plain date and time in UTC: a FileTime would be written in the machine's time
        // zone, so the same content would give another zip in another zone.
        java.time.LocalDateTime time = java.time.LocalDateTime.ofInstant(date, java.time.ZoneOffset.UTC);
        String zipName = folder + ".zip";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(folder + "/" + file.getKey());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(file.getKey().endsWith(".html") ? withoutLinkTo(zipName, file.getValue()) : file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Inside the zip, the link to the zip itself leads nowhere: it becomes its words, without the link. */
    private static byte[] withoutLinkTo(String zipName, byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        if (!text.contains(zipName)) {
            return html;
        }
        Document page = Jsoup.parse(text);
        page.outputSettings().prettyPrint(false);
        page.select("a[href]").stream().filter(a -> a.attr("href").replaceFirst("^(\\.\\./)+", "").equals(zipName))
                .forEach(a -> a.unwrap());
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
