package se.valdsprevention.web.methods;

import java.util.Optional;
import se.valdsprevention.workflows.methods.Methods;

/** The method catalogue other pages use, read from the county's method bank. */
class BankCatalogue implements MethodCatalogue {

    private final Methods methods;

    BankCatalogue(Methods methods) {
        this.methods = methods;
    }

    @Override
    public Optional<MethodReference> find(String methodId) {
        if (methodId == null || methodId.isBlank() || methodId.length() > 64) {
            return Optional.empty();
        }
        return methods.latest(methodId)
                .map(r -> new MethodReference(r.methodId(), r.method().name()));
    }
}
