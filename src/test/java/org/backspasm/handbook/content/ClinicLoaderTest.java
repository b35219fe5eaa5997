package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A clinic profile read into the clinic's values, each checked, each mistake at its line. */
class ClinicLoaderTest {

    private static final Path BASE = Path.of("src/test/resources/fixtures/base/content");
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><rect width=\"4\" "
            + "height=\"4\"/></svg>";
    private static final String PROFILE = """
            name: Riverside Physio
            phone: "+44 20 7946 0123"
            email: hello@riverside-physio.example
            booking_url: https://riverside-physio.example/book
            address: 2 River Walk, London SE1 9AA
            logo: logo.svg
            brand_colour: "#00573F"
            region: GB-ENG
            public_url: https://riverside-physio.example/back-spasm/
            reviewed_by: Sam Patel, chartered physiotherapist
            """;

    @TempDir
    Path temp;

    private final ProblemList problems = new ProblemList();

    private Optional<ClinicLoader.Profile> load(String profile) throws IOException {
        Files.writeString(temp.resolve("logo.svg"), SVG);
        Files.writeString(temp.resolve("riverside.yml"), profile);
        Regions regions = RegionsLoader.load(BASE, "content", problems);
        return ClinicLoader.load(temp.resolve("riverside.yml"), "clinics/riverside.yml", regions, List.of("en"),
                problems);
    }

    /** A clinic's own same-day line takes the place of the region's in its editions. */
    @Test
    void aClinicsOwnSameDayLineReplacesTheRegions() throws IOException {
        ClinicLoader.Profile profile = load(PROFILE + "urgent_name: Riverside same-day line\n"
                + "urgent_number: \"020 7946 0999\"\n").orElseThrow();
        assertEquals(List.of(), problems.toList());
        Region.UrgentLine line = profile.urgent().orElseThrow();
        assertEquals("Riverside same-day line", line.name());
        Region england = RegionsLoader.load(BASE, "content", problems).find("GB-ENG", "en").orElseThrow();
        Region own = england.withClinic(profile.urgent(), Map.of());
        assertEquals("Riverside same-day line", own.urgentName());
        assertEquals(Optional.of(line.number()), own.urgentNumber());
        assertTrue(own.serviceNumbers().contains(line.number()), own.serviceNumbers().toString());
        assertEquals(england.urgentName(), england.withClinic(Optional.empty(), Map.of()).urgentName());
    }

    /** A clinic that does not host its edition has no public address, and so no QR code. */
    @Test
    void withoutAPublicAddressThereIsNone() throws IOException {
        Clinic clinic = load(PROFILE.replaceAll("(?m)^public_url:.*\n", "")).orElseThrow().clinic();
        assertEquals(List.of(), problems.toList());
        assertEquals(Optional.empty(), clinic.publicUrl());
        assertEquals(Optional.empty(), clinic.shortUrl());
    }

