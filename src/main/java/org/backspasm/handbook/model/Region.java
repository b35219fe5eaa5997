package org.backspasm.handbook.model;

/** Where the handbook is used: the emergency number and the same-day, non-emergency route. */
public record Region(String name, String emergencyNumber, String urgentName, String urgentNumber) {
}
