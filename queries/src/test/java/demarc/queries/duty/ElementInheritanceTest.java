package demarc.queries.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.DutyDecision;
import demarc.model.gate.GraphGate;
import demarc.queries.rulebook.Regimes;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

/** element-inheritance.cypher through the decisions it feeds, on inheritance-graph.cypher. */
class ElementInheritanceTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static List<DutyDecision> voice;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "inheritance-graph.cypher");
        voice = new DutyQuery(neo4j.driver(), null, new GraphGate(), Regimes.bundled()).duties("c", "voice", null);
    }

    static DutyDecision decision(String element) {
        return voice.stream().filter(d -> d.element().equals(element)).findFirst().orElseThrow();
    }

    @Test
    void aSharedResourceNamesTheFirstElementsItInheritsARoleFromAndCountsTheRest() {
        assertThat(decision("zone").reasons())
                .contains("zone inherits switching from f-1, f-2, f-3, f-4, f-5 and 2 more elements that require it")
                .noneMatch(reason -> reason.startsWith("zone inherits storage"));
        assertThat(decision("vm-3").reasons()).contains("vm-3 inherits storage from f-3",
                "vm-3 inherits switching from f-3").doesNotContain("vm-3 inherits switching from f-1");
    }

    @Test
    void theCarriersResourceUnderItsOwnSwitchIsItsOwnSwitchAndALineKeepsItsRoles() {
        assertThat(decision("srv").rule()).isEqualTo("jp-2024/own-line-or-switch");
        assertThat(decision("srv").reasons()).anyMatch(reason -> reason.contains("own line or switch sw runs on"));
        assertThat(decision("line").reasons()).noneMatch(reason -> reason.contains(" inherits "))
                .anyMatch(reason -> reason.contains("has only the roles it declares (transmission)"));
    }
}
