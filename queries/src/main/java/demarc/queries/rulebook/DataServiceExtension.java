package demarc.queries.rulebook;

import java.util.Set;

import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.ServiceClass;

/**
 * The proposal-2022 extension: a third-party facility of a service of {@code serviceClasses} is in scope when it is
 * critical for the service and holds a role outside {@code rolesNotSufficient}.
 */
public record DataServiceExtension(Set<ServiceClass> serviceClasses, Set<Role> rolesNotSufficient) {
}
