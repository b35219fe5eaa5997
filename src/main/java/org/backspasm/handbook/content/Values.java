package org.backspasm.handbook.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.PaperSize;
import java.util.List;
import org.backspasm.handbook.model.Regions;

/** Checked values that settings, regions and clinic profiles share: phone numbers, plain names, paper. */
final class Values {

    /** Names that go into Markdown as they are, so no Markdown or HTML syntax. */
    static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} .,'’()/&-]+");

    private Values() {
    }

    static String plain(YamlFields yaml, String key, ProblemList problems) {
        String value = yaml.text(key);
        if (!value.isEmpty() && !PLAIN.matcher(value).matches()) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key
                    + "' may hold letters, digits, spaces and . , ' ( ) / & - only, not '" + value + "'");
        }
        return value;
    }

    /**
     * A phone number at {@code key}, read for the country of {@code regionCode} ({@link PhoneNumbers}); empty,
     * with a problem at the key's line, when it is not one. An empty value is empty without a problem.
     *
     * @param shortNumbers whether service numbers such as 111 are accepted
     */
    static Optional<PhoneNumbers.Phone> phoneNumber(YamlFields yaml, String key, String regionCode, Regions regions,
                                                    boolean shortNumbers, ProblemList problems) {
        String value = yaml.text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String country = PhoneNumbers.countryOf(regionCode);
        // Messages are in English: the region's English name, else its name in any language, else its code.
        String where = regions.find(regionCode, "en")
                .or(() -> regions.byCode().getOrDefault(regionCode, java.util.Map.of()).values().stream().findFirst())
                .map(r -> r.name()).orElse(regionCode.isEmpty() ? "its region" : regionCode);
        PhoneNumbers.Read read = PhoneNumbers.read(value, country, where, shortNumbers);
        if (!read.ok()) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "': " + read.problem());
            return Optional.empty();
        }
        return Optional.of(read.phone());
    }

    /**
     * The region code at {@code key} when content/regions.yml has it and its texts in {@code language}; otherwise
     * a problem that names the codes to choose from.
     */
    static String regionCode(YamlFields yaml, String key, Regions regions, String language, ProblemList problems) {
        String file = yaml.file();
        int line = yaml.lineOf(key);
        String code = yaml.text(key);
        if (code.isEmpty() || regions.byCode().isEmpty()) {
            return code;
        }
        if (!regions.byCode().containsKey(code)) {
            List<String> parts = regions.partsOf(code);
            problems.add(file, line, parts.isEmpty()
                    ? "unknown region '" + code + "' (known: " + String.join(", ", regions.codes())
                            + "; add a region to content/regions.yml)"
                    : "region '" + code + "' has parts whose services differ: choose one of " + String.join(", ", parts));
        } else if (regions.find(code, language).isEmpty()) {
            problems.add(file, line, "region '" + code + "' has no texts in language '" + language
                    + "' in content/regions.yml; add them there, or choose another region");
        }
        return code;
    }

    /**
     * Free text a clinic writes about itself (name, address, reviewer): any characters but control characters,
     * at most 200 of them. It only ever reaches templates, which escape it.
     */
    static String text(YamlFields yaml, String key, ProblemList problems) {
        String value = yaml.text(key);
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' must be one line of text without control characters");
        } else if (value.codePointCount(0, value.length()) > 200) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' is " + value.codePointCount(0, value.length())
                    + " characters long; keep it to 200");
        }
        return value;
    }

    static PaperSize paper(YamlFields yaml, ProblemList problems) {
        String value = yaml.text("paper");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "a4" -> PaperSize.A4;
            case "letter" -> PaperSize.LETTER;
            default -> {
                if (!value.isEmpty()) {
                    problems.add(yaml.file(), yaml.lineOf("paper"), "'paper' must be A4 or Letter, not '" + value + "'");
                }
                yield PaperSize.A4;
            }
        };
    }

    /** A web address that must start with https:// (an IDN host is checked as browsers send it). */
    static String httpsUrl(YamlFields yaml, String key, ProblemList problems) {
        String value = yaml.text(key);
        if (value.isEmpty()) {
            return value;
        }
        try {
            // A web address with letters beyond ASCII in its host (fisioterapia-españa.es) is checked in the
            // form browsers send it (xn--…); it is printed as written.
            java.util.regex.Matcher parts = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)$")
                    .matcher(value);
            String ascii = parts.matches() ? parts.group(1) + java.net.IDN.toASCII(parts.group(2)) + parts.group(3)
                    : value;
            java.net.URI uri = new java.net.URI(ascii);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !uri.getHost().contains(".")) {
                problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' must be a web address starting with https://, not '"
                        + value + "'");
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "' is not a valid web address: '" + value + "'");
        }
        return value;
    }
}
