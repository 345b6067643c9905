package se.valdsprevention.web.plan;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.valdsprevention.web.methods.MethodCatalogue;
import se.valdsprevention.web.methods.MethodCatalogue.MethodReference;

/**
 * The method bank as the plan sees it: a method's name and address by its id. Without a method bank (no
 * {@link MethodCatalogue} bean) every method is unknown and the plan shows its id.
 */
@Component
class PlanMethods {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ObjectProvider<MethodCatalogue> catalogues;

    PlanMethods(ObjectProvider<MethodCatalogue> catalogues) {
        this.catalogues = catalogues;
    }

    /** Whether {@code methodId} can be a method's id: letters, digits, '.', '-' or '_', at most 64 characters. */
    static boolean validId(String methodId) {
        return methodId != null && ID.matcher(methodId).matches();
    }

    Optional<MethodReference> find(String methodId) {
        if (!validId(methodId)) {
            return Optional.empty();
        }
        return catalogues
                .orderedStream()
                .map(catalogue -> catalogue.find(methodId))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
