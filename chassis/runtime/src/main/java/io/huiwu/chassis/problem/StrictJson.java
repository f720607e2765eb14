package io.huiwu.chassis.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Request bodies are read strictly: a number is not a name, {@code "12"} is not a rank, {@code 0} is not a gender
 * and {@code 1.5} is not a whole number. Jackson would quietly convert each of these; a roster that must have no
 * errors should be told instead. Unknown fields are refused by {@code quarkus.jackson.fail-on-unknown-properties},
 * a string holding the NUL character by {@link TextWithoutNul}, and a list longer than its field's {@code @Size} by
 * {@link SizedCollections}, for every field of every service.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** What a field holding U+0000 is told. */
    public static final Message NUL = Message.of("must not contain the NUL character (U+0000)",
            "不得包含 NUL 字符（U+0000）");

    /** Reads strings as Jackson does, and refuses one holding U+0000 (see {@link RejectedText}). */
    static final class TextWithoutNul extends StdScalarDeserializer<String> {
        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new RejectedText(parser, NUL);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("huiwu-text").addDeserializer(String.class, new TextWithoutNul())
                .setDeserializerModifier(new SizedCollections()));
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }
}
