package demarc.api.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static demarc.api.access.Role.ADMIN;
import static demarc.api.access.Role.ARCHITECT;
import static demarc.api.access.Role.INVENTORY;
import static demarc.api.access.Role.REGULATOR;

/**
 * Which roles may call which endpoint: the one table of the API's access control (README, "Access control").
 * The first rule whose methods and path pattern match a request decides. After the named endpoints come the
 * defaults, so that an endpoint added later is covered without an edit here: reading under {@code /api} is for
 * the reading roles, anything else there (a write) for {@code admin}; reading outside {@code /api} (the web
 * view's pages, {@code /ns/**}, the OpenAPI description, health) is public; any other request is {@code admin}'s.
 *
 * <p>The table applies once keys exist ({@link ApiKeyStore#required()}); before that, on localhost, everything
 * is open as it always was.
 */
public final class AccessPolicy {

    private static final Set<String> READ = Set.of("GET", "HEAD");
    private static final Set<String> ANY = Set.of();

    /** The table, in order. A rule without roles is public: no key needed. */
    public static final List<Rule> RULES = List.of(
            new Rule(Set.of("POST"), "/api/v1/imports", List.of(INVENTORY, ADMIN)),
            new Rule(Set.of("POST"), "/api/v1/whatif", List.of(ARCHITECT, ADMIN)),
            new Rule(Set.of("POST"), "/api/v1/checks", List.of(ARCHITECT, ADMIN)),
            new Rule(READ, "/api/v1/audit/**", List.of(REGULATOR, ADMIN)),
            new Rule(READ, "/api/**", List.of(REGULATOR, ARCHITECT, ADMIN)),
            new Rule(ANY, "/api/**", List.of(ADMIN)),
            new Rule(READ, "/actuator/health/**", List.of()),
            new Rule(ANY, "/actuator/**", List.of(ADMIN)),
            new Rule(READ, "/**", List.of()),
            new Rule(ANY, "/**", List.of(ADMIN)));

    private static final List<PathPattern> PATTERNS =
            RULES.stream().map(rule -> PathPatternParser.defaultInstance.parse(rule.path())).toList();

    private AccessPolicy() {
    }

    /** The rule deciding {@code method} on {@code path} (the path without the context path). */
    public static Rule ruleFor(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        String upper = method.toUpperCase(Locale.ROOT);
        for (int i = 0; i < RULES.size(); i++) {
            Rule rule = RULES.get(i);
            if ((rule.methods().isEmpty() || rule.methods().contains(upper)) && PATTERNS.get(i).matches(container)) {
                return rule;
            }
        }
        throw new IllegalStateException("the access table ends with a rule for every request");
    }

    /**
     * One row of the table.
     *
     * @param methods the HTTP methods it covers; empty: all
     * @param path    a Spring path pattern ({@code /**} matches any rest, including none)
     * @param roles   the roles allowed; empty: anyone, without a key
     */
    public record Rule(Set<String> methods, String path, List<Role> roles) {

        public Rule {
            methods = Set.copyOf(methods);
            roles = List.copyOf(roles);
        }

        public boolean isPublic() {
            return roles.isEmpty();
        }

        public boolean allows(Role role) {
            return isPublic() || roles.contains(role);
        }
    }
}
