package org.backspasm.handbook.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Region;

/** Reads and validates a clinic profile: who the clinic is, where it is, and how its edition looks. */
public final class ClinicLoader {

    /** What a profile decides for its edition besides the clinic itself. */
    public record Edition(Clinic clinic, Region region, PaperSize paper, Optional<String> language) {
    }

    /** The colour templates put the brand colour on, and under it: white. */
    public static final String BRAND_BACKGROUND = "#ffffff";
    public static final double MIN_CONTRAST = 4.5;
    static final int MAX_LOGO_BYTES = 512 * 1024;

    private static final Set<String> KEYS = Set.of("name", "phone", "email", "booking_url", "address", "logo",
            "brand_colour", "region", "paper", "public_url", "reviewed_by", "urgent_number", "templates", "language");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ClinicLoader() {
    }

    public static Optional<Edition> load(Path profile, String shown, Map<String, Region> regions, ProblemList problems) {
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
        String phone = Values.phone(yaml, "phone", problems);
        String email = yaml.text("email");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(shown, yaml.lineOf("email"), "'email' must be an email address such as hello@clinic.example, not '"
                    + email + "'");
        }
        String bookingUrl = httpsUrl(yaml, "booking_url", problems);
        String address = Values.text(yaml, "address", problems);
        Path logo = logo(yaml, folder, problems);
        String colour = brandColour(yaml, problems);
        Region region = Values.region(yaml, "region", regions, problems);
        if (yaml.has("urgent_number")) {
            region = new Region(region.code(), region.name(), region.emergencyNumber(), region.urgentName(),
                    Values.phone(yaml, "urgent_number", problems), region.paper());
        }
        PaperSize paper = yaml.has("paper") ? Values.paper(yaml, problems) : region.paper();
        String publicUrl = yaml.has("public_url") ? httpsUrl(yaml, "public_url", problems) : "";
        String reviewedBy = Values.text(yaml, "reviewed_by", problems);
        Optional<Path> templates = templates(yaml, folder, problems);

        String extension = ImageFiles.extension(yaml.text("logo"));
        Clinic clinic = new Clinic(id, shown, name, phone, email, bookingUrl, address, logo, "clinic-logo." + extension,
                colour, publicUrl, reviewedBy, templates);
        Optional<String> language = yaml.optionalText("language");
        language.filter(code -> !code.matches("[a-z]{2}")).ifPresent(code -> problems.add(yaml.file(),
                yaml.lineOf("language"), "'language' must be a two-letter code such as 'es', not '" + code + "'"));
        return Optional.of(new Edition(clinic, region, paper, language));
    }

    private static String httpsUrl(YamlFields yaml, String key, ProblemList problems) {
        String value = yaml.text(key);
        if (value.isEmpty()) {
            return value;
        }
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !uri.getHost().contains(".")) {
                problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' must be a web address starting with https://, not '"
                        + value + "'");
            }
        } catch (URISyntaxException e) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' is not a valid web address: '" + value + "'");
        }
        return value;
    }

    private static Path logo(YamlFields yaml, Path folder, ProblemList problems) {
        String value = yaml.text("logo");
        Path logo = folder.resolve(value).normalize();
        if (value.isEmpty()) {
            return logo;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        int line = yaml.lineOf("logo");
        if (!logo.startsWith(folder)) {
            problems.add(yaml.file(), line, "logo '" + value + "' is outside the profile's folder; put the logo "
                    + "beside the profile");
        } else if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
            problems.add(yaml.file(), line, "'logo' must be an SVG or PNG file, not '" + value + "'");
        } else if (!Files.isRegularFile(logo)) {
            problems.add(yaml.file(), line, "logo file '" + value + "' not found beside the profile");
        } else {
            try {
                long size = Files.size(logo);
                if (size > MAX_LOGO_BYTES) {
                    problems.add(yaml.file(), line, "logo file '" + value + "' is " + size / 1024
                            + " KB; keep it under " + MAX_LOGO_BYTES / 1024 + " KB");
                } else if (!ImageFiles.isImage(logo)) {
                    problems.add(yaml.file(), line, "logo file '" + value + "' is not a readable "
                            + (lower.endsWith(".svg") ? "SVG" : "PNG") + " image");
                }
            } catch (IOException e) {
                problems.add(yaml.file(), line, "cannot read logo file '" + value + "'");
            }
        }
        return logo;
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
        return Optional.of(dir);
    }
}
