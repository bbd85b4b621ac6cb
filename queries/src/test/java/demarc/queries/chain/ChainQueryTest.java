package demarc.queries.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.Chain;
import demarc.model.decision.ChainNode;
import demarc.model.decision.CrossingService;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class ChainQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static ChainQuery query;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "chain-graph.cypher");
        query = new ChainQuery(neo4j.driver(), null, new GraphGate());
    }

    /** The tree as indented lines: id via group owner roles countries boundary repeat. */
    static List<String> lines(ChainNode node) {
        List<String> lines = new ArrayList<>();
        walk(node, "", lines);
        return lines;
    }

    static void walk(ChainNode node, String indent, List<String> lines) {
        lines.add(indent + node.id() + " " + node.type() + " " + node.via() + " " + node.anyOfGroup() + " "
                + node.owner() + " " + node.roles() + " " + node.countries() + " " + node.boundary()
                + (node.cycleOrRepeat() ? " repeat" : ""));
        node.children().forEach(child -> walk(child, indent + "  ", lines));
    }

    @Test
    void theTreeBelowAServiceWithAnyOfGroupsManagersCountriesRolesAndBoundaries() {
        Chain chain = query.chain("sk-voice").orElseThrow();
        assertThat(chain.rootType()).isEqualTo("service");
        assertThat(lines(chain.down())).containsExactly(
                "sk-voice service null null sk [] [JP] null",
                "  sk-ims function requires null sk [switching] [JP] null",
                "    vm-a resource any-of 0 kumo [switching] [JP] undeclared",
                "      zone resource requires null kumo [switching] [JP] null",
                "    vm-b resource any-of 0 kumo [switching] [JP] undeclared",
                "      zone resource requires null kumo [switching] [JP] null repeat",
                "    sk-line resource requires null sk [transmission] [JP] null",
                "    ts-ims function requires null ts [switching] [KR] ix",
                "    noc function managed-by null ho [oam] [VN] null",
                "      noc-srv resource requires null ho [oam] [] null");
        assertThat(chain.usedBy()).isEmpty();
        assertThat(chain.boundaries()).extracting(d -> d.connection() + " " + d.between() + " " + d.status())
                .containsExactly("ix [sk-ims, ts-ims] ok", "null [sk-ims, vm-a] not-a-demarcation",
                        "null [sk-ims, vm-b] not-a-demarcation");
    }

    @Test
    void anElementShowsTheServicesThatUseIt() {
        Chain chain = query.chain("vm-a").orElseThrow();
        assertThat(chain.rootType()).isEqualTo("element");
        assertThat(lines(chain.down())).containsExactly(
                "vm-a resource null null kumo [switching] [JP] null",
                "  zone resource requires null kumo [switching] [JP] null");
        assertThat(chain.usedBy()).containsExactly(new CrossingService("sk-voice", "sk", List.of(
                new PathStep("sk-voice", null), new PathStep("sk-ims", "requires"), new PathStep("vm-a", "any-of"))));
        assertThat(chain.boundaries()).extracting(d -> d.between().toString()).containsExactly("[sk-ims, vm-a]");
    }

    @Test
    void theNocIsUsedForWhatItManagesAndAnUnknownIdHasNoChain() {
        Chain chain = query.chain("noc-srv").orElseThrow();
        assertThat(chain.usedBy()).extracting(CrossingService::path).containsExactly(List.of(
                new PathStep("sk-voice", null), new PathStep("sk-ims", "requires"), new PathStep("noc", "managed-by"),
                new PathStep("noc-srv", "requires")));
        assertThat(chain.boundaries()).isEmpty();
        assertThat(query.chain("nothing")).isEmpty();
    }
}
