package demarc.queries.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.UnknownRegimeException;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

/** The regime diff on the duty fixture: a voice service's third-party non-core elements, a data service's control. */
class DutyDiffQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static DutyDiffQuery diff;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "duty-graph.cypher");
        Regimes regimes = Regimes.bundled();
        GraphGate gate = new GraphGate();
        diff = new DutyDiffQuery(new DutyQuery(neo4j.driver(), null, gate, regimes), gate, regimes);
    }

    static String row(DutyDifference d) {
        return String.join(" ", d.carrier(), d.service(), d.element(), d.fromStatus(), d.fromRule(),
                d.fromExemptions().toString(), "→", d.toStatus(), d.toRule(), d.toExemptions().toString());
    }

    @Test
    void withoutItemThreeAThirdPartyNonCoreElementOfAVoiceServiceIsInScope() {
        List<DutyDifference> differences = diff.diff(null, null, "jp-2023", "jp-2024");
        assertThat(differences).extracting(DutyDiffQueryTest::row).containsExactly(
                "ca ca-voice ext-app in-scope jp-2023/item-2-3 [] → exempt jp-2024/item-2-3 [item-3]",
                "ca ca-voice ext-vm in-scope jp-2023/item-2-3 [] → exempt jp-2024/item-2-3 [item-3]");
        DutyDifference app = differences.get(0);
        assertThat(app.fromRegime()).isEqualTo("jp-2023");
        assertThat(app.toRegime()).isEqualTo("jp-2024");
        assertThat(app.thirdParty()).isTrue();
        assertThat(app.owner()).isEqualTo("cloud");
        assertThat(app.fromCitation()).startsWith("施行規則27条の2第2号 (第3号 not yet in force)");
        assertThat(app.toCitation()).startsWith("施行規則27条の2第2号・第3号");
        assertThat(app.fromReasons()).contains("regime jp-2023 has no 27条の2 三: ext-app's function does not matter");
        assertThat(app.toReasons()).contains(
                "ext-app has no core function (roles: support) → excluded by 27条の2 三 (exemption item-3)");
        assertThat(app.path()).containsExactly(new PathStep("ca-voice", null), new PathStep("ext-app", "requires"));
    }

    @Test
    void theProposalBringsInACriticalThirdPartyControlElementOfADataService() {
        List<DutyDifference> differences = diff.diff(null, null, null, "proposal-2022");
        assertThat(differences).extracting(DutyDiffQueryTest::row).containsExactly(
                "ca ca-data ext-ctl exempt jp-2024/item-2-3 [item-2] → in-scope proposal-2022/data-critical []");
        assertThat(differences.get(0).fromRegime()).isEqualTo("jp-2024");
        assertThat(differences.get(0).toReasons()).anySatisfy(reason -> assertThat(reason)
                .startsWith("ext-ctl is critical for ca-data").endsWith("in scope under proposal-2022/data-critical"));
    }

    @Test
    void filtersAndIdenticalRegimesGiveNoDifference() {
        assertThat(diff.diff("ca", "ca-data", "jp-2023", "jp-2024")).isEmpty();
        assertThat(diff.diff("cb", null, "jp-2024", "proposal-2022")).isEmpty();
        assertThat(diff.diff(null, null, "jp-2024", "jp-2024")).isEmpty();
        assertThat(diff.diff(null, "ca-voice", "proposal-2022", "jp-2023")).extracting(DutyDifference::element)
                .containsExactly("ext-app", "ext-vm");
    }

    @Test
    void anUnknownRegimeIsRefusedBeforeAnyQuery() {
        assertThatThrownBy(() -> diff.diff(null, null, "jp-2024", "jp-2030"))
                .isInstanceOf(UnknownRegimeException.class);
    }
}
