package io.huiwu.registration.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            王芳                | 王芳
            王　芳              | 王芳
            ' 王 芳 '           | 王芳
            欧阳 建国           | 欧阳建国
            阿沛 · 阿旺晋美     | 阿沛·阿旺晋美
            John  Smith         | John Smith
            ' Anna Lee'         | Anna Lee
            李 John             | 李 John
            阿依古丽・买买提    | 阿依古丽·买买提
            阿依古丽•买买提     | 阿依古丽·买买提
            阿依古丽．买买提    | 阿依古丽·买买提
            阿依古丽.买买提     | 阿依古丽·买买提
            阿依古丽 ‧ 买买提   | 阿依古丽·买买提
            J. Smith            | J. Smith
            """)
    void normalizes(String raw, String stored) {
        assertEquals(stored, PersonName.normalize(raw));
    }
}
