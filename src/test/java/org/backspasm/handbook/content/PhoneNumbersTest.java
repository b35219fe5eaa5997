package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone numbers as clinics write them, read for their region's country by libphonenumber. */
class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        // written, country, shown (_ for a no-break space), dialled
        "+44 20 7946 0123|GB|020_7946_0123|+442079460123",
        "+44 (0)20 7946 0000|GB|020_7946_0000|+442079460000",
        "020 7946 0123 ext. 204|GB|020_7946_0123 ext._204|+442079460123;ext=204",
        "+44 20 7946 0123 x204|GB|020_7946_0123 ext._204|+442079460123;ext=204",
        "+353 (0)1 234 5678|IE|(01)_234_5678|+35312345678",
        "(312) 555-0142|US|(312)_555-0142|+13125550142",
        "514-555-0199|CA|(514)_555-0199|+15145550199",
        "1800 633 422|AU|1800_633_422|+611800633422",
        "+61 (0)2 9876 5432 ext. 204|AU|(02)_9876_5432 ext._204|+61298765432;ext=204",
        "+34 912 345 678|ES|912_34_56_78|+34912345678",
        "+44 20 7946 0123|US|+44_20_7946_0123|+442079460123",
        "+353 1 234 5678||+353_1_234_5678|+35312345678"})
    void aNumberIsShownAsItsCountryWritesItAndDialledInFull(String written, String country, String shown, String dial) {
        PhoneNumbers.Read read = PhoneNumbers.read(written, country == null ? "" : country, "there", false);
        assertEquals(null, read.problem());
        assertEquals(shown.replace('_', '\u00a0'), read.phone().shown());
        assertEquals(dial, read.phone().dial());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "020 7946 012|GB|'020 7946 012' is not a valid phone number for England: no number in use there looks like it",
        "(312) 555-0142|GB|'(312) 555-0142' is not a valid phone number for England: no number in use there looks like it",
        "call us|GB|'call us' is not a phone number: write digits, spaces and an optional leading +",
        "1|GB|'1' is not a phone number: write digits, spaces and an optional leading +",
        "020 7946 0123||write '020 7946 0123' in full, starting with + and the country code, e.g. +353 1 234 5678",
        "+999 123 456 789|GB|'+999 123 456 789' starts with a country code that does not exist",
        "111|GB|'111' is not a valid phone number for England: it has too few or too many digits",
        "+44 20 7946 01234567|GB|'+44 20 7946 01234567' is not a valid phone number for England: it has too many digits"})
    void aNumberThatIsNotInUseIsRefusedWithTheReason(String written, String country, String problem) {
        assertEquals(problem, PhoneNumbers.read(written, country == null ? "" : country, "England", false).problem());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {"999|GB|999|999", "111|GB|111|111", "116 117|DE|116_117|116117",
        "811|CA|811|811", "061|ES|061|061", "116 117||116_117|116117", "1800 633 422|AU|1800_633_422|+611800633422"})
    void serviceNumbersAreAcceptedWhereTheyWork(String written, String country, String shown, String dial) {
        PhoneNumbers.Read read = PhoneNumbers.read(written, country == null ? "" : country, "there", true);
        assertEquals(null, read.problem());
        assertEquals(shown.replace('_', '\u00a0'), read.phone().shown());
        assertEquals(dial, read.phone().dial());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"116 117, ES", "999, US", "12345, GB"})
    void aServiceNumberOfAnotherCountryIsRefused(String written, String country) {
        assertEquals("'" + written + "' is not a service number in there",
                PhoneNumbers.read(written, country, "there", true).problem());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"GB-SCT, GB", "IE, IE", "US, US", "EU, ''", "'', ''", "X, ''"})
    void theCountryOfARegion(String region, String country) {
        assertEquals(country, PhoneNumbers.countryOf(region == null ? "" : region));
    }
}
