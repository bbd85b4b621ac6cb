package demarc.queries.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.gate.GraphGate;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class SearchQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static SearchQuery search;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "lookup-graph.cypher");
        search = new SearchQuery(neo4j.driver(), null, new GraphGate());
    }

    @Test
    void anExactIdComesFirstThenIdsStartingWithTheText() {
        assertThat(search.search(" SK ", Set.of(), 10)).containsExactly(
                new NodeSummary("party", "sk", "Shinkai", "carrier", null),
                new NodeSummary("element", "sk-ims", "IMS", "vnf", "sk"),
                new NodeSummary("service", "sk-voice", "VoLTE", "mobile", "sk"));
    }

    @Test
    void namesMatchToo() {
        assertThat(search.search("volte", Set.of(), 10)).containsExactly(
                new NodeSummary("service", "sk-voice", "VoLTE", "mobile", "sk"));
        assertThat(search.search("hosh", Set.of(), 10)).extracting(NodeSummary::id).containsExactly("ho");
    }

    @Test
    void typesAndLimitNarrowTheHits() {
        assertThat(search.search("", Set.of("party"), 10)).extracting(NodeSummary::id).containsExactly("ho", "sk");
        assertThat(search.search("", Set.of("element", "service"), 3)).extracting(NodeSummary::id)
                .containsExactly("noc", "otemachi", "sk-ims");
        assertThat(search.search("nothing like it", Set.of(), 10)).isEmpty();
    }

    @Test
    void summariesByIdLeaveOutUnknownIds() {
        assertThat(search.summaries(List.of("vm-a", "sk", "sk-voice", "nothing"))).containsExactly(
                new NodeSummary("party", "sk", "Shinkai", "carrier", null),
                new NodeSummary("service", "sk-voice", "VoLTE", "mobile", "sk"),
                new NodeSummary("element", "vm-a", null, "vm", "sk"));
        assertThat(search.summaries(List.of())).isEmpty();
    }

    @Test
    void anUnknownTypeOrANonPositiveLimitIsRefused() {
        assertThatThrownBy(() -> search.search("x", Set.of("connection"), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connection");
        assertThatThrownBy(() -> search.search("x", Set.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }
}
