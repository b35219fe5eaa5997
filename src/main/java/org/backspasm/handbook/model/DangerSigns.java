package org.backspasm.handbook.model;

import java.util.List;

/**
 * The three tiers of danger signs, taken once from the danger-signs page and shown on the start page,
 * the card and the plan. Each list item is HTML (inline markup only).
 */
public record DangerSigns(
        Tier callNow,
        Tier seeDoctorToday,
        Tier bookAppointment) {

    /** One tier: its heading as written in the page, its signs, and the line of the heading. */
    public record Tier(String id, String heading, List<String> signs, int line) {
    }

    public List<Tier> all() {
        return List.of(callNow, seeDoctorToday, bookAppointment);
    }
}
