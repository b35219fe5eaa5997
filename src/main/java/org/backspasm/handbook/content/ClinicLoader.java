package org.backspasm.handbook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Regions;
import java.util.List;

/** Reads and validates a clinic profile: who the clinic is, where it is, and how its edition looks. */
public final class ClinicLoader {

    /**
     * What a profile decides for its editions besides the clinic itself.
     *
     * @param region the region code; its texts exist for every one of {@code languages}
     * @param languages the editions' languages, the first at the top of the clinic's folder
     * @param urgent the clinic's own same-day route, if it gives one in place of the region's
     * @param terms the clinic's own words for the region's terms
     */
    public record Profile(Clinic clinic, String region, Optional<PaperSize> paper, List<String> languages,
                          Optional<Region.UrgentLine> urgent, Map<String, String> terms) {
    }

    /** The colour templates put the brand colour on, and under it: white. */
    public static final String BRAND_BACKGROUND = "#ffffff";
    public static final double MIN_CONTRAST = 4.5;
    static final int MAX_LOGO_BYTES = 512 * 1024;
    /** Far more than print or screen needs; a bigger picture takes minutes to draw into the PDFs. */
    static final int MAX_LOGO_PIXELS = 4000;

    private static final Set<String> KEYS = Set.of("name", "phone", "email", "booking_url", "address", "logo",
            "brand_colour", "region", "paper", "public_url", "reviewed_by", "urgent_name", "urgent_number", "templates",
            "language", "languages", "terms", "short_name");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ClinicLoader() {
    }

    /**
     * @param languages the languages the content has, the handbook's own first; a profile that names none gets
     *     the handbook's own
     */
    public static Optional<Profile> load(Path profile, String shown, Regions regions, List<String> languages,
                                         ProblemList problems) {
        String fileName = profile.getFileName().toString();
        String id = fileName.replaceFirst("\\.ya?ml$", "");
        if (!ID.matcher(id).matches()) {
            problems.add(shown, 0, "a profile's file name becomes its edition's folder: use lowercase letters, "
                    + "digits and dashes, e.g. 'riverside-physio.yml'");
            return Optional.empty();
        }
        Optional<YamlFields> parsed = YamlFields.readFile(profile, shown, "clinic profile not found", problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get();
        yaml.allowOnly(KEYS);
        Path folder = profile.toAbsolutePath().normalize().getParent();

        String name = Values.text(yaml, "name", problems);
        String shortName = yaml.has("short_name") ? Values.text(yaml, "short_name", problems) : name;
        if (yaml.has("short_name") && shortName.codePointCount(0, shortName.length()) > Clinic.SHORT_NAME_LENGTH) {
            problems.add(shown, yaml.lineOf("short_name"), "'short_name' is " + shortName.codePointCount(0,
                    shortName.length()) + " characters long; it goes where space is short (the card's top, a phone's "
                    + "header): keep it to " + Clinic.SHORT_NAME_LENGTH);
        }
        Optional<PhoneNumbers.Phone> phone = Values.phoneNumber(yaml, "phone", yaml.text("region"), regions, false,
                problems);
        String email = yaml.text("email");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(shown, yaml.lineOf("email"), "'email' must be an email address such as hello@clinic.example, not '"
                    + email + "'");
        }
        String bookingUrl = Values.httpsUrl(yaml, "booking_url", problems);
        String address = Values.text(yaml, "address", problems);
        Logo logo = logo(yaml, folder, problems);
        String colour = brandColour(yaml, problems);
        List<String> editionLanguages = languages(yaml, languages, problems);
        for (String language : editionLanguages) {
            Values.regionCode(yaml, "region", regions, language, problems);
        }
        String region = yaml.text("region");
        String urgentNumber = yaml.has("urgent_number") ? Values.phoneNumber(yaml, "urgent_number", region, regions,
                true, problems).map(PhoneNumbers.Phone::dial).orElse(yaml.text("urgent_number")) : "";
        String urgentName = yaml.has("urgent_name") ? Values.plain(yaml, "urgent_name", problems) : "";
        if (urgentNumber.isEmpty() && !urgentName.isEmpty()) {
            problems.add(yaml.file(), yaml.lineOf("urgent_name"), "'urgent_name' needs 'urgent_number' beside it: "
                    + "without it, the region's own number would be printed under your service's name");
        }
        if (!urgentNumber.isEmpty() && urgentName.isEmpty()) {
            problems.add(yaml.file(), yaml.lineOf("urgent_number"), "'urgent_number' needs 'urgent_name' beside it: "
                    + "the name of the service that answers that number, so that it is never printed under "
                    + "another service's name");
        }
        Map<String, String> terms = new java.util.TreeMap<>();
        if (yaml.has("terms")) {
            YamlFields words = yaml.mapping("terms");
            java.util.Set<String> known = new java.util.TreeSet<>();
            editionLanguages.forEach(l -> regions.find(region, l).ifPresent(r -> known.addAll(r.terms().keySet())));
            if (!known.isEmpty()) {
                words.allowOnly(known);
            }
            words.keys().forEach(key -> terms.put(key, Values.plain(words, key, problems)));
        }
        Optional<PaperSize> paper = yaml.has("paper") ? Optional.of(Values.paper(yaml, problems)) : Optional.empty();
        Optional<String> publicUrl = yaml.has("public_url")
                ? Optional.of(Values.httpsUrl(yaml, "public_url", problems)).filter(url -> !url.isEmpty())
                : Optional.empty();
        String reviewedBy = Values.text(yaml, "reviewed_by", problems);
        Optional<Path> templates = templates(yaml, folder, problems);

        Clinic clinic = new Clinic(id, shown, name, shortName, yaml.lineOf("name"), phone.map(PhoneNumbers.Phone::shown).orElse(""),
                phone.map(PhoneNumbers.Phone::dial).orElse(""), email, bookingUrl, address, logo.source(),
                "clinic-logo." + logo.kind().extension(), logo.aspect(),
                colour, publicUrl, reviewedBy, templates);
        Optional<Region.UrgentLine> urgent = urgentNumber.isEmpty() || urgentName.isEmpty() ? Optional.empty()
                : Optional.of(new Region.UrgentLine(urgentName, urgentNumber));
        return Optional.of(new Profile(clinic, region, paper, editionLanguages, urgent,
                Map.copyOf(terms)));
    }

