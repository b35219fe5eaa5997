package org.backspasm.handbook.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;

/**
 * An edition speaks for its own region only: another region's emergency or same-day number, or a word that
 * belongs to another place (GP in a US edition, paracetamol without acetaminophen), is a problem with its line.
 * Placeholders are right by construction, so only the words written into the pages themselves are read.
 */
public final class RegionWordsChecker {

    /** The rule a page may be excused from, e.g. the sources page, which quotes published titles. */
    public static final String RULE = "region-words";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)|\\{#[^}]*}|https?://\\S+");
    private static final Pattern FRONT_MATTER_TEXT = Pattern.compile("^\\s*-?\\s*(title|nav_title|summary|card):");

    /** Words that make a number a count, not a phone number: "112 days", "911 people". */
    private static final String COUNTED = "(?i)days?|weeks?|months?|years?|people|adults|patients|minutes?|hours?"
            + "|seconds?|times|d[ií]as|semanas|meses|años|personas|adultos|pacientes|minutos|horas|segundos|veces";

    private RegionWordsChecker() {
    }

    /** The patterns one region's pages are read against, compiled once for all of its pages. */
    public record Rules(Region own, List<NumberRule> numbers, List<TermRule> terms) {
    }

    /** The rules for a region: the numbers of every other region ({@link #foreignNumbers}), its own words. */
    public static Rules rules(Region own, Map<String, String> foreignNumbers) {
        return new Rules(own, numberRules(foreignNumbers), termRules(own));
    }

    /** What the rules find on the lines of one page that this edition keeps (none when the page waives it). */
    public static ProblemList checkPage(Page page, Rules rules) {
        ProblemList found = new ProblemList();
        if (page.waives(RULE)) {
            return found;
        }
        for (int line : linesToRead(page)) {
            String text = readable(page.lines().get(line - 1));
            numbers(text, rules.numbers(), rules.own()).forEach(message -> found.add(page.source(), line, message));
            terms(text, rules.terms(), rules.own()).forEach(message -> found.add(page.source(), line, message));
        }
        return found;
    }

    /** The same check on what templates made, such as the card; {@code file} is what messages name. */
    public static void checkHtml(String file, String html, Handbook handbook, Regions regions, ProblemList problems) {
        Region own = handbook.settings().region();
        String readable = org.jsoup.Jsoup.parse(html).text();
        // What the clinic says about itself is the clinic's own, not the handbook's words.
        for (String clinicText : handbook.clinic().map(c -> java.util.stream.Stream.concat(Stream.of(c.phone(),
                c.name(), c.email(), c.address(), c.bookingUrl()), Stream.concat(c.shortUrl().stream(),
                c.publicUrl().stream())).toList()).orElse(List.of())) {
            readable = clinicText.isEmpty() ? readable : readable.replace(clinicText, " ");
        }
        for (String message : numbers(readable, foreignNumbers(own, handbook.settings().language(), regions), own)) {
            problems.add(file, 0, message);
        }
        for (String message : terms(readable, own)) {
            problems.add(file, 0, message);
        }
    }

    /** The body lines the edition keeps, and the front matter lines whose text is published. */
    private static List<Integer> linesToRead(Page page) {
        List<Integer> lines = new java.util.ArrayList<>();
        for (int i = 1; i < page.bodyLine() - 1 && i <= page.lines().size(); i++) {
            if (FRONT_MATTER_TEXT.matcher(page.lines().get(i - 1)).find()) {
                lines.add(i);
            }
        }
        lines.addAll(page.keptLines());
        return lines;
    }

    /** The line without placeholders, link targets, heading ids and web addresses, which readers never see as words. */
    static String readable(String line) {
        String text = FRONT_MATTER_TEXT.matcher(line).replaceFirst(" ");
        return LINK_TARGET.matcher(PLACEHOLDER.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /** Each other region's service number that this region does not share, as digits, with what it is. */
    static Map<String, String> foreignNumbers(Region own, String language, Regions regions) {
        Set<String> ownDigits = own.serviceNumbers().stream().map(Region::dialable).collect(Collectors.toSet());
        Map<String, String> foreign = new LinkedHashMap<>();
        regions.byCode().forEach((code, languages) -> Optional.ofNullable(languages.get(language))
                .or(() -> languages.values().stream().findFirst()).ifPresent(region -> {
            for (String number : region.serviceNumbers()) {
                String digits = Region.dialable(number);
                if (!ownDigits.contains(digits) && !code.equals(own.code())) {
                    String what = region.emergencyNumbers().contains(number) ? "an emergency number" : "a health line";
                    foreign.putIfAbsent(digits, what + " in " + code + " (" + region.name() + ")");
                }
            }
        }));
        return foreign;
    }

    /** Another region's number, as a pattern that allows spaces or dashes between its digits, and what it is. */
    record NumberRule(Pattern pattern, String what) {
    }

    /** A word of another region, as a pattern, and what readers here say instead (empty when nothing). */
    record TermRule(Pattern pattern, String local) {
    }

    /** Compiled once per check, not once per line: a page has hundreds of lines and a region a dozen numbers. */
    private static List<NumberRule> numberRules(Map<String, String> foreign) {
        List<NumberRule> rules = new java.util.ArrayList<>();
        foreign.forEach((digits, what) -> {
            String spaced = digits.chars().mapToObj(c -> Pattern.quote(Character.toString(c)))
                    .collect(Collectors.joining("[ \\u00a0-]?"));
            rules.add(new NumberRule(Pattern.compile("(?<![\\d,.+])" + spaced
                    + "(?![\\d]|[,.]\\d)(?!\\s*(?:" + COUNTED + ")\\b)"), what));
        });
        return rules;
    }

    private static List<TermRule> termRules(Region own) {
        List<TermRule> rules = new java.util.ArrayList<>();
        own.foreignTerms().forEach((term, local) -> {
            boolean acronym = term.equals(term.toUpperCase(Locale.ROOT));
            rules.add(new TermRule(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term)
                    + "(?![\\p{L}\\p{N}])", acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), local));
        });
        return rules;
    }

    static List<String> numbers(String text, Map<String, String> foreign, Region own) {
        return numbers(text, numberRules(foreign), own);
    }

    private static List<String> numbers(String text, List<NumberRule> rules, Region own) {
        List<String> messages = new java.util.ArrayList<>();
        for (NumberRule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                messages.add("'" + m.group() + "' is " + rule.what() + ", not a number for readers in " + own.name()
                        + "; write {{emergency_number}} or {{urgent_link}}, which give each region its own");
            }
        }
        return messages;
    }

    static List<String> terms(String text, Region own) {
        return terms(text, termRules(own), own);
    }

    private static List<String> terms(String text, List<TermRule> rules, Region own) {
        List<String> messages = new java.util.ArrayList<>();
        for (TermRule rule : rules) {
            String local = rule.local();
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (!local.isEmpty() && glossed(text, m, local)) {
                    continue;
                }
                messages.add("'" + m.group() + "' is not what readers in " + own.name() + " say"
                        + (local.isEmpty() ? "" : " (they say '" + local + "')") + suggestion(own, local)
                        + ", or put the local word first with this one in brackets");
                break;
            }
        }
        return messages;
    }

    /** The foreign word stands in brackets after the local one, or the local one in brackets after it. */
    private static boolean glossed(String text, Matcher m, String local) {
        String before = text.substring(0, m.start());
        String after = text.substring(m.end());
        return before.endsWith(local + " (") || after.startsWith(" (" + local + ")");
    }

    private static String suggestion(Region own, String local) {
        return own.terms().entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(local) && !local.isEmpty())
                .map(e -> "; write {{" + e.getKey() + "}}").findFirst().orElse("; reword it");
    }
}
