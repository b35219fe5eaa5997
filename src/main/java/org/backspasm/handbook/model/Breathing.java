package org.backspasm.handbook.model;

/** The rhythm of the breathing guide, in whole seconds. */
public record Breathing(int inSeconds, int outSeconds) {

    public int cycleSeconds() {
        return inSeconds + outSeconds;
    }

    /** Where breathing in ends within one cycle, as a CSS keyframe percentage. */
    public String inPercent() {
        return java.math.BigDecimal.valueOf(inSeconds * 100.0 / cycleSeconds())
                .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
