package io.huiwu.registration.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource({"13812345678, 138****5678", "+8613812345678, +86*******5678", "12345, ***45"})
    void masksPhones(String phone, String masked) {
        assertEquals(masked, PersonalData.maskPhone(phone));
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, 110105********002X", "E12345678, *****5678", "H1234567890, *******7890",
            "12345678, ********"})
    void masksIdNumbersAndOtherDocumentNumbers(String id, String masked) {
        assertEquals(masked, PersonalData.maskIdNumber(id));
    }

    @Test
    void hidesHealthNeedsWhole() {
        assertEquals("******", PersonalData.hideText("糖尿病，需随身携带胰岛素"));
        assertEquals("******", PersonalData.hideText("x"));
        assertNull(PersonalData.hideText(null));
    }
}
