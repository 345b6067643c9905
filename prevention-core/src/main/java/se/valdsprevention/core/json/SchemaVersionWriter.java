package se.valdsprevention.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;

/** The virtual {@code schemaVersion} property: the current version of the document's type. */
class SchemaVersionWriter extends VirtualBeanPropertyWriter {

    private static final long serialVersionUID = 1L;

    /** Used by Jackson to find {@link #withConfig}. */
    SchemaVersionWriter() {}

    private SchemaVersionWriter(BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
        super(definition, annotations, type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator generator, SerializerProvider provider) {
        return Documents.currentVersion(bean.getClass());
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(
            MapperConfig<?> config, AnnotatedClass declaringClass, BeanPropertyDefinition definition, JavaType type) {
        return new SchemaVersionWriter(definition, declaringClass.getAnnotations(), type);
    }
}
