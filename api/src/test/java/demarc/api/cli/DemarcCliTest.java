package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.audit.AuditEntry;
import demarc.api.audit.AuditLog;
import demarc.api.audit.SourceDigest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line end to end, in-process, on a real embedded Neo4j in a temporary store. {@code demo --no-serve}
 * fills the store once; every later command passes the same {@code --db} and {@code --bolt-port}, and
 * {@link SharedContextLauncher} keeps that one application running between them.
 */
class DemarcCliTest {

    @TempDir
    static Path temp;

    private static final SharedContextLauncher LAUNCHER = new SharedContextLauncher();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String[] store;
    private static Result demo;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void runTheDemo() throws IOException {
        store = new String[] {"--db", temp.resolve("store").toString(), "--bolt-port", String.valueOf(freePort())};
        demo = run("demo", "--no-serve", store[0], store[1], store[2], store[3]);
    }

    @AfterAll
    static void stop() {
        LAUNCHER.close();
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DemarcCli.run(LAUNCHER, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A command against the demo store. */
    private static Result onStore(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(store));
        return run(all.toArray(String[]::new));
    }

    @Test
    void demoImportsTheNetworkAndPrintsTheSummaries() {
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out())
                .contains("Imported demo-network.yaml (source demarc-demo)")
                .contains("Duties under 電気通信事業法41条 (regime jp-2024), per carrier")
                .contains("Third-party facilities in scope (他者設備)")
                .contains("Demarcation points (分界点");
        String thirdParty = section(demo.out(), "Third-party facilities in scope", "Demarcation points");
        assertThat(thirdParty).contains("kumo-vm-ims-a").contains("hs-noc");
        assertThat(thirdParty).as("exempt under item 三: support only").doesNotContain("kumo-vm-ocs");
        String boundaries = section(demo.out(), "Demarcation points", "Every decision");
        assertThat(boundaries).contains("ix-shinkai-tsunagu", "missing-point", "missing-function-check",
                "undeclared-boundary", "not-a-demarcation");
    }

    @Test
    void dutiesAsJsonCarryTheDecisionFieldByField() {
        Result result = onStore("duties", "--format", "json");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode duties = JSON.readTree(result.out());

        JsonNode vm = row(duties, "shinkai", "shinkai-voice", "kumo-vm-ims-a");
        assertThat(vm.get("status").asString()).isEqualTo("in-scope");
        assertThat(vm.get("thirdParty").asBoolean()).isTrue();
        assertThat(vm.get("dutyBearer").asString()).isEqualTo("shinkai");
        assertThat(vm.get("owner").asString()).isEqualTo("kumo");
        assertThat(vm.get("elementKind").asString()).isEqualTo("vm");
        assertThat(vm.get("regime").asString()).isEqualTo("jp-2024");
        assertThat(vm.get("rule").asString()).isNotBlank();
        assertThat(vm.get("citation").asString()).contains("27条の2");
        assertThat(ids(vm.get("path"))).startsWith("shinkai-voice").endsWith("kumo-vm-ims-a").contains("sk-ims");
        assertThat(vm.get("exemptions")).isEmpty();

        JsonNode charging = row(duties, "shinkai", "shinkai-voice", "sk-ocs");
        assertThat(charging.get("status").asString()).isEqualTo("exempt");
        assertThat(texts(charging.get("exemptions"))).containsExactly("item-3");
        assertThat(charging.get("thirdParty").asBoolean()).isFalse();
        assertThat(charging.get("dutyBearer").isNull()).isTrue();

        JsonNode iotCluster = row(duties, "shinkai", "shinkai-iot", "kumo-k8s-iot");
        assertThat(iotCluster.get("status").asString()).isEqualTo("exempt");
        assertThat(texts(iotCluster.get("exemptions"))).containsExactly("item-2");

        JsonNode noc = row(duties, "shinkai", "shinkai-voice", "hs-noc");
        assertThat(noc.get("status").asString()).isEqualTo("in-scope");
        assertThat(noc.get("thirdParty").asBoolean()).isTrue();
        assertThat(noc.get("operator").asString()).isEqualTo("hoshu");
        assertThat(texts(noc.get("path").findValues("via"))).contains("managed-by");

        // What lies beyond the declared wholesale connection is Tsunagu's, not Shinkai's.
        assertThat(rows(duties, "shinkai", null, "ts-leased-osaka")).isEmpty();
    }

