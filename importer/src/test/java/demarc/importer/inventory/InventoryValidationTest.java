package demarc.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import demarc.importer.inventory.StoredGraph.StoredLink;
import demarc.importer.inventory.StoredGraph.StoredNode;

/** Reading, mapping and validating documents, without a database: one test per kind of error, YAML and JSON. */
class InventoryValidationTest {

    /** A valid document; the line numbers of the tests below refer to it. */
    private static final String BASE = """
            inventory: 1
            source: test
            parties:
              - id: kumo
                type: cloud
              - id: shinkai
                type: carrier
            functions:
              - id: f1
                kind: vnf
                owner: shinkai
                requires: [r1]
            resources:
              - id: r1
                kind: vm
                owner: kumo
            """;

    private static final String BASE_JSON = """
            {
              "inventory": 1, "@context": "https://demarc.example/inventory/v1/context.jsonld",
              "source": "test",
              "parties": [
                {"id": "kumo", "type": "cloud"},
                {"id": "shinkai", "type": "carrier"}
              ],
              "functions": [
                {
                  "id": "f1",
                  "kind": "vnf",
                  "owner": "shinkai",
                  "requires": ["r1"]
                }
              ],
              "resources": [
                {"id": "r1", "kind": "vm", "owner": "kumo"}
              ]
            }
            """;

    @Test
    void validDocumentsPass() throws Exception {
        assertThatCode(() -> check("net.yaml", BASE)).doesNotThrowAnyException();
        assertThatCode(() -> check("net.json", BASE_JSON)).doesNotThrowAnyException();
        Inventory fixture = check("shinkai-core.yaml", resource("shinkai-core.yaml")).inventory();
        assertThat(fixture.entries()).hasSize(16);
        assertThat(check("shinkai-core.json", resource("shinkai-core.json")).inventory())
                .usingRecursiveComparison().ignoringFields("file").ignoringFieldsMatchingRegexes(".*origin.*")
                .isEqualTo(fixture);
    }

    @Test
    void unknownFieldNamesTheAllowedOnes() {
        assertThat(errors("net.yaml", BASE.replace("    kind: vnf\n", "    kind: vnf\n    colour: red\n")))
                .singleElement().asString()
                .startsWith("net.yaml:11: functions[0].colour: unknown field 'colour' (allowed: id, name, kind, roles,");
        assertThat(errors("net.json", BASE_JSON.replace("\"kind\": \"vnf\",", "\"kind\": \"vnf\", \"colour\": 1,")))
                .singleElement().asString()
                .startsWith("net.json:11: functions[0].colour: unknown field 'colour' (allowed: id, name, kind,");
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        assertThat(errors("net.yaml", BASE.replace("kind: vnf", "kind: vnfx"))).singleElement().asString()
                .isEqualTo("net.yaml:10: functions[0].kind: unknown value 'vnfx' (expected one of: pnf, vnf, cnf)");
        assertThat(errors("net.json", BASE_JSON.replace("\"type\": \"cloud\"", "\"type\": \"sky\"")))
                .singleElement().asString().isEqualTo("net.json:5: parties[0].type: unknown value 'sky' "
                        + "(expected one of: carrier, cloud, datacenter, vendor, contractor, other)");
        assertThat(errors("net.yaml", BASE.replace("kind: vnf", "kind: vnf\n    roles: [switching, routing]")))
                .singleElement().asString().startsWith("net.yaml:11: functions[0].roles[1]: unknown value 'routing' "
                        + "(expected one of: switching, control, virtualization-control, oam,");
    }

    @Test
    void missingRequiredField() {
        assertThat(errors("net.yaml", BASE.replace("    owner: shinkai\n", ""))).singleElement().asString()
                .isEqualTo("net.yaml:9: functions[0].owner: missing required field 'owner'");
        assertThat(errors("net.json", BASE_JSON.replace("\"kind\": \"vm\", ", ""))).singleElement().asString()
                .isEqualTo("net.json:17: resources[0].kind: missing required field 'kind'");
        assertThat(errors("net.yaml", BASE.replace("source: test\n", ""))).singleElement().asString()
                .isEqualTo("net.yaml:1: source: missing required field 'source'");
    }

