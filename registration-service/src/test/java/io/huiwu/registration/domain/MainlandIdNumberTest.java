package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainlandIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440304198503171232", "32010619900101456X", "110105198001010016",
            "110101200002290018", "510107197205153011"})
    void acceptsWellFormedNumbers(String number) {
        assertEquals(Optional.empty(), MainlandIdNumber.refusal(number, TODAY));
    }

    @Test
    void aCheckCharacterOfTenIsWrittenX() {
        assertEquals('X', MainlandIdNumber.checkCharacter("11010519491231002X"));
        assertEquals(Optional.empty(), MainlandIdNumber.refusal("11010519491231002X", TODAY));
        assertEquals(Optional.of(MainlandIdNumber.Refusal.CHECK_CHARACTER),
                MainlandIdNumber.refusal("110105194912310020", TODAY));
    }

    @ParameterizedTest
    @CsvSource({
            // one digit mistyped, or two swapped: the check character no longer matches
            "110105194912310021, CHECK_CHARACTER",
            "110105194912310012, CHECK_CHARACTER",
            "440304198503171231, CHECK_CHARACTER",
            "440304198503171322, CHECK_CHARACTER",
            // 30 February 1999, with the check character the other 17 digits give
            "11010119990230001X, BIRTH_DATE",
            "110105194913310021, BIRTH_DATE",
            "110105200102290010, BIRTH_DATE",
            // born after the date of the check, or before 1900
            "11010520300101001X, BIRTH_DATE",
            "110105189912310015, BIRTH_DATE",
            // a lower-case x is not stored: the service upper-cases it first
            "11010519491231002x, CHARACTERS",
            "ABCDEFGHIJKLMNOPQR, CHARACTERS",
            "1101051949123100, LENGTH",
            "1101051949123100211, LENGTH",
            // first-generation cards: 15 digits, no century, no check character
            "110105491231002, LEGACY_15_DIGITS"})
    void refusesMistypedAndImpossibleNumbersWithTheReason(String number, MainlandIdNumber.Refusal reason) {
        assertEquals(Optional.of(reason), MainlandIdNumber.refusal(number, TODAY));
    }

    @Test
    void theSeventeenthDigitGivesTheGenderAndTheSeventhToFourteenthTheBirthDate() {
        assertEquals(new MainlandIdNumber.Reading(LocalDate.of(1949, 12, 31), Gender.FEMALE),
                MainlandIdNumber.read("11010519491231002X").orElseThrow());
        assertEquals(new MainlandIdNumber.Reading(LocalDate.of(1980, 1, 1), Gender.MALE),
                MainlandIdNumber.read("110105198001010016").orElseThrow());
        assertEquals(Gender.FEMALE, MainlandIdNumber.read("110105198001010024").orElseThrow().gender());
        assertTrue(MainlandIdNumber.read("110105194912310021").isEmpty());
        assertTrue(MainlandIdNumber.read(null).isEmpty());
    }

    @Test
    void aNumberOfDigitsIsTakenForAMainlandOneUnlessSaidOtherwise() {
        assertEquals(Optional.of(IdDocumentType.MAINLAND_ID), IdDocumentType.inferredFrom("11010519491231002X"));
        assertEquals(Optional.of(IdDocumentType.MAINLAND_ID), IdDocumentType.inferredFrom("1101051949123100"));
        assertEquals(Optional.empty(), IdDocumentType.inferredFrom("E12345678"));
        assertEquals(Optional.empty(), IdDocumentType.inferredFrom("H1234567890"));
    }
}
