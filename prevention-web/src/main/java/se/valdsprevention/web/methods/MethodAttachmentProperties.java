package se.valdsprevention.web.methods;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The method bank's settings under {@code prevention.web}: the largest attachment a county officer may upload. */
@ConfigurationProperties(prefix = "prevention.web")
public class MethodAttachmentProperties {

    /** The default largest attachment. */
    public static final DataSize DEFAULT_MAX_SIZE = DataSize.ofMegabytes(10);

    /** The largest file that may be attached to a method; 10 MB unless the county says otherwise. */
    private DataSize methodAttachmentMaxSize = DEFAULT_MAX_SIZE;

    public DataSize getMethodAttachmentMaxSize() {
        return methodAttachmentMaxSize;
    }

    public void setMethodAttachmentMaxSize(DataSize methodAttachmentMaxSize) {
        if (methodAttachmentMaxSize == null || methodAttachmentMaxSize.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    "prevention.web.method-attachment-max-size: must be a positive size, for example 10MB");
        }
        this.methodAttachmentMaxSize = methodAttachmentMaxSize;
    }
}
