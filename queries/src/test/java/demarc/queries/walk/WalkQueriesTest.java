package demarc.queries.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.CrossingService;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.failure.FailurePropagation;
import demarc.queries.failure.RequiresEdge;
import demarc.queries.failure.RequiresGraphQuery;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

/** The in-memory usage walk (walk-edges.cypher, services.cypher) and requires-below-services.cypher, on walk-graph.cypher. */
class WalkQueriesTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static ServicesUsingQuery servicesUsing;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "walk-graph.cypher");
        servicesUsing = new ServicesUsingQuery(neo4j.driver(), null, new GraphGate());
    }

    @Test
    void servicesReachAnElementThroughRequiresAndManagersButNotAcrossAConnection() {
        Map<String, List<CrossingService>> using = servicesUsing.servicesUsing(
                List.of("mgr-srv", "vm-b", "far", "unused", "no-such-element"));
        assertThat(using).containsOnlyKeys("mgr-srv", "vm-b");
        assertThat(using.get("vm-b")).containsExactly(new CrossingService("s1", "p",
                List.of(new PathStep("s1", null), new PathStep("vm-b", "any-of"))));
        assertThat(using.get("mgr-srv")).extracting(CrossingService::service, CrossingService::carrier)
                .containsExactly(tuple("s-orphan", null),
                        tuple("s1", "p"));
        assertThat(using.get("mgr-srv").get(0).path()).containsExactly(new PathStep("s-orphan", null),
                new PathStep("zone", "requires"), new PathStep("mgr", "managed-by"), new PathStep("mgr-srv", "requires"));
        assertThat(servicesUsing.servicesUsing(List.of())).isEmpty();
    }

    @Test
    void theServicesToStartFromAreFilteredByCarrierServiceAndProviderType() {
        try (var session = neo4j.driver().session()) {
            session.executeRead(tx -> {
                assertThat(UsageGraph.services(tx, null, "s1", true))
                        .containsExactly(new UsageGraph.ServiceStart("s1", "p"));
                assertThat(UsageGraph.services(tx, "q", "s1", true)).isEmpty();
                assertThat(UsageGraph.services(tx, null, "s-orphan", true)).isEmpty();
                assertThat(UsageGraph.services(tx, null, "s-orphan", false))
                        .containsExactly(new UsageGraph.ServiceStart("s-orphan", null));
                assertThat(UsageGraph.services(tx, "q", null, true))
                        .containsExactly(new UsageGraph.ServiceStart("s3", "q"));
                return null;
            });
        }
    }

    @Test
    void aWalkThatReadsOnlyWhatItReachesFindsWhatTheWholeGraphWalkFinds() {
        try (var session = neo4j.driver().session()) {
            session.executeRead(tx -> {
                UsageGraph whole = UsageGraph.load(tx);
                List<String> services = UsageGraph.services(tx, null, null, false).stream()
                        .map(UsageGraph.ServiceStart::service).toList();
                assertThat(services).hasSizeGreaterThan(2);
                for (String service : services) {
                    UsageGraph reached = UsageGraph.loadFrom(tx, List.of(service));
                    assertThat(reached.reachedFrom(service)).isEqualTo(whole.reachedFrom(service))
                            .containsExactlyEntriesOf(whole.reachedFrom(service));
                }
                // from several roots at once, as the duty sweep reads it
                UsageGraph all = UsageGraph.loadFrom(tx, services);
                services.forEach(service -> assertThat(all.reachedFrom(service))
                        .containsExactlyEntriesOf(whole.reachedFrom(service)));
                // mgr is reached from s-orphan only by walking a MANAGES backward
                assertThat(UsageGraph.loadFrom(tx, List.of("s-orphan")).reachedFrom("s-orphan"))
                        .containsKeys("mgr", "mgr-srv");
                return null;
            });
        }
    }

    @Test
    void theRequiresGraphBelowServicesOfTheGivenClassesCrossesConnections() {
        Map<String, List<RequiresEdge>> below = belowServices(null, null, List.of("data"));
        // s-orphan has no provider: no carrier's service, so no duty and no requires graph for it.
        assertThat(below).containsOnlyKeys("s1", "s3");
        assertThat(below.get("s1")).containsExactly(
                new RequiresEdge("ctl", 0, false, "far"),
                new RequiresEdge("s1", 0, false, "ctl"),
                new RequiresEdge("s1", 1, true, "vm-a"),
                new RequiresEdge("s1", 1, true, "vm-b"),
                new RequiresEdge("vm-a", 0, false, "zone"),
                new RequiresEdge("vm-b", 0, false, "zone"));
        assertThat(below.get("s3")).containsExactly(new RequiresEdge("s3", -1, false, "loose"));
        assertThat(new FailurePropagation(below.get("s1")).criticalFor("s1")).containsExactly("ctl", "far", "zone");
        assertThat(belowServices("p", null, List.of("data"))).containsOnlyKeys("s1");
        assertThat(belowServices(null, "s2", List.of("data"))).isEmpty();
        assertThat(belowServices(null, "s2", List.of("mobile"))).containsOnlyKeys("s2");
    }

    private static Map<String, List<RequiresEdge>> belowServices(String carrier, String service, List<String> classes) {
        try (var session = neo4j.driver().session()) {
            return session.executeRead(tx -> RequiresGraphQuery.belowServices(tx, carrier, service, classes));
        }
    }
}
