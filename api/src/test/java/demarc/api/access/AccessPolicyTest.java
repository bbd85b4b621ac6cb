package demarc.api.access;

import static demarc.api.access.Role.ADMIN;
import static demarc.api.access.Role.ARCHITECT;
import static demarc.api.access.Role.INVENTORY;
import static demarc.api.access.Role.REGULATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access table decides each endpoint as the README says, and its defaults cover endpoints added later. */
class AccessPolicyTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /api/v1/imports                  | inventory admin
            POST   | /api/v1/whatif                   | architect admin
            POST   | /api/v1/checks                   | architect admin
            GET    | /api/v1/audit                    | regulator admin
            GET    | /api/v1/audit/                   | regulator admin
            GET    | /api/v1/duties                   | regulator architect admin
            GET    | /api/v1/duties/diff              | regulator architect admin
            HEAD   | /api/v1/demarcations             | regulator architect admin
            GET    | /api/v1/chains/sk-amf            | regulator architect admin
            GET    | /api/v1/elements/sk-amf          | regulator architect admin
            GET    | /api/v1/spof/shinkai-voice       | regulator architect admin
            GET    | /api/v1/exposure                 | regulator architect admin
            GET    | /api/v1/regimes/jp-2024          | regulator architect admin
            GET    | /api/v1/reports/shinkai          | regulator architect admin
            GET    | /api/v2/anything                 | regulator architect admin
            GET    | /api/v1/imports                  | regulator architect admin
            PUT    | /api/v1/imports                  | admin
            DELETE | /api/v1/duties                   | admin
            POST   | /api/v1/reports/shinkai          | admin
            PATCH  | /api/v1/audit                    | admin
            GET    | /actuator/health                 | public
            GET    | /actuator/health/liveness        | public
            GET    | /actuator/env                    | admin
            POST   | /actuator/shutdown               | admin
            GET    | /ns/context.jsonld               | public
            GET    | /v3/api-docs                     | public
            GET    | /                                | public
            GET    | /index.html                      | public
            GET    | /assets/app.js                   | public
            POST   | /                                | admin
            OPTIONS| /api/v1/duties                   | admin
            """)
    void decidesEachEndpoint(String method, String path, String expected) {
        AccessPolicy.Rule rule = AccessPolicy.ruleFor(method, path);
        if (expected.equals("public")) {
            assertThat(rule.isPublic()).as(rule.toString()).isTrue();
        } else {
            assertThat(rule.roles()).map(Role::wire).containsExactlyInAnyOrder(expected.split(" "));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"regulator", "architect", "inventory", "admin"})
    void onlyAdminIsAllowedEverythingAndNoRoleButAdminWritesOutsideItsEndpoint(String word) {
        Role role = Role.fromWire(word);
        List<AccessPolicy.Rule> allowed = AccessPolicy.RULES.stream()
                .filter(rule -> !rule.isPublic() && rule.allows(role)).toList();
        if (role == ADMIN) {
            assertThat(allowed).hasSize((int) AccessPolicy.RULES.stream().filter(r -> !r.isPublic()).count());
        }
        if (role == REGULATOR) {
            assertThat(allowed).allSatisfy(rule -> assertThat(rule.methods()).containsOnly("GET", "HEAD"));
        }
        if (role == INVENTORY) {
            assertThat(allowed).extracting(AccessPolicy.Rule::path).containsExactly("/api/v1/imports");
        }
        if (role == ARCHITECT) {
            assertThat(allowed).extracting(AccessPolicy.Rule::path)
                    .doesNotContain("/api/v1/imports", "/api/v1/audit/**");
        }
    }
}