    @Test
    void wrongType() {
        assertThat(errors("net.yaml", BASE.replace("requires: [r1]", "requires: r1"))).singleElement().asString()
                .isEqualTo("net.yaml:12: functions[0].requires: expected a list of element ids and {anyOf: [ids]} "
                        + "entries, found a string 'r1'");
        assertThat(errors("net.yaml", BASE.replace("kind: vm", "kind: vm\n    holdsUserInfo: maybe")))
                .singleElement().asString()
                .isEqualTo("net.yaml:16: resources[0].holdsUserInfo: expected true or false, found a string 'maybe'");
        assertThat(errors("net.json", BASE_JSON.replace("\"kind\": \"vm\"", "\"kind\": \"vm\", \"holdsUserInfo\": \"true\"")))
                .singleElement().asString()
                .isEqualTo("net.json:17: resources[0].holdsUserInfo: expected true or false, found a string 'true'");
        assertThat(errors("net.yaml", BASE.replace("    type: cloud\n", "    type: cloud\n    name: [a, b]\n")))
                .singleElement().asString().isEqualTo("net.yaml:6: parties[0].name: expected a string, found a list");
    }

    @Test
    void numbersAreNonNegativeIntegers() {
        String withService = BASE + """
                services:
                  - id: s1
                    provider: shinkai
                    class: data
                    users: -5
                    prefectures: 2.5
                """;
        assertThat(errors("net.yaml", withService)).extracting(InventoryError::toString).containsExactly(
                "net.yaml:21: services[0].users: expected a non-negative integer, found an integer '-5'",
                "net.yaml:22: services[0].prefectures: expected a non-negative integer, found a decimal number '2.5'");
    }

    @Test
    void badIdSyntax() {
        assertThat(errors("net.yaml", BASE.replace("- id: f1", "- id: \"f 1\""))).singleElement().asString()
                .isEqualTo("net.yaml:9: functions[0].id: invalid id 'f 1' (allowed: letters, digits, '-', '_', '.', ':')");
        String longId = "x".repeat(201);
        assertThat(errors("net.json", BASE_JSON.replace("\"id\": \"r1\"", "\"id\": \"" + longId + "\"")))
                .extracting(InventoryError::toString)
                .contains("net.json:17: resources[0].id: id is 201 characters long (at most 200)");
    }

    @Test
    void duplicateIdNamesTheFirst() {
        assertThat(errors("net.yaml", BASE.replace("- id: r1", "- id: f1").replace("[r1]", "[kumo]")))
                .extracting(InventoryError::toString)
                .contains("net.yaml:14: resources[0].id: duplicate id 'f1' (first defined at line 9 as functions[0])");
        assertThat(errors("net.json", BASE_JSON.replace("\"id\": \"r1\"", "\"id\": \"kumo\"")))
                .extracting(InventoryError::toString)
                .contains("net.json:17: resources[0].id: duplicate id 'kumo' (first defined at line 5 as parties[0])");
    }

    @Test
    void danglingId() {
        assertThat(errors("net.yaml", BASE.replace("requires: [r1]", "requires: [r1, {anyOf: [r1, kumo-vm-x]}]")))
                .singleElement().asString().isEqualTo("net.yaml:12: functions[0].requires[1].anyOf[1]: unknown id "
                        + "'kumo-vm-x' (expected the id of a function or resource)");
        assertThat(errors("net.json", BASE_JSON.replace("\"owner\": \"kumo\"", "\"owner\": \"sora\"")))
                .singleElement().asString()
                .isEqualTo("net.json:17: resources[0].owner: unknown id 'sora' (expected the id of a party)");
    }

    @Test
    void referenceToTheWrongKind() {
        assertThat(errors("net.yaml", BASE.replace("owner: kumo", "owner: f1"))).singleElement().asString()
                .isEqualTo("net.yaml:16: resources[0].owner: 'f1' is a function, expected the id of a party");
        assertThat(errors("net.yaml", BASE.replace("requires: [r1]", "requires: [kumo]"))).singleElement().asString()
                .isEqualTo("net.yaml:12: functions[0].requires[0]: 'kumo' is a party, expected the id of a function "
                        + "or resource");
    }

    @Test
    void siteMustBeAResourceOfKindSite() {
        assertThat(errors("net.yaml", BASE.replace("requires: [r1]", "site: r1"))).singleElement().asString()
                .isEqualTo("net.yaml:12: functions[0].site: 'r1' is a resource of kind vm, expected the id of a "
                        + "resource of kind site");
        assertThatCode(() -> check("net.yaml", BASE.replace("requires: [r1]", "site: r1").replace("kind: vm", "kind: site")))
                .doesNotThrowAnyException();
    }

    @Test
    void requiresCycle() {
        assertThat(errors("net.yaml", BASE + "    requires: [f1]\n")).singleElement().asString()
                .isEqualTo("net.yaml:17: resources[0].requires[0]: requires cycle: f1 -> r1 -> f1");
        String throughAnyOf = BASE + """
                    requires: [{anyOf: [r2, f1]}]
                  - id: r2
                    kind: vm
                    owner: kumo
                """;
        assertThat(errors("net.yaml", throughAnyOf)).singleElement().asString()
                .isEqualTo("net.yaml:17: resources[0].requires[0].anyOf[1]: requires cycle: f1 -> r1 -> f1");
        assertThat(errors("net.json", BASE_JSON.replace("\"owner\": \"kumo\"", "\"owner\": \"kumo\", \"requires\": [\"r1\"]")))
                .singleElement().asString().isEqualTo("net.json:17: resources[0].requires[0]: requires cycle: r1 -> r1");
    }

