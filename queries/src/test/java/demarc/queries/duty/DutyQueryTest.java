package demarc.queries.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.DutyDecision;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.UnknownRegimeException;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class DutyQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static DutyQuery query;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "duty-graph.cypher");
        query = new DutyQuery(neo4j.driver(), null, new GraphGate(), Regimes.bundled());
    }

    static String row(DutyDecision d) {
        return String.join(" ", d.carrier(), d.service(), d.element(), d.status(), d.exemptions().toString(),
                d.rule(), String.valueOf(d.dutyBearer()));
    }

    @Test
    void decidesEveryElementUsedForEveryServiceUnderTheDefaultRegime() {
        assertThat(query.duties(null, null, null)).extracting(DutyQueryTest::row).containsExactly(
                "ca ca-data ext-ctl exempt [item-2] jp-2024/item-2-3 null",
                "ca ca-data ext-vm exempt [item-2, item-3] jp-2024/item-2-3 null",
                "ca ca-voice ca-srv in-scope [] jp-2024/own-line-or-switch ca",
                "ca ca-voice ca-sw in-scope [] jp-2024/own-line-or-switch ca",
                "ca ca-voice ext-app exempt [item-3] jp-2024/item-2-3 null",
                "ca ca-voice ext-vm exempt [item-3] jp-2024/item-2-3 null",
                "ca ca-voice noc in-scope [] jp-2024/item-2-3 ca",
                "cb cb-svc cb-x not-applicable [] jp-2024/category null",
                "cc cc-svc cc-el not-applicable [] jp-2024/category null");
    }

    @Test
    void theWalkFollowsManagersAndStopsAtADeclaredConnection() {
        List<DutyDecision> voice = query.duties("ca", "ca-voice", null);
        assertThat(voice).extracting(DutyDecision::element).doesNotContain("cb-x");
        DutyDecision noc = voice.stream().filter(d -> d.element().equals("noc")).findFirst().orElseThrow();
        assertThat(noc.path()).containsExactly(new PathStep("ca-voice", null), new PathStep("ca-sw", "requires"),
                new PathStep("noc", "managed-by"));
        assertThat(noc.thirdParty()).isTrue();
        assertThat(noc.owner()).isEqualTo("cloud");
        assertThat(noc.reasons()).contains("noc manages ca-sw, which ca-voice uses: an element is used for what it operates",
                "owned by cloud (cloud), not by ca: the duty lies with ca, the carrier that uses it, not with its owner");
        assertThat(noc.standards()).contains("設備規則4 予備機器等 (spare equipment and routes)", "設備規則23 分界点 (demarcation point)")
                .doesNotContain("設備規則16の2–16の6 (facilities other than アナログ電話用設備等)");
    }

    @Test
    void aResourceInheritsTheRolesOfWhatRequiresIt() {
        DutyDecision vm = query.duties("ca", "ca-data", null).stream()
                .filter(d -> d.element().equals("ext-vm")).findFirst().orElseThrow();
        assertThat(vm.reasons()).contains("ext-vm inherits support from ext-app");
        assertThat(vm.path()).containsExactly(new PathStep("ca-data", null), new PathStep("ext-vm", "requires"));
        assertThat(vm.standards()).isEmpty();
    }

    @Test
    void aCarrierWithoutCategoryAndAServiceWithoutClassAreHandled() {
        DutyDecision cc = query.duties("cc", null, null).get(0);
        assertThat(cc.reasons()).containsExactly("cc is of no stated category and not designated large-impact → no Art 41 duty for cc-el");
        assertThat(cc.citation()).startsWith("電気通信事業法41条1項");
    }

    @Test
    void jp2023HasNoItemThree() {
        assertThat(query.duties("ca", null, "jp-2023")).extracting(DutyQueryTest::row).containsExactly(
                "ca ca-data ext-ctl exempt [item-2] jp-2023/item-2-3 null",
                "ca ca-data ext-vm exempt [item-2] jp-2023/item-2-3 null",
                "ca ca-voice ca-srv in-scope [] jp-2023/own-line-or-switch ca",
                "ca ca-voice ca-sw in-scope [] jp-2023/own-line-or-switch ca",
                "ca ca-voice ext-app in-scope [] jp-2023/item-2-3 ca",
                "ca ca-voice ext-vm in-scope [] jp-2023/item-2-3 ca",
                "ca ca-voice noc in-scope [] jp-2023/item-2-3 ca");
    }

    @Test
    void filtersAndUnknownRegime() {
        assertThat(query.duties("nobody", null, null)).isEmpty();
        assertThat(query.duties(null, "cb-svc", null)).extracting(DutyDecision::element).containsExactly("cb-x");
        assertThatThrownBy(() -> query.duties(null, null, "jp-1999"))
                .isInstanceOf(UnknownRegimeException.class)
                .hasMessageContaining("jp-1999").hasMessageContaining("jp-2023, jp-2024, proposal-2022");
    }
}
