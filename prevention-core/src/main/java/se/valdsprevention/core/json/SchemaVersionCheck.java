package se.valdsprevention.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import se.valdsprevention.core.validation.ValidationException;

/**
 * Reads a top-level document only if its {@code schemaVersion} is the one this library reads, and hands the rest
 * of the document (without {@code schemaVersion}) to the document's own deserializer.
 */
class SchemaVersionCheck extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    private final Class<?> type;

    SchemaVersionCheck(JsonDeserializer<?> delegate, Class<?> type) {
        super(delegate);
        this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new SchemaVersionCheck(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            return _delegatee.deserialize(parser, context);
        }
        TokenBuffer rest = context.bufferForInputBuffering(parser);
        rest.writeStartObject();
        Integer version = null;
        boolean found = false;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            if (Documents.SCHEMA_VERSION.equals(name)) {
                found = true;
                version = parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                parser.skipChildren();
            } else {
                rest.writeFieldName(name);
                rest.copyCurrentStructure(parser);
            }
        }
        rest.writeEndObject();
        check(found, version);
        JsonParser restParser = rest.asParser(parser);
        restParser.nextToken();
        return _delegatee.deserialize(restParser, context);
    }

    private void check(boolean found, Integer version) {
        int current = Documents.currentVersion(type);
        String name = type.getSimpleName();
        if (!found) {
            throw ValidationException.of(
                    Documents.SCHEMA_VERSION,
                    "schemaVersion saknas för " + name + "; den här versionen läser " + current);
        }
        if (version == null) {
            throw ValidationException.of(Documents.SCHEMA_VERSION, "måste vara ett heltal");
        }
        if (version != current) {
            throw ValidationException.of(
                    Documents.SCHEMA_VERSION,
                    "schemaVersion " + version + " stöds inte för " + name + "; den här versionen läser " + current);
        }
    }
}