    @Test
    void onlyFormatVersionOneIsRead() {
        assertThat(errors("net.yaml", BASE.replace("inventory: 1", "inventory: 2"))).singleElement().asString()
                .isEqualTo("net.yaml:1: inventory: unsupported format version '2' (this importer reads version 1)");
        assertThat(errors("net.json", BASE_JSON.replace("\"inventory\": 1", "\"inventory\": \"1\"")))
                .singleElement().asString()
                .isEqualTo("net.json:2: inventory: unsupported format version '1' (this importer reads version 1)");
        assertThat(errors("net.yaml", BASE.replace("inventory: 1\n", ""))).singleElement().asString()
                .isEqualTo("net.yaml:1: inventory: missing required field 'inventory' (the format version, 1)");
    }

    @Test
    void yamlSyntaxError() {
        assertThat(errors("net.yaml", BASE.replace("    kind: vm", "    kind: [vm"))).singleElement().asString()
                .startsWith("net.yaml:16: $: YAML syntax: ");
        assertThat(errors("net.yaml", "")).singleElement().asString().isEqualTo("net.yaml:1: $: the document is empty");
        assertThat(errors("net.yaml", BASE + "---\n" + BASE)).singleElement().asString()
                .isEqualTo("net.yaml:17: $: YAML syntax: expected a single document in the stream, but found "
                        + "another document (column 1)");
    }

    @Test
    void jsonSyntaxErrorNamesThePathBeingRead() {
        assertThat(errors("net.json", BASE_JSON.replace("\"owner\": \"shinkai\",", "\"owner\": \"shinkai\"")))
                .singleElement().asString().isEqualTo("net.json:13: functions[0]: JSON syntax: Unexpected character ('\"' (code 34)): "
                        + "was expecting comma to separate Object entries");
        assertThat(errors("net.json", BASE_JSON + "{}")).singleElement().asString()
                .isEqualTo("net.json:20: $: JSON syntax: more content after the end of the document");
    }

