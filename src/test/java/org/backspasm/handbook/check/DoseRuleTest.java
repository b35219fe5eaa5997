package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What reads as a medicine dose, in English and Spanish, and what is an exercise dose the handbook may give. */
class DoseRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Take 400 mg of ibuprofen.|400 mg",
        "Take 1 or 2 paracetamol.|1 or 2 paracetamol",
        "Take two tablets.|two tablets",
        "You can take painkillers every 8 hours.|every 8 hours",
        "Use the medicine up to 3 times a day.|up to 3 times a day",
        "Tome una o dos pastillas.|dos pastillas",
        "Tome el calmante cada 8 horas.|cada 8 horas",
        "Tome el ibuprofeno hasta 3 veces al día.|hasta 3 veces al día",
        "Tome dos ibuprofenos.|dos ibuprofenos",
        "Paracetamol: every 6 hours.|every 6 hours",
        "Painkillers; up to 3 times a day.|up to 3 times a day"})
    void aMedicineDoseIsFound(String sentence, String dose) {
        assertEquals(List.of(dose), ContentChecker.doses(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Do 5 slow repeats, 3 times a day.",
        "Start with 5 slow repeats, 3 times a day. Add 1 or 2 repeats every few days.",
        "Haga 5 repeticiones lentas, 3 veces al día.",
        "Walk for 10 minutes every 2 hours if you sit a lot.",
        "Ibuprofen suits many people. Ask a pharmacist.",
        "About 7 in 100 people felt better with anti-inflammatories."})
    void anExerciseDoseOrAFigureIsNotAMedicineDose(String sentence) {
        assertEquals(List.of(), ContentChecker.doses(sentence));
    }
}
