package org.backspasm.handbook.content;

import java.util.Locale;
import java.util.regex.Pattern;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Region;

/** Checked values that settings, regions and clinic profiles share: phone numbers, plain names, paper. */
final class Values {

    /** Phone numbers as dialled: digits and spaces, an optional leading plus, brackets and dashes between. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()-]{1,22}[0-9]");
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

    static String phone(YamlFields yaml, String key, ProblemList problems) {
        String value = yaml.text(key);
        if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
            problems.add(yaml.file(), yaml.lineOf(key), "'" + key
                    + "' must be a phone number as dialled (digits, spaces, brackets, dashes, optional leading +), not '"
                    + value + "'");
        }
        return value;
    }

    /** The region a code names, or the first region (with a problem recorded) when the code is unknown. */
    static Region region(YamlFields yaml, String key, java.util.Map<String, Region> regions, ProblemList problems) {
        String code = yaml.text(key);
        Region region = regions.get(code);
        if (region == null && !code.isEmpty() && !regions.isEmpty()) {
            problems.add(yaml.file(), yaml.lineOf(key), "unknown region '" + code + "' (known: "
                    + String.join(", ", regions.keySet()) + "; add a region to content/regions.yml)");
        }
        return region != null ? region : regions.values().stream().findFirst()
                .orElse(new Region("", "", "", "", "", PaperSize.A4));
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
}
