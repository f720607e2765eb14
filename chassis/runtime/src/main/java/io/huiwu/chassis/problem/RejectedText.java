package io.huiwu.chassis.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A string in a request body that no field may hold, whatever its own rules say: the NUL character (U+0000), which
 * PostgreSQL cannot store in text. Thrown while the body is read, so it is refused for every field of every service
 * before it reaches a database; answered as a 400 naming the field.
 */
public class RejectedText extends JsonMappingException {

    private final Message reason;

    public RejectedText(JsonParser parser, Message reason) {
        super(parser, reason.in(Language.ENGLISH));
        this.reason = reason;
    }

    /** What is wrong with the value, worded to follow the field's name. */
    public Message reason() {
        return reason;
    }
}
