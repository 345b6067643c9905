package se.valdsprevention.core.json;

import com.fasterxml.jackson.databind.annotation.JsonAppend;

/** Writes {@code schemaVersion} first in every top-level document. */
@JsonAppend(
        prepend = true,
        props = @JsonAppend.Prop(value = SchemaVersionWriter.class, name = Documents.SCHEMA_VERSION, type = int.class))
abstract class SchemaVersionMixin {}
