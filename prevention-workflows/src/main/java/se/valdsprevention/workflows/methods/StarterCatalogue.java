package se.valdsprevention.workflows.methods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import se.valdsprevention.core.json.DomainJson;
import se.valdsprevention.core.method.MethodBank;

/**
 * The methods a new county's bank starts with: methods and material the Swedish violence-prevention field commonly
 * names, each described in the project's own words with its public source ({@value #RESOURCE}). Loaded once, when
 * the bank is empty; county officers change them afterwards like any other method.
 */
public class StarterCatalogue {

    public static final String RESOURCE = "se/valdsprevention/methods/starter-catalogue.json";
    /** The author of the starter methods' first revisions. */
    public static final String AUTHOR = "startkatalog";

    private final Methods methods;
    private final DomainJson json;
    private final Clock clock;

    public StarterCatalogue(Methods methods, DomainJson json, Clock clock) {
        this.methods = methods;
        this.json = json;
        this.clock = clock;
    }

    /** The catalogue as shipped. */
    public MethodBank read() {
        try (InputStream in = StarterCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The starter catalogue " + RESOURCE + " is missing");
            }
            return json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), MethodBank.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the catalogue to an empty bank; returns how many methods were added (0 when the bank had any). */
    public int loadIfEmpty() {
        return methods.addAllIfEmpty(read().methods(), AUTHOR, clock.instant());
    }
}
