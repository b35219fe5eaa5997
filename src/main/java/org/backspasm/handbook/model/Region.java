package org.backspasm.handbook.model;

import java.util.List;
import java.util.Map;

/**
 * Where an edition is read, in the edition's language: its emergency and same-day numbers, its services' names,
 * and the words its readers use.
 *
 * @param code the region code, e.g. {@code GB-SCT} or {@code US}
 * @param name the region's name, e.g. "Scotland"
 * @param readers the line that tells readers which place the edition is for, e.g. "For readers in Scotland"
 * @param emergencyNumbers every number that reaches the emergency services; the first is the one to dial
 * @param emergency the emergency number as the edition says it, e.g. "112 or 999"
 * @param urgentName the same-day, non-emergency route as readers know it, e.g. "NHS 111"
 * @param urgentNumber the same-day route's phone number; absent where the region has no single one
 * @param serviceNumbers every service number the region's editions may print: emergency, same-day and others
 * @param terms the region's words for what differs by place, by placeholder name (e.g. {@code doctor} → "GP")
 * @param foreignTerms words of other places that must not appear in this region's editions, each with the
 *     local word to use instead (empty where there is none)
 */
public record Region(String code, String name, String readers, PaperSize paper, List<String> emergencyNumbers,
                     String emergency, String urgentName, java.util.Optional<String> urgentNumber, List<String> serviceNumbers,
                     Map<String, String> terms, Map<String, String> foreignTerms) {

    /** The number a tap-to-call link for the emergency services dials. */
    public String emergencyNumber() {
        return emergencyNumbers.isEmpty() ? "" : emergencyNumbers.get(0);
    }

    public String emergencyDial() {
        return dialable(emergencyNumber());
    }

    /** A same-day route by name and number, such as a clinic's own line. */
    public record UrgentLine(String name, String number) {
    }

    /** The same region with a clinic's own same-day route and words. */
    public Region withClinic(java.util.Optional<UrgentLine> clinicUrgent, Map<String, String> clinicTerms) {
        Map<String, String> merged = new java.util.TreeMap<>(terms);
        merged.putAll(clinicTerms);
        List<String> numbers = new java.util.ArrayList<>(serviceNumbers);
        clinicUrgent.ifPresent(line -> numbers.add(line.number()));
        return new Region(code, name, readers, paper, emergencyNumbers, emergency,
                clinicUrgent.map(UrgentLine::name).orElse(urgentName),
                clinicUrgent.map(UrgentLine::number).or(() -> urgentNumber),
                List.copyOf(numbers), Map.copyOf(merged), foreignTerms);
    }

    /** A number as a {@code tel:} link wants it: digits and a leading plus only. */
    public static String dialable(String number) {
        return number.replaceAll("[^0-9+]", "");
    }
}
