package se.valdsprevention.web.methods;

import java.util.Optional;

/**
 * What other pages need of the method bank: a method's name and address by its id, for an activity of the action
 * plan that uses it. The method bank's own pages provide the bean; a page that finds none shows the id.
 */
public interface MethodCatalogue {

    Optional<MethodReference> find(String methodId);

    /** A method as another page links to it: {@code /metodbank/{id}}. */
    record MethodReference(String id, String name) {

        public String path() {
            return "/metodbank/" + id;
        }
    }
}
