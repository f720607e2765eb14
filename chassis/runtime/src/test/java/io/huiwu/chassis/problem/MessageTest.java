package io.huiwu.chassis.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageTest {

    @Test
    void argumentsAndNestedMessagesAreWrittenInTheSameLanguage() {
        Message noun = Message.of("Attendee", "参会人员");
        Message detail = Message.of("{0} {1} does not exist", "{0} {1} 不存在", noun, "42");
        assertEquals("Attendee 42 does not exist", detail.in(Language.ENGLISH));
        assertEquals("参会人员 42 不存在", detail.in(Language.CHINESE));
    }

    @Test
    void bracesThatAreNotPlaceholdersAndQuotesStayAsTheyAre() {
        Message text = Message.of("has the unknown value '{0}'; {x} {} {9}", "“{0}”", "OTHER");
        assertEquals("has the unknown value 'OTHER'; {x} {} ", text.in(Language.ENGLISH));
    }

    @Test
    void theLanguageIsTheFirstOfChineseOrEnglishTheCallerAccepts() {
        assertEquals(Language.CHINESE, Language.of("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Language.CHINESE, Language.of("zh-TW"));
        assertEquals(Language.CHINESE, Language.of("fr, zh;q=0.5"));
        assertEquals(Language.ENGLISH, Language.of("en-GB, zh;q=0.5"));
        assertEquals(Language.ENGLISH, Language.of("zh;q=0, en"));
        assertEquals(Language.ENGLISH, Language.of("fr"));
        assertEquals(Language.ENGLISH, Language.of(null));
        assertEquals(Language.ENGLISH, Language.of("not;a=valid;header"));
    }
}