    @Test
    void duplicateKey() {
        assertThat(errors("net.yaml", BASE.replace("    owner: kumo\n", "    owner: kumo\n    owner: shinkai\n")))
                .singleElement().asString()
                .isEqualTo("net.yaml:17: resources[0].owner: duplicate key 'owner' (first at line 16)");
        assertThat(errors("net.json", BASE_JSON.replace("\"kind\": \"vnf\",", "\"kind\": \"vnf\", \"kind\": \"pnf\",")))
                .singleElement().asString()
                .isEqualTo("net.json:11: functions[0].kind: duplicate key 'kind' (first at line 11)");
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("inventory: 1\nsource: bomb\nlol0: &l0 [lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("lol").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(5, "*l" + (level - 1)))).append("]\n");
        }
        assertThat(errors("bomb.yaml", bomb.toString())).singleElement().asString()
                .startsWith("bomb.yaml:8: $: Number of aliases for non-scalar nodes exceeds the specified max=20");
    }

    @Test
    void recursiveAliasAndForeignTagsAreRefused() {
        assertThat(errors("loop.yaml", "inventory: 1\nsource: loop\nattributes: &a [*a]\n")).singleElement()
                .asString().startsWith("loop.yaml:3: $: nesting deeper than 40 levels");
        assertThat(errors("tag.yaml", "inventory: 1\nsource: !!python/object:os.system ls\n")).singleElement()
                .asString().startsWith("tag.yaml:2: $: YAML syntax: Global tag is not allowed: "
                        + "tag:yaml.org,2002:python/object:os.system");
        assertThat(errors("tag.yaml", "inventory: 1\nsource: !!binary aGk=\n")).singleElement()
                .asString().isEqualTo("tag.yaml:2: $: tag tag:yaml.org,2002:binary is not allowed at source");
    }

    @Test
    void carrierBlockOnlyForCarriers() {
        assertThat(errors("net.yaml", BASE.replace("    type: cloud\n",
                "    type: cloud\n    carrier:\n      category: line-installing\n"))).singleElement().asString()
                .isEqualTo("net.yaml:7: parties[0].carrier: a carrier block is only allowed for a party of type "
                        + "'carrier' (this party is 'cloud')");
    }

    @Test
    void connectionJoinsTwoDifferentElements() {
        String connections = BASE + """
                connections:
                  - id: c1
                    kind: interconnect
                    between: [f1]
                  - id: c2
                    kind: wholesale
                    between: [f1, f1]
                """;
        assertThat(errors("net.yaml", connections)).extracting(InventoryError::toString).containsExactly(
                "net.yaml:20: connections[0].between: expected exactly 2 element ids, found 1",
                "net.yaml:23: connections[1].between: expected 2 different element ids, found 'f1' twice");
    }

    @Test
    void countryAndDateShapes() throws Exception {
        String shapes = BASE.replace("source: test", "source: test\nasOf: 1 November")
                .replace("    type: cloud\n", "    type: cloud\n    country: Japan\n");
        assertThat(errors("net.yaml", shapes)).extracting(InventoryError::toString).containsExactly(
                "net.yaml:3: asOf: expected a date (YYYY-MM-DD), found '1 November'",
                "net.yaml:7: parties[0].country: expected an ISO 3166-1 alpha-2 country code (two upper-case letters, "
                        + "e.g. JP), found 'Japan'");
        // YAML 1.1 reads NO as false: a string field takes the scalar as written
        Inventory norway = check("net.yaml", BASE.replace("    type: cloud\n", "    type: cloud\n    country: NO\n"))
                .inventory();
        assertThat(norway.parties().get(0).country()).isEqualTo("NO");
    }

    @Test
    void everyErrorIsReportedInLineOrder() {
        String many = BASE.replace("kind: vnf", "kind: vnfx").replace("owner: kumo", "owner: sora")
                .replace("    type: cloud\n", "    type: cloud\n    extra: 1\n");
        InventoryRejectedException rejected = rejection("net.yaml", many);
        assertThat(rejected.errors()).extracting(InventoryError::line).containsExactly(6, 11, 17);
        assertThat(rejected.getMessage().lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith("net.yaml:"));
    }

    @Test
    void referencesResolveAgainstOtherSourcesInTheStoredGraph() {
        String referring = """
                inventory: 1
                source: test
                functions:
                  - id: f2
                    kind: vnf
                    owner: shinkai
                    site: tokyo-dc
                    requires: [r1]
                """;
        StoredGraph stored = new StoredGraph(Map.of(
                "shinkai", List.of(stored("shinkai", "Party", "other", Map.of("type", "carrier"))),
                "tokyo-dc", List.of(stored("tokyo-dc", "Resource", "other", Map.of("kind", "site"))),
                "r1", List.of(stored("r1", "Resource", "test", Map.of("kind", "vm")))));
        // r1 is stored, but only the importing source defined it: the re-import removes it, so it does not resolve
        assertThat(errors("net.yaml", referring, stored)).singleElement().asString()
                .isEqualTo("net.yaml:8: functions[0].requires[0]: unknown id 'r1' (expected the id of a function or "
                        + "resource)");
    }

    @Test
    void anIdStoredAsAnotherKindIsRefused() {
        StoredGraph stored = new StoredGraph(Map.of(
                "r1", List.of(stored("r1", "Function", "other", Map.of("kind", "vnf")))));
        assertThat(errors("net.yaml", BASE, stored)).singleElement().asString()
                .isEqualTo("net.yaml:14: resources[0].id: id 'r1' is already a function in the graph (sources: other); "
                        + "ids are unique across all kinds");
    }

    @Test
    void attributesAreKeptAsJsonText() throws Exception {
        String withAttributes = BASE.replace("kind: vm", "kind: vm\n    attributes: {vendor: Acme, cores: 8, ha: yes, "
                + "tags: [a, 2026-01-01], nested: {x: ~, y: 0x1F}}");
        assertThat(check("net.yaml", withAttributes).inventory().elements().get(1).attributes())
                .isEqualTo("{\"vendor\":\"Acme\",\"cores\":8,\"ha\":true,\"tags\":[\"a\",\"2026-01-01\"],"
                        + "\"nested\":{\"x\":null,\"y\":\"0x1F\"}}");
    }

    private static StoredNode stored(String id, String label, String source, Map<String, Object> properties) {
        return new StoredNode(id, label, List.of(source), source, properties, List.<StoredLink>of());
    }

    private static CheckedInventory check(String file, String content) throws InventoryRejectedException {
        return CheckedInventory.check(file, content, ids -> StoredGraph.EMPTY);
    }

    private static List<InventoryError> errors(String file, String content) {
        return errors(file, content, StoredGraph.EMPTY);
    }

    private static List<InventoryError> errors(String file, String content, StoredGraph stored) {
        return catchThrowableOfType(InventoryRejectedException.class,
                () -> CheckedInventory.check(file, content, ids -> stored)).errors();
    }

    private static InventoryRejectedException rejection(String file, String content) {
        return catchThrowableOfType(InventoryRejectedException.class, () -> check(file, content));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = InventoryValidationTest.class.getResourceAsStream("/inventory/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
