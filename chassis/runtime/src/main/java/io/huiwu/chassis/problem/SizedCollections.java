package io.huiwu.chassis.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.Collection;

/**
 * A list in a request body longer than its field's {@code @Size(max)} is refused as soon as it is read, before Bean
 * Validation looks at its elements: validating every element of a list far too long (and reporting each bad one)
 * costs far more than the request is worth, and grows faster than the list. Registered by {@link StrictJson}, so no
 * field of any service can forget it.
 */
final class SizedCollections extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, -1);
    }

    /** Reads the list as the framework does, then holds it to the most its field allows. */
    static final class Bounded extends DelegatingDeserializer implements ContextualDeserializer {

        private final int max;

        Bounded(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> delegate = _delegatee instanceof ContextualDeserializer contextual
                    ? contextual.createContextual(context, property) : _delegatee;
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return new Bounded(delegate, size == null ? -1 : size.max());
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            if (_delegatee instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (max >= 0 && value instanceof Collection<?> collection && collection.size() > max) {
                throw new RejectedText(parser, Message.of("must have at most {0} items; it has {1}",
                        "最多 {0} 项；现有 {1} 项", max, collection.size()));
            }
            return value;
        }
    }
}