    /** The profile's 'languages' (or one 'language'), each one the content has. */
    private static List<String> languages(YamlFields yaml, List<String> available, ProblemList problems) {
        if (yaml.has("language") && yaml.has("languages")) {
            problems.add(yaml.file(), yaml.lineOf("language"), "set 'languages' or 'language', not both");
        }
        String key = yaml.has("languages") ? "languages" : "language";
        List<String> chosen = yaml.has(key) ? yaml.textList(key) : List.of(available.get(0));
        List<String> languages = new java.util.ArrayList<>();
        for (String code : chosen) {
            if (!code.matches("[a-z]{2}")) {
                problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' must list two-letter codes such as 'es', not '"
                        + code + "'");
            } else if (!available.contains(code)) {
                problems.add(yaml.file(), yaml.lineOf(key), "the content has no pages in language '" + code
                        + "' (it has " + String.join(", ", available) + ")");
            } else if (languages.contains(code)) {
                problems.add(yaml.file(), yaml.lineOf(key), "language '" + code + "' is listed twice");
            } else {
                languages.add(code);
            }
        }
        if (languages.isEmpty() && problems.isEmpty()) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' must name at least one language");
        }
        return List.copyOf(languages);
    }

    /** A logo as its bytes say: kind, and width divided by height, so that it is drawn at its own shape. */
    record Logo(Path source, ImageFiles.Kind kind, double aspect) {
    }

    private static Logo logo(YamlFields yaml, Path folder, ProblemList problems) {
        String value = yaml.text("logo");
        Path logo = folder.resolve(value).normalize();
        Logo none = new Logo(logo, ImageFiles.Kind.OTHER, 1);
        if (value.isEmpty()) {
            return none;
        }
        int line = yaml.lineOf("logo");
        if (!logo.startsWith(folder)) {
            problems.add(yaml.file(), line, "logo '" + value + "' is outside the profile's folder; put the logo "
                    + "beside the profile");
            return none;
        }
        if (Files.exists(logo) && !ImageFiles.isInside(logo, folder)) {
            problems.add(yaml.file(), line, "logo '" + value + "' is a symbolic link that leads out of the "
                    + "profile's folder; copy the logo beside the profile");
            return none;
        }
        if (!Files.isRegularFile(logo)) {
            problems.add(yaml.file(), line, "logo file '" + value + "' not found beside the profile");
            return none;
        }
        long size;
        try {
            size = Files.size(logo);
        } catch (IOException e) {
            problems.add(yaml.file(), line, "cannot read logo file '" + value + "'");
            return none;
        }
        if (size > MAX_LOGO_BYTES) {
            problems.add(yaml.file(), line, "logo file '" + value + "' is " + size / 1024 + " KB; keep it under "
                    + MAX_LOGO_BYTES / 1024 + " KB");
            return none;
        }
        ImageFiles.Kind kind = ImageFiles.kind(logo);
        switch (kind) {
            case OTHER -> {
                problems.add(yaml.file(), line, "logo file '" + value + "' is not a PNG, JPEG or SVG picture");
                return none;
            }
            case SVG -> {
                Optional<String> active = ImageFiles.activeSvgContent(logo);
                if (active.isPresent()) {
                    problems.add(yaml.file(), line, "logo file '" + value + "' " + active.get()
                            + "; use an SVG that just draws, or a PNG or JPEG");
                    return none;
                }
                return new Logo(logo, kind, ImageFiles.svgAspect(logo).orElse(1.0));
            }
            default -> {
                // The size from the header first: a huge picture is refused before its pixels are decoded.
                Optional<int[]> pixels = ImageFiles.pixelSize(logo);
                if (pixels.isEmpty() || pixels.get()[0] <= 0 || pixels.get()[1] <= 0) {
                    problems.add(yaml.file(), line, "logo file '" + value + "' is not a readable "
                            + (kind == ImageFiles.Kind.PNG ? "PNG" : "JPEG") + " picture");
                    return none;
                }
                int width = pixels.get()[0];
                int height = pixels.get()[1];
                if (Math.max(width, height) > MAX_LOGO_PIXELS) {
                    problems.add(yaml.file(), line, "logo file '" + value + "' is " + width + " × " + height
                            + " pixels; use one at most " + MAX_LOGO_PIXELS + " pixels on its longer side");
                    return none;
                }
                if (!ImageFiles.isImage(logo)) {
                    problems.add(yaml.file(), line, "logo file '" + value + "' is not a readable "
                            + (kind == ImageFiles.Kind.PNG ? "PNG" : "JPEG") + " picture");
                    return none;
                }
                return new Logo(logo, kind, (double) width / height);
            }
        }
    }

    private static String brandColour(YamlFields yaml, ProblemList problems) {
        String value = yaml.text("brand_colour");
        if (value.isEmpty()) {
            return value;
        }
        if (!COLOUR.matcher(value).matches()) {
            problems.add(yaml.file(), yaml.lineOf("brand_colour"), "'brand_colour' must be a colour written #rrggbb, not '"
                    + value + "'");
            return "";
        }
        double ratio = Contrast.ratio(value, BRAND_BACKGROUND);
        if (ratio < MIN_CONTRAST) {
            problems.add(yaml.file(), yaml.lineOf("brand_colour"), String.format(Locale.ROOT,
                    "brand colour %s on white (%s), as used for the clinic name, links and the booking button, has "
                            + "contrast %.2f:1; it needs %.1f:1 (%.2f short); choose a darker colour",
                    value, BRAND_BACKGROUND, ratio, MIN_CONTRAST, MIN_CONTRAST - ratio));
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static Optional<Path> templates(YamlFields yaml, Path folder, ProblemList problems) {
        if (!yaml.has("templates")) {
            return Optional.empty();
        }
        Path dir = folder.resolve(yaml.text("templates")).normalize();
        if (!dir.startsWith(folder)) {
            problems.add(yaml.file(), yaml.lineOf("templates"), "templates folder '" + yaml.text("templates")
                    + "' is outside the profile's folder; keep it beside the profile");
            return Optional.empty();
        }
        if (!Files.isDirectory(dir)) {
            problems.add(yaml.file(), yaml.lineOf("templates"), "templates folder '" + yaml.text("templates")
                    + "' not found beside the profile");
            return Optional.empty();
        }
        if (!ImageFiles.isInside(dir, folder)) {
            problems.add(yaml.file(), yaml.lineOf("templates"), "templates folder '" + yaml.text("templates")
                    + "' is a symbolic link that leads out of the profile's folder; copy the templates here instead");
            return Optional.empty();
        }
        String shownDir = yaml.file().contains("/") ? yaml.file().substring(0, yaml.file().lastIndexOf('/') + 1) : "";
        List<Path> outside = linksOutOf(dir, yaml, problems);
        for (Path link : outside) {
            problems.add(shownDir + folder.relativize(link).toString().replace('\\', '/'), 0,
                    "this template is a symbolic link that leads out of its folder; copy the file here instead");
        }
        return outside.isEmpty() ? Optional.of(dir) : Optional.empty();
    }

    /** The symbolic links in a clinic's templates folder that lead out of it: a template may only use its own. */
    private static List<Path> linksOutOf(Path dir, YamlFields yaml, ProblemList problems) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir, 8)) {
            return walk.filter(Files::isSymbolicLink).filter(link -> !ImageFiles.isInside(link, dir)).sorted().toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            problems.add(yaml.file(), yaml.lineOf("templates"), "cannot read the templates folder '"
                    + yaml.text("templates") + "'");
            return List.of();
        }
    }
}
