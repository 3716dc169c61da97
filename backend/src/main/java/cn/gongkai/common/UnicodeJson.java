package cn.gongkai.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON strings must be text: a {@code \ud800} escape without its partner is refused as the field's error (a 400
 * naming it) instead of reaching the database as '?'. Applies to every string the application's JSON mapper reads
 * into a typed field, list or map value; nothing stored can hold a lone surrogate, so reading stored JSON is never
 * affected.
 */
@Configuration(proxyBeanMethods = false)
class UnicodeJson {

    /** {@link InvalidFormatException#getTargetType()} of the refusal, so the problem handler can say what it is */
    static final class LoneSurrogate extends InvalidFormatException {

        LoneSurrogate(JsonParser p, String value) {
            super(p, "lone surrogate in a string", value, String.class);
        }
    }

    @Bean
    JacksonModule strictStrings() {
        return new SimpleModule("gongkai-strict-strings").addDeserializer(String.class, new StrictStringDeserializer());
    }

    private static final class StrictStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            if (value != null && UnicodeText.loneSurrogate(value) >= 0) {
                throw new LoneSurrogate(p, value);
            }
            return value;
        }
    }
}
