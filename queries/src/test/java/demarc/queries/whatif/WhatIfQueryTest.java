package demarc.queries.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.gate.GraphGate;
import demarc.queries.failure.FailurePropagation;
import demarc.queries.failure.RequiresEdge;
import demarc.queries.rulebook.Regimes;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class WhatIfQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static WhatIfQuery whatIf;
    static SpofQuery spof;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "whatif-graph.cypher");
        whatIf = new WhatIfQuery(neo4j.driver(), null, new GraphGate(), Regimes.bundled());
        spof = new SpofQuery(neo4j.driver(), null, new GraphGate());
    }

    static List<String> elementIds(WhatIfResult result) {
        return result.elements().stream().map(FailedElement::id).toList();
    }

    static List<String> serviceIds(WhatIfResult result) {
        return result.services().stream().map(FailedService::id).toList();
    }

    @Test
    void theRelationshipsAboveTheFailedNodesFailWhatTheWholeGraphFails() {
        FailureGraph graph = new FailureGraph(neo4j.driver(), null);
        List<RequiresEdge> whole = graph.edges();
        Set<String> ids = new TreeSet<>();
        whole.forEach(edge -> {
            ids.add(edge.from());
            ids.add(edge.to());
        });
        assertThat(ids).hasSizeGreaterThan(5);
        for (String id : ids) {
            List<RequiresEdge> above = graph.edgesAbove(List.of(id));
            assertThat(whole).containsAll(above);
            assertThat(new FailurePropagation(above).failed(Set.of(id))).as(id)
                    .isEqualTo(new FailurePropagation(whole).failed(Set.of(id)));
        }
        List<String> pair = List.copyOf(ids).subList(0, 2);
        assertThat(new FailurePropagation(graph.edgesAbove(pair)).failed(Set.copyOf(pair)))
                .isEqualTo(new FailurePropagation(whole).failed(Set.copyOf(pair)));
    }

    @Test
    void aLineBeyondADeclaredConnectionStillStopsTheServiceThatRequiresIt() {
        WhatIfResult result = whatIf.whatIf(List.of("cb-line"), null, null);
        assertThat(elementIds(result)).containsExactly("ca-sw", "cb-line");
        assertThat(result.elements()).extracting(FailedElement::initially).containsExactly(false, true);
        assertThat(serviceIds(result)).containsExactly("ca-voice");
        FailedService voice = result.services().get(0);
        assertThat(voice.provider()).isEqualTo("ca");
        assertThat(voice.users()).isEqualTo(50000);
        assertThat(voice.accidentClass()).isEqualTo("voice-emergency");
        assertThat(voice.seriousAfterHours()).isEqualTo(1.0);
        assertThat(voice.routineAfterHours()).isZero();
        assertThat(voice.nearMissCandidate()).isTrue();
        assertThat(voice.failedBelow()).containsExactly("ca-sw", "cb-line");
        assertThat(voice.serious()).isNull();
        assertThat(voice.reports()).isEmpty();
        assertThat(voice.rules()).containsExactly("jp-2024/serious-accident", "jp-2024/routine-accident",
                "jp-2024/near-miss");
        assertThat(voice.citations().get(0)).startsWith("電気通信事業法28条");
    }

    @Test
    void aHostSharedByTwoCarriersDefeatsRedundancyAndStopsBoth() {
        WhatIfResult result = whatIf.whatIf(List.of("host"), 1.5, "jp-2024");
        assertThat(elementIds(result)).containsExactly("ca-app", "cb-app", "host", "vm-a1", "vm-a2");
        assertThat(serviceIds(result)).containsExactly("ca-voice", "cb-svc");
        FailedService voice = result.services().get(0);
        assertThat(voice.serious()).isTrue();
        assertThat(voice.reports()).containsExactly("jp-2024/serious-accident");
        // No failed element below it has a near-miss role: the application is a support function.
        assertThat(voice.nearMissCandidate()).isFalse();
        FailedService other = result.services().get(1);
        assertThat(other.accidentClass()).isEqualTo("other");
        assertThat(other.seriousAfterHours()).isEqualTo(2.0);
        assertThat(other.serious()).isFalse();
        assertThat(other.routine()).isTrue();
        assertThat(other.reports()).containsExactly("jp-2024/routine-accident");
    }

    @Test
    void managesNeverCarriesFailure() {
        WhatIfResult result = whatIf.whatIf(List.of("noc"), null, null);
        assertThat(elementIds(result)).containsExactly("noc");
        assertThat(result.services()).isEmpty();
    }

    @Test
    void nestedAnyOfFailsOnlyWhenEveryMemberAtEveryLevelFails() {
        assertThat(elementIds(whatIf.whatIf(List.of("srv-1a", "srv-2"), null, null)))
                .containsExactly("core-2", "srv-1a", "srv-2");
        assertThat(serviceIds(whatIf.whatIf(List.of("srv-1a", "srv-1b"), null, null))).isEmpty();
        WhatIfResult all = whatIf.whatIf(List.of("srv-1a", "srv-1b", "srv-2"), 3.0, null);
        assertThat(serviceIds(all)).containsExactly("ca-data");
        FailedService data = all.services().get(0);
        assertThat(data.seriousAfterHours()).isNull();
        assertThat(data.routineAfterHours()).isEqualTo(2.0);
        assertThat(data.routine()).isTrue();
        assertThat(data.reports()).containsExactly("jp-2024/routine-accident");
    }

    @Test
    void unknownIdsAreNamed() {
        assertThatThrownBy(() -> whatIf.whatIf(List.of("host", "nope"), null, null))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("'nope'")
                .satisfies(e -> assertThat(((UnknownIdException) e).ids()).containsExactly("nope"));
    }

    @Test
    void singlePointsOfFailureOwnerFirstAndTheSharedHostAmongThem() {
        assertThat(spof.spof("ca-voice")).extracting(s -> s.element() + " " + s.owner() + " " + s.thirdParty())
                .containsExactly("ca-app ca false", "ca-sw ca false", "cb-line cb true", "host cloud true");
    }

    @Test
    void redundancyAtEveryLevelLeavesNoSinglePointOfFailure() {
        assertThat(spof.spof("ca-data")).isEmpty();
        assertThatThrownBy(() -> spof.spof("host")).isInstanceOf(UnknownIdException.class);
    }
}
