package se.valdsprevention.workflows.cycle;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import se.valdsprevention.core.county.Department;

/** The department codes a form may offer: the names of the domain's {@link Department}s. */
final class DepartmentChoices {

    static final Set<String> CODES =
            Arrays.stream(Department.values()).map(Department::name).collect(Collectors.toUnmodifiableSet());

    private DepartmentChoices() {}
}
