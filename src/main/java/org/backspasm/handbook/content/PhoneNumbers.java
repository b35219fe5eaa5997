package org.backspasm.handbook.content;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;

/**
 * Phone numbers as people write them ({@code +44 (0)20 7946 0000}, {@code 020 7946 0123 ext. 204},
 * {@code (312) 555-0142}), read by Google's libphonenumber for the country of the edition's region: shown in
 * that country's own format, dialled in the international form, extensions kept, and a number that is not in
 * use there refused with the reason.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT_NUMBERS = ShortNumberInfo.getInstance();
    private static final char NO_BREAK = '\u00A0';

    private PhoneNumbers() {
    }

    /**
     * A number read: {@code shown} as printed, with no-break spaces so that it never breaks across lines;
     * {@code dial} as a {@code tel:} link wants it (E.164, then {@code ;ext=} and the extension).
     */
    record Phone(String shown, String dial) {
    }

    /** A number, or why it is not one. Exactly one of the two is set. */
    record Read(Phone phone, String problem) {
        boolean ok() {
            return phone != null;
        }
    }

    /** The country whose numbers a region uses: GB for GB-SCT; none for a region of several countries (EU). */
    static String countryOf(String regionCode) {
        String country = regionCode.length() >= 2 ? regionCode.substring(0, 2) : "";
        return NUMBERS.getSupportedRegions().contains(country) ? country : "";
    }

    /**
     * @param country the ISO code of the country the number should work in, or empty when numbers must be
     *     written in full, starting with + and the country code
     * @param shortNumbers whether service numbers such as 111 or 116 117 are accepted
     */
    static Read read(String written, String country, String countryName, boolean shortNumbers) {
        String text = written.strip();
        String digits = text.replaceAll("[\\s\\u00A0-]", "");
        if (shortNumbers && digits.matches("[0-9]{3,6}")) {
            if (country.isEmpty() || SHORT_NUMBERS.isValidShortNumberForRegion(parseQuietly(digits, country), country)) {
                return new Read(new Phone(text.replace(' ', NO_BREAK), digits), null);
            }
            return new Read(null, "'" + text + "' is not a service number in " + countryName);
        }
        PhoneNumber number;
        try {
            number = NUMBERS.parse(text, country.isEmpty() ? "ZZ" : country);
        } catch (NumberParseException e) {
            return new Read(null, switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> country.isEmpty()
                        ? "write '" + text + "' in full, starting with + and the country code, e.g. +353 1 234 5678"
                        : "'" + text + "' starts with a country code that does not exist";
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "'" + text + "' is too short for a phone number";
                case TOO_LONG -> "'" + text + "' is too long for a phone number";
                default -> "'" + text + "' is not a phone number: write digits, spaces and an optional leading +";
            });
        }
        if (!NUMBERS.isValidNumber(number)) {
            PhoneNumberUtil.ValidationResult why = NUMBERS.isPossibleNumberWithReason(number);
            String reason = switch (why) {
                case TOO_SHORT, INVALID_LENGTH -> "it has too few or too many digits";
                case TOO_LONG -> "it has too many digits";
                case INVALID_COUNTRY_CODE -> "its country code does not exist";
                default -> "no number in use there looks like it";
            };
            return new Read(null, "'" + text + "' is not a valid phone number for " + countryName + ": " + reason);
        }
        boolean home = !country.isEmpty() && country.equals(NUMBERS.getRegionCodeForNumber(number));
        String extension = number.hasExtension() ? number.getExtension() : "";
        PhoneNumber withoutExtension = new PhoneNumber().mergeFrom(number).clearExtension();
        // No-break spaces inside the number and inside "ext. 204"; a line may break only between the two.
        String shown = NUMBERS.format(withoutExtension, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL)
                .replace(' ', NO_BREAK) + (extension.isEmpty() ? "" : " ext." + NO_BREAK + extension);
        String dial = NUMBERS.format(withoutExtension, PhoneNumberFormat.E164) + (extension.isEmpty() ? "" : ";ext=" + extension);
        return new Read(new Phone(shown, dial), null);
    }

    private static PhoneNumber parseQuietly(String digits, String country) {
        try {
            return NUMBERS.parse(digits, country);
        } catch (NumberParseException e) {
            return new PhoneNumber();
        }
    }
}
