package io.huiwu.registration.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440304198503171232", "32010619900101456X"})
    void acceptsWellFormedIdNumbers(String id) {
        assertTrue(PersonalData.isValidIdNumber(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491331002X", "1101051949123100", "11010519491231002x",
            "ABCDEFGHIJKLMNOPQR", "440304198502301230"})
    void refusesMistypedIdNumbers(String id) {
        assertFalse(PersonalData.isValidIdNumber(id));
    }

    @ParameterizedTest
    @CsvSource({"13812345678, 138****5678", "+8613812345678, +86*******5678", "12345, ***45"})
    void masksPhones(String phone, String masked) {
        assertEquals(masked, PersonalData.maskPhone(phone));
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, 110105********002X"})
    void masksIdNumbers(String id, String masked) {
        assertEquals(masked, PersonalData.maskIdNumber(id));
    }
}
