package demarc.queries.demarcation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.CrossingService;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.PartyRef;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.rulebook.Regimes;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class DemarcationQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static DemarcationQuery query;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "demarcation-graph.cypher");
        query = new DemarcationQuery(neo4j.driver(), null, new GraphGate(), Regimes.bundled());
    }

    static String row(DemarcationDecision d) {
        return d.connection() + " " + d.between() + " " + d.status() + " " + d.rule() + " "
                + d.services().stream().map(s -> s.service() + s.path().stream().map(PathStep::id).toList())
                        .collect(Collectors.joining(","));
    }

    @Test
    void everyDeclaredConnectionAndEveryUndeclaredBoundary() {
        assertThat(query.demarcations(null, null)).extracting(DemarcationQueryTest::row).containsExactly(
                "conn-nokind [sa-olt, catv-x] missing-function-check jp-2024/demarcation-point ",
                "ix-nopoint [sa-gw, sb-gw] missing-point jp-2024/demarcation-point sa-svc[sa-svc, sa-gw]",
                "ix-ok [sa-ims, sb-ims] ok jp-2024/demarcation-point sa-svc[sa-svc, sa-ims],sb-svc[sb-svc, sb-ims]",
                "term-1 [sa-olt, usr-term] ok jp-2024/terminal-demarcation ",
                "wh-cloud [sa-gw, cl-vm] not-a-demarcation jp-2024/not-a-demarcation sa-svc[sa-svc, sa-gw]",
                "wh-nocheck [sa-line, sb-core] missing-function-check jp-2024/demarcation-point sa-svc[sa-svc, sa-gw, sa-line]",
                "null [sa-ims, cl-vm2] not-a-demarcation jp-2024/not-a-demarcation sa-svc[sa-svc, sa-ims]",
                "null [sa-svc, sb-dns] undeclared-boundary jp-2024/undeclared-boundary sa-svc[sa-svc]");
    }

    @Test
    void aDeclaredConnectionNamesItsPartiesPointAndCheck() {
        DemarcationDecision ok = query.demarcations(null, "jp-2023").stream()
                .filter(d -> "ix-ok".equals(d.connection())).findFirst().orElseThrow();
        assertThat(ok.kind()).isEqualTo("interconnect");
        assertThat(ok.parties()).containsExactly(new PartyRef("sa", "Carrier SA", "carrier", "JP"),
                new PartyRef("sb", "Carrier SB", "carrier", "JP"));
        assertThat(ok.point()).isEqualTo("MDF rack 12");
        assertThat(ok.functionCheck()).isEqualTo("loopback at SBC");
        assertThat(ok.regime()).isEqualTo("jp-2023");
        assertThat(ok.rule()).isEqualTo("jp-2023/demarcation-point");
        assertThat(ok.citation()).startsWith("事業用電気通信設備規則23条・24条");
        assertThat(ok.services()).contains(new CrossingService("sb-svc", "sb",
                List.of(new PathStep("sb-svc", null), new PathStep("sb-ims", "requires"))));
    }

    @Test
    void aBoundaryToACloudSaysTheCarrierKeepsTheWholeDuty() {
        List<DemarcationDecision> cloud = query.demarcations("cl", null);
        assertThat(cloud).extracting(DemarcationQueryTest::row).containsExactly(
                "wh-cloud [sa-gw, cl-vm] not-a-demarcation jp-2024/not-a-demarcation sa-svc[sa-svc, sa-gw]",
                "null [sa-ims, cl-vm2] not-a-demarcation jp-2024/not-a-demarcation sa-svc[sa-svc, sa-ims]");
        assertThat(cloud.get(1).reasons()).containsExactly(
                "sa's sa-ims requires cl-vm2, owned by cl (cloud), with no declared connection",
                "cl is not a carrier: no 分界点 article applies (設備規則23 covers other carriers only), and sa keeps"
                        + " the whole duty for what it uses there");
        assertThat(cloud.get(0).reasons()).contains("sa keeps the whole duty for what it uses there");
    }

    @Test
    void theCarrierFilterKeepsBoundariesWhereItIsAParty() {
        assertThat(query.demarcations("sb", null)).extracting(d -> d.connection() + " " + d.between())
                .containsExactly("conn-nokind [sa-olt, catv-x]", "ix-nopoint [sa-gw, sb-gw]", "ix-ok [sa-ims, sb-ims]",
                        "wh-nocheck [sa-line, sb-core]", "null [sa-svc, sb-dns]");
        assertThat(query.demarcations("nobody", null)).isEmpty();
    }

    @Test
    void boundariesTouchingGivenIds() {
        assertThat(query.demarcationsTouching(List.of("sa-svc", "sb-ims"), null))
                .extracting(d -> d.connection() + " " + d.between())
                .containsExactly("ix-ok [sa-ims, sb-ims]", "null [sa-svc, sb-dns]");
        assertThat(query.demarcationsTouching(List.of("sb-dc", "nothing"), null)).isEmpty();
    }

    @Test
    void aConnectionWithoutKindIsReadUnderTheGeneralArticles() {
        DemarcationDecision noKind = query.demarcations("sa", null).get(0);
        assertThat(noKind.kind()).isNull();
        assertThat(noKind.reasons()).contains(
                "conn-nokind has no known kind: read as a connection between carriers under 事業用電気通信設備規則23条・24条");
    }
}