    @Test
    void everyValueIsReadAsWritten() throws IOException {
        ClinicLoader.Profile profile = load(PROFILE).orElseThrow();
        assertEquals(List.of(), problems.toList());
        Clinic clinic = profile.clinic();
        assertEquals("riverside", clinic.id());
        assertEquals("clinics/riverside.yml", clinic.profile());
        assertEquals("Riverside Physio", clinic.name());
        assertEquals("Riverside Physio", clinic.shortName(), "without short_name, the name");
        assertEquals(1, clinic.nameLine());
        assertEquals("020\u00a07946\u00a00123", clinic.phone(), "as written in the UK, with no-break spaces");
        assertEquals("+442079460123", clinic.phoneDial());
        assertEquals("tel:+442079460123", clinic.phoneHref());
        assertEquals("hello@riverside-physio.example", clinic.email());
        assertEquals("https://riverside-physio.example/book", clinic.bookingUrl());
        assertEquals("2 River Walk, London SE1 9AA", clinic.address());
        assertEquals("#00573f", clinic.brandColour(), "written in lowercase");
        assertEquals(java.util.Optional.of("https://riverside-physio.example/back-spasm/"), clinic.publicUrl());
        assertEquals("Sam Patel, chartered physiotherapist", clinic.reviewedBy());
        assertEquals("clinic-logo.svg", clinic.logoFile());
        assertEquals(temp.resolve("logo.svg").toAbsolutePath().normalize(), clinic.logoSource());
        assertEquals(Optional.empty(), clinic.templatesDir());
        assertEquals("GB-ENG", profile.region());
        assertEquals(List.of("en"), profile.languages());
        assertEquals(Optional.empty(), profile.paper());
        assertEquals(Optional.empty(), profile.urgent());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "booking_url: http://riverside.example/book|4|'booking_url' must be a web address starting with https://, not 'http://riverside.example/book'",
        "booking_url: https://localhost/book|4|'booking_url' must be a web address starting with https://, not 'https://localhost/book'",
        "booking_url: https:///book|4|'booking_url' must be a web address starting with https://, not 'https:///book'",
        "booking_url: 'https://a b.example'|4|'booking_url' is not a valid web address: 'https://a b.example'",
        "public_url: ftp://riverside.example/|9|'public_url' must be a web address starting with https://, not 'ftp://riverside.example/'",
        "brand_colour: '#777777'|7|brand colour #777777 on white (#ffffff), as used for the clinic name, links and the booking button, has contrast 4.48:1; it needs 4.5:1 (0.02 short); choose a darker colour",
        "brand_colour: green|7|'brand_colour' must be a colour written #rrggbb, not 'green'",
        "email: hello@riverside|3|'email' must be an email address such as hello@clinic.example, not 'hello@riverside'",
        "logo: ../logo.svg|6|logo '../logo.svg' is outside the profile's folder; put the logo beside the profile",
        "logo: other.svg|6|logo file 'other.svg' not found beside the profile",
        "languages: [en, en]|11|language 'en' is listed twice",
        "languages: [fr]|11|the content has no pages in language 'fr' (it has en)",
        "languages: [english]|11|'languages' must list two-letter codes such as 'es', not 'english'",
        "languages: []|11|'languages' must name at least one language"})
    void aValueThatIsWrongIsNamedAtItsLine(String replacement, int line, String message) throws IOException {
        String key = replacement.substring(0, replacement.indexOf(':'));
        String profile = PROFILE.lines().anyMatch(l -> l.startsWith(key + ":"))
                ? PROFILE.replaceFirst("(?m)^" + key + ":.*$", java.util.regex.Matcher.quoteReplacement(replacement))
                : PROFILE + replacement + "\n";
        load(profile);
        assertEquals(List.of(new Problem("clinics/riverside.yml", line, message)), problems.toList());
    }

    @Test
    void aColourWithEnoughContrastPasses() throws IOException {
        ClinicLoader.Profile profile = load(PROFILE.replace("#00573F", "#767676")).orElseThrow();
        assertEquals(List.of(), problems.toList());
        assertEquals("#767676", profile.clinic().brandColour());
    }

    @Test
    void languageAndLanguagesTogetherAreOneTooMany() throws IOException {
        load(PROFILE + "language: en\nlanguages: [en]\n");
        assertEquals(List.of(new Problem("clinics/riverside.yml", 11, "set 'languages' or 'language', not both")),
                problems.toList());
    }

    @Test
    void aLogoOfExactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] exactly = Arrays.copyOf(png.toByteArray(), ClinicLoader.MAX_LOGO_BYTES);
        Files.write(temp.resolve("logo.png"), exactly);
        String profile = PROFILE.replace("logo: logo.svg", "logo: logo.png");
        assertEquals("clinic-logo.png", load(profile).orElseThrow().clinic().logoFile());
        assertEquals(List.of(), problems.toList());
        Files.write(temp.resolve("logo.png"), Arrays.copyOf(exactly, exactly.length + 1));
        load(profile);
        assertEquals(List.of(new Problem("clinics/riverside.yml", 6, "logo file 'logo.png' is 512 KB; keep it under "
                + "512 KB")), problems.toList());
    }

    @Test
    void aLogoThatIsNotAnImageIsNamed() throws IOException {
        Files.writeString(temp.resolve("logo.png"), "not a picture");
        load(PROFILE.replace("logo: logo.svg", "logo: logo.png"));
        assertEquals(List.of(new Problem("clinics/riverside.yml", 6, "logo file 'logo.png' is not a PNG, JPEG or SVG "
                + "picture")), problems.toList());
    }

    @Test
    void aTemplatesFolderBesideTheProfileIsUsed() throws IOException {
        Files.createDirectories(temp.resolve("my-templates"));
        ClinicLoader.Profile profile = load(PROFILE + "templates: my-templates\n").orElseThrow();
        assertEquals(List.of(), problems.toList());
        assertEquals(Optional.of(temp.resolve("my-templates").toAbsolutePath().normalize()),
                profile.clinic().templatesDir());
    }

    @Test
    void aTemplateLinkOutIsNamedRelativeToTheProfilesFolder() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("../outside-" + temp.getFileName()).normalize());
        Files.writeString(outside.resolve("x.ftlh"), "x");
        Files.createDirectories(temp.resolve("t/parts"));
        Files.createSymbolicLink(temp.resolve("t/parts/x.ftlh"), outside.resolve("x.ftlh"));
        Files.writeString(temp.resolve("t/inside.ftlh"), "y");
        Files.createSymbolicLink(temp.resolve("t/alias.ftlh"), temp.resolve("t/inside.ftlh"));
        assertTrue(load(PROFILE + "templates: t\n").isPresent());
        assertEquals(List.of(new Problem("clinics/t/parts/x.ftlh", 0, "this template is a symbolic link that leads "
                + "out of its folder; copy the file here instead")), problems.toList());
    }

    @Test
    void aProfileFileNameThatCannotBeAFolderNameIsNamed() throws IOException {
        Files.writeString(temp.resolve("River Side.yml"), PROFILE);
        assertEquals(Optional.empty(), ClinicLoader.load(temp.resolve("River Side.yml"), "clinics/River Side.yml",
                RegionsLoader.load(BASE, "content", problems), List.of("en"), problems));
        assertEquals(List.of(new Problem("clinics/River Side.yml", 0, "a profile's file name becomes its edition's "
                + "folder: use lowercase letters, digits and dashes, e.g. 'riverside-physio.yml'")), problems.toList());
    }

    private static byte[] picture(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void aLogoIsKnownByItsBytesAndKeepsItsShape() throws IOException {
        Files.write(temp.resolve("wordmark.png"), picture(600, 150, "png"));
        Clinic wide = load(PROFILE.replace("logo: logo.svg", "logo: wordmark.png")).orElseThrow().clinic();
        assertEquals(List.of(), problems.toList());
        assertEquals("clinic-logo.png", wide.logoFile());
        assertEquals(4.0, wide.logoAspect(), 1e-9);
        assertEquals(160, wide.logoWebWidth());
        assertEquals(40, wide.logoWebHeight());
        assertEquals(45.0, wide.logoPrintWidthMm(), 1e-9, "at most 45 mm wide");
        assertEquals(11.25, wide.logoPrintHeightMm(), 1e-9, "and lower, to keep its shape");

        Files.write(temp.resolve("photo.png"), picture(300, 200, "jpg"));
        Clinic jpeg = load(PROFILE.replace("logo: logo.svg", "logo: photo.png")).orElseThrow().clinic();
        assertEquals(List.of(), problems.toList());
        assertEquals("clinic-logo.jpg", jpeg.logoFile(), "a JPEG named .png is published as the JPEG it is");
        assertEquals(1.5, jpeg.logoAspect(), 1e-9);

        Files.writeString(temp.resolve("tall.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 50 100\">"
                + "<rect width=\"50\" height=\"100\"/></svg>");
        Clinic tall = load(PROFILE.replace("logo: logo.svg", "logo: tall.svg")).orElseThrow().clinic();
        assertEquals(0.5, tall.logoAspect(), 1e-9);
        assertEquals(20, tall.logoWebWidth());
        assertEquals(8.5, tall.logoPrintWidthMm(), 1e-9);
        assertEquals(17.0, tall.logoPrintHeightMm(), 1e-9);
    }

    @Test
    void aHugePictureIsRefusedFromItsHeaderBeforeItIsDecoded() throws IOException {
        // A PNG whose header says 20000 × 20000 pixels; its pixel data is never read.
        byte[] small = picture(2, 2, "png");
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(small);
        header.putInt(16, 20_000).putInt(20, 20_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(small, 12, 17);
        header.putInt(29, (int) crc.getValue());
        Files.write(temp.resolve("huge.png"), small);
        load(PROFILE.replace("logo: logo.svg", "logo: huge.png"));
        assertEquals(List.of(new Problem("clinics/riverside.yml", 6, "logo file 'huge.png' is 20000 × 20000 pixels; "
                + "use one at most 4000 pixels on its longer side")), problems.toList());
    }

    @Test
    void anSvgThatOnlyWrapsABitmapIsNamedAsSuch() throws IOException {
        Files.writeString(temp.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/png;"
                + "base64,iVBORw0KGgo=\" width=\"10\" height=\"10\"/></svg>");
        Files.writeString(temp.resolve("riverside.yml"), PROFILE);
        ClinicLoader.load(temp.resolve("riverside.yml"), "clinics/riverside.yml",
                RegionsLoader.load(BASE, "content", problems), List.of("en"), problems);
        assertEquals(List.of(new Problem("clinics/riverside.yml", 6, "logo file 'logo.svg' is a bitmap picture wrapped "
                + "in an SVG (an <image> with the pixels inside); use an SVG that just draws, or a PNG or JPEG")), problems.toList());
    }

    @Test
    void aGifIsNotALogo() throws IOException {
        Files.write(temp.resolve("logo.gif"), picture(4, 4, "gif"));
        load(PROFILE.replace("logo: logo.svg", "logo: logo.gif"));
        assertEquals(List.of(new Problem("clinics/riverside.yml", 6, "logo file 'logo.gif' is not a PNG, JPEG or SVG "
                + "picture")), problems.toList());
    }

    @Test
    void aShortNameIsForNarrowPlaces() throws IOException {
        Clinic clinic = load(PROFILE + "short_name: Riverside\n").orElseThrow().clinic();
        assertEquals("Riverside", clinic.shortName());
        assertEquals("Riverside Physio", clinic.name());
        assertEquals(List.of(), problems.toList());
    }
}
