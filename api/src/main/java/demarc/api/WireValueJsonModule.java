package demarc.api;

import org.springframework.stereotype.Component;

import demarc.model.vocabulary.WireValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes the model's vocabulary (roles, service classes, carrier categories…) in JSON as the words documents
 * and the rulebook use ({@code line-installing}), not as Java constant names ({@code LINE_INSTALLING}), both as
 * values and as map keys. Boot adds every Jackson module bean to the application's JSON mapper, which the REST
 * API and the CLI's {@code --format json} share.
 */
@Component
class WireValueJsonModule extends SimpleModule {

    WireValueJsonModule() {
        super("demarc-wire-values");
        addSerializer(WireValue.class, new WireSerializer(false));
        addKeySerializer(WireValue.class, new WireSerializer(true));
    }

    private static final class WireSerializer extends ValueSerializer<WireValue> {

        private final boolean asKey;

        WireSerializer(boolean asKey) {
            this.asKey = asKey;
        }

        @Override
        public void serialize(WireValue value, JsonGenerator generator, SerializationContext context) {
            if (asKey) {
                generator.writeName(value.wire());
            } else {
                generator.writeString(value.wire());
            }
        }
    }
}
