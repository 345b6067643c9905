package se.valdsprevention.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module that gives every top-level document (situation picture, action plan, decision, meeting,
 * team, agreement, county, method bank) its {@code schemaVersion} on write and checks it on read. {@link
 * DomainJson} registers it; register it in another {@code ObjectMapper} (for example Spring's) to read and write
 * the same documents there.
 */
public final class DomainJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public DomainJsonModule() {
        super("prevention-core");
        for (Class<?> type : Documents.types()) {
            setMixInAnnotation(type, SchemaVersionMixin.class);
        }
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return Documents.isDocument(type) ? new SchemaVersionCheck(deserializer, type) : deserializer;
            }
        });
    }
}
