package se.valdsprevention.core.method;

import java.util.List;
import java.util.Optional;
import se.valdsprevention.core.validation.Violations;

/** The method bank (metodbank): methods with unique ids, to search and sort. */
public record MethodBank(List<Method> methods) {

    public MethodBank {
        var v = new Violations();
        methods = v.list(methods, "methods");
        v.unique(methods, "methods", "id", Method::id, "metod-id");
        v.throwIfAny();
    }

    public Optional<Method> method(String id) {
        return methods.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The methods matching {@code query}, sorted by name. */
    public List<Method> search(MethodQuery query) {
        return search(query, MethodSort.NAME);
    }

    public List<Method> search(MethodQuery query, MethodSort sort) {
        return methods.stream().filter(query::matches).sorted(sort.comparator()).toList();
    }
}
