package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.cli.DemoStoreCli.Result;

import demarc.queries.check.GraphExport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code demarc check} on the demo network, in-process on an embedded Neo4j: designs that add a third-party host for
 * a voice service, drop a demarcation check, or do not parse; every output format; the stored graph untouched.
 */
class CheckCliTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIXTURES = "src/test/resources/demarc/api/check/";
    private static final String ADD_HOST = FIXTURES + "add-third-party-host.yaml";
    private static final String DROP_CHECK = FIXTURES + "remove-function-check.yaml";
    private static final String SYNTAX_ERROR = FIXTURES + "syntax-error.yaml";
    private static DemoStoreCli cli;

    @BeforeAll
    static void runTheDemo() {
        cli = DemoStoreCli.start(temp.resolve("store"));
    }

    @AfterAll
    static void stop() {
        cli.close();
    }

    /** The stored graph, node for node, as the check's own export reads it. */
    private static String storedGraph() {
        GraphExport.Snapshot snapshot = cli.context().getBean(GraphExport.class).snapshot();
        return snapshot.nodes().size() + " nodes, " + snapshot.relationships().size() + " relationships: "
                + snapshot;
    }

    private static List<JsonNode> findings(JsonNode report, String kind) {
        List<JsonNode> found = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (kind.equals(finding.get("kind").asString())) {
                found.add(finding);
            }
        });
        return found;
    }

    @Test
    void aNewThirdPartyHostForTheVoiceServiceIsANewDutyAtItsLineAndFailsOnDuty() {
        String before = storedGraph();
        Result result = cli.onStore("check", ADD_HOST, "--against", "current", "--fail-on", "duty", "--format", "json");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        List<JsonNode> duties = findings(report, "duty");
        assertThat(duties).extracting(d -> d.get("subject").asString())
                .containsExactly("shinkai/shinkai-voice/kumo-vm-ims-c");
        JsonNode duty = duties.get(0);
        assertThat(duty.get("change").asString()).isEqualTo("added");
        assertThat(duty.get("open").asBoolean()).isTrue();
        assertThat(duty.get("file").asString()).isEqualTo(ADD_HOST);
        assertThat(duty.get("line").asInt()).isEqualTo(15);
        assertThat(duty.get("after").get("dutyBearer").asString()).isEqualTo("shinkai");
        assertThat(duty.get("before").isNull()).isTrue();
        assertThat(report.get("open").get("duty").asInt()).isEqualTo(1);
        // the IMS hosts are an anyOf: a third one adds no single point of failure, and no gap
        assertThat(findings(report, "spof")).isEmpty();
        assertThat(findings(report, "gap")).isEmpty();
        assertThat(findings(report, "exposure")).extracting(e -> e.get("subject").asString())
                .containsExactly("shinkai-voice");
        assertThat(findings(report, "exposure").get(0).get("change").asString()).isEqualTo("unchanged");
        assertThat(storedGraph()).isEqualTo(before);
    }

    @Test
    void droppingTheFunctionCheckOfAnInterconnectIsAChangedGapAtTheConnectionsLine() {
        Result result = cli.onStore("check", DROP_CHECK, "--against", "current", "--fail-on", "gap", "--format", "json");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        // the demo's own gaps (ix-shinkai-hikari, the undeclared Hikari–Tsunagu boundary) are not the design's doing
        List<JsonNode> gaps = findings(report, "gap");
        assertThat(gaps).extracting(g -> g.get("subject").asString()).containsExactly("ix-shinkai-tsunagu");
        JsonNode gap = gaps.get(0);
        assertThat(gap.get("change").asString()).isEqualTo("changed");
        assertThat(gap.get("before").get("status").asString()).isEqualTo("ok");
        assertThat(gap.get("after").get("status").asString()).isEqualTo("missing-function-check");
        assertThat(gap.get("file").asString()).isEqualTo(DROP_CHECK);
        assertThat(gap.get("line").asInt()).isEqualTo(323);
        assertThat(findings(report, "duty")).isEmpty();
    }

    @Test
    void withoutFailOnFindingsExitZeroAndADutyIsNotAGap() {
        Result noFailOn = cli.onStore("check", ADD_HOST, "--against", "current", "-q");
        Result gapOnly = cli.onStore("check", ADD_HOST, "--against", "current", "--fail-on", "gap", "-q");

        assertThat(noFailOn.code()).as(noFailOn.err()).isZero();
        assertThat(noFailOn.out()).contains("duty", "added", "kumo-vm-ims-c", ADD_HOST + ":15");
        assertThat(gapOnly.code()).as(gapOnly.err()).isZero();
    }

    @Test
    void aSyntaxErrorExitsTwoWithFileAndLineAndStoresNothing() {
        String before = storedGraph();
        Result result = cli.onStore("check", SYNTAX_ERROR, "--against", "current", "--fail-on", "any");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains(SYNTAX_ERROR + ":");
        assertThat(result.out()).isEmpty();
        assertThat(storedGraph()).isEqualTo(before);
    }

    @Test
    void aDesignThatOnlyMakesSenseOnTheStoredInventoryIsRejectedOnItsOwnAndStoresNothing() {
        String before = storedGraph();
        Result result = cli.onStore("check", ADD_HOST, "--fail-on", "any");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains(ADD_HOST + ":11: functions[0].owner:", "'shinkai'");
        assertThat(result.out()).isEmpty();
        assertThat(storedGraph()).isEqualTo(before);
    }

    @Test
    void sarifNamesTheRuleTheFileAndTheLine() {
        Result result = cli.onStore("check", ADD_HOST, "--against", "current", "--format", "sarif", "-q");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode sarif = JSON.readTree(result.out());
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        List<String> rules = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(rule -> rules.add(rule.get("id").asString()));
        assertThat(rules).containsExactly("demarc/duty", "demarc/gap", "demarc/spof", "demarc/exposure");
        JsonNode duty = null;
        for (JsonNode result1 : run.get("results")) {
            if ("demarc/duty".equals(result1.get("ruleId").asString())) {
                duty = result1;
            }
        }
        assertThat(duty).isNotNull();
        assertThat(duty.get("level").asString()).isEqualTo("error");
        JsonNode location = duty.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo(ADD_HOST);
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(15);
        assertThat(duty.get("message").get("text").asString()).contains("kumo-vm-ims-c", "shinkai-voice");
    }

    @Test
    void markdownIsAPullRequestCommentWithATablePerKind() {
        Result result = cli.onStore("check", DROP_CHECK, "--against", "current", "--format", "md", "-q");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("## Design check of " + DROP_CHECK + " against the stored inventory")
                .contains("| kind | added | changed | removed | open |", "| gap | 0 | 1 | 0 | 1 |",
                        "### Demarcation gaps (分界点)", "| change | subject | at | finding |",
                        "| changed | ix-shinkai-tsunagu | `" + DROP_CHECK + ":323` |");
    }

    @Test
    void aDesignOnItsOwnReportsEverythingItHoldsAsAdded() {
        Result result = cli.onStore("check", "src/test/resources/demarc/api/small-network.yaml", "--fail-on", "spof",
                "--format", "json", "-q");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("againstCurrent").asBoolean()).isFalse();
        report.get("findings").forEach(finding -> assertThat(finding.get("change").asString()).isEqualTo("added"));
        assertThat(findings(report, "spof")).extracting(s -> s.get("subject").asString())
                .contains("minato-voice/kumo-vm-a");
        assertThat(findings(report, "exposure")).extracting(s -> s.get("subject").asString())
                .containsExactly("minato-voice");
    }

    @Test
    void againstTakesOnlyCurrent() {
        Result result = cli.onStore("check", ADD_HOST, "--against", "yesterday");
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("'current'");
    }
}
