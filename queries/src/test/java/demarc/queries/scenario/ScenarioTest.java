package demarc.queries.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.rulebook.Regimes;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

/** Every rule of rules.md on one graph (scenario-graph.cypher), decided under every regime. */
class ScenarioTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static DutyQuery duties;
    static DemarcationQuery demarcations;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "scenario-graph.cypher");
        Regimes regimes = Regimes.bundled();
        duties = new DutyQuery(neo4j.driver(), null, new GraphGate(), regimes);
        demarcations = new DemarcationQuery(neo4j.driver(), null, new GraphGate(), regimes);
    }

    static String row(DutyDecision d) {
        return String.join(" ", d.carrier(), d.service(), d.element(), d.status(), d.exemptions().toString(),
                d.rule().substring(d.regime().length() + 1), String.valueOf(d.dutyBearer()));
    }

    static List<String> rows(String regime) {
        List<DutyDecision> decided = duties.duties(null, null, regime);
        assertThat(decided).allSatisfy(d -> {
            assertThat(d.regime()).isEqualTo(regime);
            assertThat(d.rule()).startsWith(regime + "/");
            assertThat(d.citation()).isNotBlank();
            assertThat(d.reasons()).isNotEmpty();
            assertThat(d.path().get(0)).isEqualTo(new PathStep(d.service(), null));
            assertThat(d.path().get(d.path().size() - 1).id()).isEqualTo(d.element());
            assertThat(d.standards().isEmpty()).isEqualTo(!d.status().equals("in-scope"));
        });
        return decided.stream().map(ScenarioTest::row).toList();
    }

    @Test
    void jp2024() {
        assertThat(rows("jp-2024")).containsExactly(
                "isp isp-mail isp-mx not-applicable [] category null",
                "mvno mvno-data mv-hss not-applicable [] category null",
                "mvno mvno-voice mv-hss in-scope [] item-2-3 mvno",
                "mvno mvno-voice mv-portal exempt [item-3] item-2-3 null",
                "shinkai sk-bb sk-bng in-scope [] item-2-3 shinkai",
                "shinkai sk-data kumo-fw exempt [item-3] item-2-3 null",
                "shinkai sk-iot kumo-az-iot exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-ctl exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-gw-a exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-gw-b exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-store exempt [item-2, item-3] item-2-3 null",
                "shinkai sk-iot kumo-vm-gw-a exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-vm-gw-b exempt [item-2] item-2-3 null",
                "shinkai sk-voice hoshu-noc in-scope [] item-2-3 shinkai",
                "shinkai sk-voice hoshu-srv in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-az-1 in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-billing exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-dx exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-lb exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-vm-bill exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-vm-ims-a in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-vm-ims-b in-scope [] item-2-3 shinkai",
                "shinkai sk-voice sk-ims in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice sk-line in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice sk-srv in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice ts-dns in-scope [] item-2-3 shinkai");
    }

    @Test
    void jp2023HasNoCoreFunctionTest() {
        assertThat(rows("jp-2023")).containsExactly(
                "isp isp-mail isp-mx not-applicable [] category null",
                "mvno mvno-data mv-hss not-applicable [] category null",
                "mvno mvno-voice mv-hss in-scope [] item-2-3 mvno",
                "mvno mvno-voice mv-portal in-scope [] item-2-3 mvno",
                "shinkai sk-bb sk-bng in-scope [] item-2-3 shinkai",
                "shinkai sk-data kumo-fw in-scope [] item-2-3 shinkai",
                "shinkai sk-iot kumo-az-iot exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-ctl exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-gw-a exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-gw-b exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-store exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-vm-gw-a exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-vm-gw-b exempt [item-2] item-2-3 null",
                "shinkai sk-voice hoshu-noc in-scope [] item-2-3 shinkai",
                "shinkai sk-voice hoshu-srv in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-az-1 in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-billing in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-dx in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-lb in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-vm-bill in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-vm-ims-a in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-vm-ims-b in-scope [] item-2-3 shinkai",
                "shinkai sk-voice sk-ims in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice sk-line in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice sk-srv in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice ts-dns in-scope [] item-2-3 shinkai");
    }

    @Test
    void proposal2022AddsCriticalThirdPartyFacilitiesOfDataServices() {
        assertThat(rows("proposal-2022")).containsExactly(
                "isp isp-mail isp-mx not-applicable [] category null",
                "mvno mvno-data mv-hss not-applicable [] category null",
                "mvno mvno-voice mv-hss in-scope [] item-2-3 mvno",
                "mvno mvno-voice mv-portal exempt [item-3] item-2-3 null",
                "shinkai sk-bb sk-bng in-scope [] item-2-3 shinkai",
                "shinkai sk-data kumo-fw exempt [item-3] item-2-3 null",
                "shinkai sk-iot kumo-az-iot in-scope [] data-critical shinkai",
                "shinkai sk-iot kumo-ctl in-scope [] data-critical shinkai",
                "shinkai sk-iot kumo-gw-a exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-gw-b exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-store exempt [item-2, item-3] item-2-3 null",
                "shinkai sk-iot kumo-vm-gw-a exempt [item-2] item-2-3 null",
                "shinkai sk-iot kumo-vm-gw-b exempt [item-2] item-2-3 null",
                "shinkai sk-voice hoshu-noc in-scope [] item-2-3 shinkai",
                "shinkai sk-voice hoshu-srv in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-az-1 in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-billing exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-dx exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-lb exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-vm-bill exempt [item-3] item-2-3 null",
                "shinkai sk-voice kumo-vm-ims-a in-scope [] item-2-3 shinkai",
                "shinkai sk-voice kumo-vm-ims-b in-scope [] item-2-3 shinkai",
                "shinkai sk-voice sk-ims in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice sk-line in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice sk-srv in-scope [] own-line-or-switch shinkai",
                "shinkai sk-voice ts-dns in-scope [] item-2-3 shinkai");
    }

    @Test
    void theReasonsTellWhy() {
        List<DutyDecision> voice = duties.duties("shinkai", "sk-voice", null);
        assertThat(decision(voice, "kumo-vm-ims-a").reasons()).containsExactly(
                "shinkai is a line-installing carrier → Art 41(1) applies to the facilities it uses",
                "kumo-vm-ims-a is owned by kumo (cloud), not by shinkai: a third-party facility (他者設備)",
                "sk-voice is a voice-class service (mobile, 携帯電話用設備); sk-voice is a designated service (paid,"
                        + " 8,000,000 users ≥ 1,000,000; offered under 090/080/070 numbers) → 27条の2 二 does not exclude it",
                "kumo-vm-ims-a inherits switching from sk-ims",
                "kumo-vm-ims-a has the core function switching → 27条の2 三 does not exclude it",
                "owned by kumo (cloud), not by shinkai: the duty lies with shinkai, the carrier that uses it, not with"
                        + " its owner");
        assertThat(decision(voice, "kumo-vm-ims-a").path()).containsExactly(new PathStep("sk-voice", null),
                new PathStep("sk-ims", "requires"), new PathStep("kumo-vm-ims-a", "any-of"));
        assertThat(decision(voice, "kumo-dx").reasons()).contains(
                "kumo-dx is a line: it has only the roles it declares (none)",
                "kumo-dx has no core function (roles: none) → excluded by 27条の2 三 (exemption item-3)");
        assertThat(decision(voice, "kumo-lb").reasons()).contains(
                "kumo-lb is a function: it has only the roles it declares (compute)");
        assertThat(decision(voice, "sk-srv").reasons()).contains(
                "sk-srv is shinkai's resource that its own line or switch sk-ims runs on (附属設備) → in scope whatever its function");
        assertThat(decision(voice, "hoshu-srv").path()).containsExactly(new PathStep("sk-voice", null),
                new PathStep("sk-ims", "requires"), new PathStep("hoshu-noc", "managed-by"),
                new PathStep("hoshu-srv", "requires"));
        assertThat(decision(voice, "hoshu-srv").reasons()).contains("hoshu-srv inherits oam from hoshu-noc");
        assertThat(voice).extracting(DutyDecision::element).doesNotContain("ts-ims", "ts-host");

        DutyDecision az = decision(duties.duties("shinkai", "sk-iot", "proposal-2022"), "kumo-az-iot");
        assertThat(az.reasons()).contains("kumo-az-iot is critical for sk-iot (the service fails when it alone fails);"
                + " kumo-az-iot has a role beyond compute, storage, support: switching → in scope under"
                + " proposal-2022/data-critical");
        assertThat(az.standards()).contains("設備規則16の2–16の6 (facilities other than アナログ電話用設備等)");
        DutyDecision gw = decision(duties.duties("shinkai", "sk-iot", "proposal-2022"), "kumo-gw-a");
        assertThat(gw.reasons()).contains("kumo-gw-a is not critical for sk-iot: the service survives its failure"
                + " alone; kumo-gw-a has a role beyond compute, storage, support: switching → the data-service"
                + " extension does not bring it in");

        assertThat(decision(duties.duties("mvno", "mvno-voice", null), "mv-hss").reasons()).startsWith(
                "mvno is non-line-installing but designated large-impact, and mvno-voice is a designated service"
                        + " (offered under 090/080/070 numbers) → Art 41(4)(5) applies");
        assertThat(duties.duties("mvno", "mvno-data", null).get(0).reasons()).containsExactly(
                "mvno is non-line-installing and designated large-impact, but mvno-data is not a designated service"
                        + " (neither paid with at least 1,000,000 users nor offered under 090/080/070 numbers) → no"
                        + " Art 41 duty for mv-hss");
        assertThat(decision(duties.duties("shinkai", "sk-bb", null), "sk-bng").reasons()).contains(
                "sk-bb is of a class 27条の2 二 lists (broadband-universal) → 27条の2 二 does not exclude it");
    }

    @Test
    void demarcationsOfShinkai() {
        List<DemarcationDecision> decided = demarcations.demarcations("shinkai", null);
        assertThat(decided).extracting(d -> d.connection() + " " + d.between() + " " + d.status() + " " + d.rule())
                .containsExactly(
                        "ix-sk-ts [sk-ims, ts-ims] ok jp-2024/demarcation-point",
                        "null [sk-bb, sk-bng] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-data, kumo-fw] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-ims, kumo-dx] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-ims, kumo-lb] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-ims, kumo-vm-ims-a] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-ims, kumo-vm-ims-b] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-iot, kumo-ctl] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-iot, kumo-gw-a] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-iot, kumo-gw-b] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-iot, kumo-store] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-voice, kumo-billing] not-a-demarcation jp-2024/not-a-demarcation",
                        "null [sk-voice, ts-dns] undeclared-boundary jp-2024/undeclared-boundary");
        DemarcationDecision ix = decided.get(0);
        assertThat(ix.point()).isEqualTo("Otemachi 3F MDF rack 12 port 4");
        assertThat(ix.functionCheck()).isEqualTo("loopback at the SBC trunk");
        assertThat(ix.services()).extracting(s -> s.service() + " " + s.path()).containsExactly(
                "sk-voice [PathStep[id=sk-voice, via=null], PathStep[id=sk-ims, via=requires]]");
        assertThat(decided.get(decided.size() - 1).reasons()).contains("either shinkai buys a service from tsunagu"
                + " there (declare the connection with its 分界点 and 機能確認), or it uses tsunagu's facility as its"
                + " own: then ts-dns is shinkai's third-party facility and its duties are decided as such");
        assertThat(demarcations.demarcations("hoshu", null)).isEmpty();
    }

    private static DutyDecision decision(List<DutyDecision> decisions, String element) {
        return decisions.stream().filter(d -> d.element().equals(element)).findFirst().orElseThrow();
    }
}