    @Test
    void dutiesFilterByCarrierAndFailOnThirdParty() {
        Result shinkai = onStore("duties", "--carrier", "shinkai", "--fail-on", "third-party");
        Result tsunagu = onStore("duties", "--carrier", "tsunagu", "--fail-on", "third-party", "--quiet");

        assertThat(shinkai.code()).as(shinkai.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(shinkai.err()).contains("'third-party' (--fail-on)");
        assertThat(shinkai.out().lines().skip(2)).allMatch(line -> line.startsWith("shinkai "));
        assertThat(tsunagu.code()).as(tsunagu.err()).isEqualTo(ExitCode.OK);
        assertThat(tsunagu.out()).contains("ts-ims").doesNotContain("shinkai-voice");
        assertThat(tsunagu.err()).isEmpty();
    }

    @Test
    void dutiesAsCsvHaveAHeaderAndOneRowPerDecision() {
        Result json = onStore("duties", "--service", "shinkai-iot", "--format", "json");
        Result csv = onStore("duties", "--service", "shinkai-iot", "--format", "csv");

        assertThat(csv.code()).as(csv.err()).isZero();
        String[] lines = csv.out().split("\r\n");
        assertThat(lines[0]).startsWith("carrier,service,element,elementKind,owner,operator,status,thirdParty,");
        assertThat(lines).hasSize(JSON.readTree(json.out()).size() + 1);
        assertThat(lines).anyMatch(line -> line.startsWith("shinkai,shinkai-iot,kumo-k8s-iot,cluster,kumo,"));
    }

    @Test
    void anUnknownRegimeIsBadInput() {
        Result result = onStore("duties", "--regime", "jp-1985");

        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("unknown regime 'jp-1985'").contains("jp-2024");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void dutiesDiffListsWhatChangesBetweenTwoRegimesSideBySide() {
        Result json = onStore("duties", "--regime", "jp-2023", "--diff", "jp-2024", "--carrier", "shinkai",
                "--format", "json");
        Result csv = onStore("duties", "--regime", "jp-2023", "--diff", "jp-2024", "--service", "shinkai-voice",
                "--format", "csv", "--columns", "element,fromStatus,toStatus,toExemptions");
        Result table = onStore("duties", "--diff", "jp-2024");

        assertThat(json.code()).as(json.err()).isZero();
        JsonNode ocs = row(JSON.readTree(json.out()), "shinkai", "shinkai-voice", "kumo-vm-ocs");
        assertThat(ocs.get("fromRegime").asString()).isEqualTo("jp-2023");
        assertThat(ocs.get("fromStatus").asString()).isEqualTo("in-scope");
        assertThat(ocs.get("fromRule").asString()).isEqualTo("jp-2023/item-2-3");
        assertThat(ocs.get("toStatus").asString()).isEqualTo("exempt");
        assertThat(ocs.get("toCitation").asString()).startsWith("施行規則27条の2第2号・第3号");
        assertThat(ocs.get("toReasons").toString()).contains("excluded by 27条の2 三");
        JSON.readTree(json.out()).forEach(d ->
                assertThat(d.get("fromStatus").asString()).isNotEqualTo(d.get("toStatus").asString()));
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("element,fromStatus,toStatus,toExemptions\r\n")
                .contains("kumo-vm-ocs,in-scope,exempt,item-3\r\n").doesNotContain("shinkai-data");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out().lines()).as("the default regime against itself: a header only").hasSize(2);
        assertThat(table.err()).contains("0 decisions change status from jp-2024 to jp-2024");
    }

    @Test
    void dutiesDiffRefusesAnUnknownRegimeAndFailOn() {
        Result unknown = onStore("duties", "--diff", "jp-1985");
        Result failOn = onStore("duties", "--diff", "jp-2023", "--fail-on", "in-scope");
        Result badColumn = onStore("duties", "--diff", "jp-2023", "--columns", "status");

        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown regime 'jp-1985'");
        assertThat(failOn.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(failOn.err()).contains("--fail-on does not apply to --diff");
        assertThat(badColumn.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badColumn.err()).contains("unknown column 'status'");
    }

    @Test
    void demarcationShowsEveryStatusAndFailsOnGaps() {
        Result json = onStore("demarcation", "--format", "json");
        Result gaps = onStore("demarcation", "--fail-on", "gap");

        assertThat(json.code()).as(json.err()).isZero();
        JsonNode boundaries = JSON.readTree(json.out());
        assertThat(texts(boundaries.findValues("status"))).contains("ok", "missing-point",
                "missing-function-check", "undeclared-boundary", "not-a-demarcation");
        JsonNode interconnect = StreamSupport.stream(boundaries.spliterator(), false)
                .filter(b -> "ix-shinkai-tsunagu".equals(b.get("connection").asString()))
                .findFirst().orElseThrow();
        assertThat(interconnect.get("status").asString()).isEqualTo("ok");
        assertThat(interconnect.get("point").asString()).isEqualTo("大手町ビル 3F MDF, rack 12, port 4");
        assertThat(texts(interconnect.get("between"))).containsExactly("sk-ibcf", "ts-ibcf");
        assertThat(texts(interconnect.get("services").findValues("service"))).contains("shinkai-voice");

        assertThat(gaps.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(gaps.out()).contains("undeclared-boundary");
    }

    @Test
    void chainShowsTheTreeAndRejectsUnknownIds() {
        Result chain = onStore("chain", "shinkai-voice");
        Result unknown = onStore("chain", "no-such-thing");

        assertThat(chain.code()).as(chain.err()).isZero();
        assertThat(chain.out()).contains("shinkai-voice (service)").contains("    kumo-vm-ims-a")
                .contains("kumo-az-tokyo-1").contains("Boundaries");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown id 'no-such-thing'");
    }

    @Test
    void importTakesAGoodDocumentAndListsEveryErrorOfABadOne() throws URISyntaxException {
        Result good = onStore("import", resource("good-inventory.yaml"));
        Result quiet = onStore("import", resource("good-inventory.yaml"), "--quiet");
        Result bad = onStore("import", resource("bad-inventory.yaml"));
        Result missing = onStore("import", temp.resolve("nowhere.yaml").toString());

        assertThat(good.code()).as(good.err()).isZero();
        assertThat(good.out()).contains("(source cli-test-acme)");
        assertThat(good.err().lines()).anyMatch(line -> line.matches(
                "Imported \\d+ entries and \\d+ relationships from 1 file in \\d+\\.\\d s \\([\\d,]+ entries/s\\)"));
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err()).as("--quiet: no progress, no summary on stderr").isEmpty();
        assertThat(bad.code()).isEqualTo(ExitCode.BAD_INPUT);
        String file = resource("bad-inventory.yaml");
        assertThat(bad.err().lines()).contains(
                file + ":5: parties[0].type: unknown value 'carier' (expected one of: carrier, cloud, datacenter, "
                        + "vendor, contractor, other)")
                .anyMatch(line -> line.startsWith(file + ":10: services[0].requires[0]: unknown id 'no-such-element'"));
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere.yaml");

        Result acme = onStore("duties", "--carrier", "acme", "--format", "json");
        assertThat(texts(JSON.readTree(acme.out()).findValues("element"))).containsOnly("acme-sbc");
        Result broken = onStore("chain", "broken-voice");
        assertThat(broken.code()).as("a rejected document writes nothing").isEqualTo(ExitCode.BAD_INPUT);

        String goodFile = resource("good-inventory.yaml");
        List<AuditEntry> imports = AuditLog.in(Path.of(store[1])).read(null).stream()
                .filter(entry -> entry.path().equals("import")).toList();
        AuditEntry accepted = imports.stream().filter(entry -> entry.query().get("path").equals(List.of(goodFile)))
                .findFirst().orElseThrow();
        AuditEntry rejected = imports.stream().filter(entry -> entry.query().get("path").equals(List.of(file)))
                .findFirst().orElseThrow();
        assertThat(accepted.who()).isEqualTo("local");
        assertThat(accepted.channel()).isEqualTo("cli");
        assertThat(accepted.status()).isZero();
        assertThat(accepted.sourceHash())
                .isEqualTo(SourceDigest.of(List.of(Path.of(goodFile))).sha256());
        assertThat(accepted.counts()).containsKey("parties");
        assertThat(rejected.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(rejected.counts().get("errors")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void importReadsADirectoryAsOneUnitAndReportsEachFile() throws IOException {
        Path unit = Files.createDirectories(temp.resolve("unit"));
        Files.writeString(unit.resolve("parties.csv"), "id,name,type\ncli-unit-co,CLI Unit Co.,carrier\n");
        Files.writeString(unit.resolve("functions.csv"), "id,kind,owner\ncli-unit-sbc,vnf,cli-unit-co\n");
        Files.writeString(unit.resolve("notes.txt"), "not an inventory\n");

        Result imported = onStore("import", "--coverage", "all", unit.toString());
        Result counted = onStore("import", unit.toString());
        Result unknownFormat = onStore("import", "--format", "tosca", unit.toString());
        Result help = run("import", "--help");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 2 files as one unit from " + unit,
                unit + "/functions.csv [csv] (source " + unit + "/functions.csv): 1 functions",
                "  mapped   2: functions[0]: functions 'cli-unit-sbc'",
                "Skipped files (1):", unit + "/notes.txt: no format recognises it");
        assertThat(counted.out()).contains(" (--coverage all lists each)")
                .doesNotContain("functions 'cli-unit-sbc'");
        assertThat(unknownFormat.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknownFormat.err()).contains("unknown format 'tosca' (formats: inventory, overlay, csv");
        // other formats join the list after csv, each with one line in Formats.standard()
        assertThat(help.out()).contains("Formats (--format):", "  csv        CSV, one file per inventory section");
    }

    @Test
    void importTypesNamesAFolderForSharedToscaImports() throws IOException {
        // Tacker copies helloworld3_types.yaml into each test_csar_utils_data package at test time
        Path data = Path.of("..", "corpus", "tacker", "samples", "tests", "etc", "samples", "etsi", "nfv",
                "test_csar_utils_data");
        String vnfd = data.resolve("csar_without_policies/Definitions/main_tosca.yaml").toString();
        String common = data.resolve("test_csar_utils_common/Definitions").toString();

        Result alone = onStore("import", vnfd);
        Result notAFolder = onStore("import", "--types", vnfd, vnfd);
        // a store of its own: the demo store's answers stay those of the demo network
        Result withTypes = run("import", "--types", common, vnfd, "--db", temp.resolve("types-store").toString(),
                "--bolt-port", String.valueOf(freePort()));

        assertThat(alone.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(alone.err()).contains(vnfd + ":8: imports[2]: import 'helloworld3_types.yaml' not found");
        assertThat(withTypes.code()).as(withTypes.err()).isZero();
        assertThat(withTypes.out()).contains("Imported 1 file as one unit from " + vnfd, "1 functions");
        assertThat(notAFolder.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notAFolder.err()).contains("--types " + vnfd + ": not a directory");
    }

    @Test
    void regimesListTheRulebook() {
        Result result = onStore("regimes", "--format", "md");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("| id | isDefault |").contains("| jp-2024 | true |")
                .contains("| jp-2023 |").contains("| proposal-2022 |");
    }

    @Test
    void usageErrorsExitTwoWithoutStartingAnything() {
        int starts = LAUNCHER.starts();

        Result badFormat = run("duties", "--format", "xml");
        Result badColumn = run("duties", "--columns", "carrier,colour");
        Result noCommand = run();
        Result help = run("duties", "--help");

        assertThat(badFormat.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badFormat.err()).contains("unknown format 'xml'");
        assertThat(badColumn.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badColumn.err()).contains("unknown column 'colour'");
        assertThat(noCommand.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--fail-on", "--format", "--neo4j-uri", "--db");
        assertThat(LAUNCHER.starts()).isEqualTo(starts);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(DemarcCliTest.class.getResource(name).toURI()).toString();
    }

    private static List<JsonNode> rows(JsonNode duties, String carrier, String service, String element) {
        return StreamSupport.stream(duties.spliterator(), false)
                .filter(d -> carrier.equals(d.get("carrier").asString()))
                .filter(d -> service == null || service.equals(d.get("service").asString()))
                .filter(d -> element.equals(d.get("element").asString()))
                .toList();
    }

    private static JsonNode row(JsonNode duties, String carrier, String service, String element) {
        List<JsonNode> rows = rows(duties, carrier, service, element);
        assertThat(rows).as("duty rows for (%s, %s, %s)", carrier, service, element).hasSize(1);
        return rows.get(0);
    }

    private static List<String> ids(JsonNode path) {
        return texts(path.findValues("id"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(n -> texts.add(n.isNull() ? null : n.asString()));
        return texts;
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
