package org.backspasm.handbook.content;

import java.util.Locale;
import java.util.regex.Pattern;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.PaperSize;
import java.util.List;
import org.backspasm.handbook.model.Regions;

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
}
