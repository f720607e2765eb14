package io.huiwu.registration.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The mainland resident ID number (公民身份号码) of GB 11643-1999: a six-digit address code, the date of birth as
 * yyyyMMdd, a three-digit sequence code whose last digit is odd for men and even for women, and a check character
 * computed with ISO 7064 MOD 11-2 (X standing for 10). A roster must have no errors (DOMAIN.md, roster), and most
 * typing mistakes in such a number change its check character or make its date impossible.
 *
 * <p>The 15-digit numbers of first-generation cards are refused, with their own reason: those cards ceased to be
 * valid on 1 January 2013, and turning such a number into an 18-digit one would record a number nobody checked
 * against the person's card. The address code is not checked: divisions are renamed and merged, and a number keeps
 * the code it was issued with.
 */
public final class MainlandIdNumber {

    /** Why a number is not a well-formed resident ID number. */
    public enum Refusal {
        /** 15 digits: a first-generation number, no longer valid; the 18-character one is needed. */
        LEGACY_15_DIGITS,
        /** Not 18 characters. */
        LENGTH,
        /** 18 characters, but not 17 digits and a digit or X. */
        CHARACTERS,
        /** The date of birth does not exist (19990230), or lies in the future or before 1900. */
        BIRTH_DATE,
        /** The check character does not match the other 17. */
        CHECK_CHARACTER
    }

    /** What a well-formed number says about its holder. */
    public record Reading(LocalDate birthDate, Gender gender) {
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private MainlandIdNumber() {
    }

    /**
     * Why the number is refused, or empty when it is well formed. The number is expected as stored: without spaces,
     * a final x in upper case.
     *
     * @param today the date in China, after which nobody is born
     */
    public static Optional<Refusal> refusal(String number, LocalDate today) {
        if (number.length() == 15 && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Refusal.LEGACY_15_DIGITS);
        }
        if (number.length() != 18) {
            return Optional.of(Refusal.LENGTH);
        }
        if (!number.matches("[0-9]{17}[0-9X]")) {
            return Optional.of(Refusal.CHARACTERS);
        }
        Optional<LocalDate> born = birthDate(number);
        if (born.isEmpty() || born.get().isAfter(today) || born.get().isBefore(EARLIEST_BIRTH)) {
            return Optional.of(Refusal.BIRTH_DATE);
        }
        if (checkCharacter(number) != number.charAt(17)) {
            return Optional.of(Refusal.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /**
     * The date of birth and gender a number gives; empty unless it is well formed (a number recorded earlier is not
     * held to today's date).
     */
    public static Optional<Reading> read(String number) {
        if (number == null || refusal(number, LocalDate.MAX).isPresent()) {
            return Optional.empty();
        }
        Gender gender = (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return birthDate(number).map(born -> new Reading(born, gender));
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.parse(number.substring(6, 14), BIRTH_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
