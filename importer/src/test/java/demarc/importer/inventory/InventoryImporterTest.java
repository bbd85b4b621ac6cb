package demarc.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import demarc.importer.document.DocumentReader;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/** Imports into a real Neo4j: the graph written, provenance across re-imports and sources, all-or-nothing. */
class InventoryImporterTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    private static final String CORE = "shinkai-core-2026q4";

    private InventoryImporter importer;

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void emptyGraph() {
        neo4j.clear();
        importer = new InventoryImporter(neo4j.driver(), null, new GraphGate());
    }

    @Test
    void importsARealisticDocument() throws Exception {
        ImportReport report = importFixture("shinkai-core.yaml");

        assertThat(report.source()).isEqualTo(CORE);
        assertThat(report.counts()).containsAllEntriesOf(Map.of("parties", 4, "services", 1, "functions", 6,
                "resources", 4, "connections", 1, "access", 2, "relationships", 30));
        assertThat(report.counts().keySet()).containsExactly(
                "parties", "services", "functions", "resources", "connections", "access", "relationships");
        assertThat(report.removed()).containsEntry("nodes", 0).containsEntry("relationships", 0);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.summary()).contains("shinkai-core.yaml", CORE, "functions", "Removed: 0 nodes", "No warnings");

        assertThat(rows("MATCH (n) RETURN [l IN labels(n) | l] AS labels, count(*) AS count ORDER BY count, labels",
                r -> r.get("labels").asList(Value::asString) + "=" + r.get("count").asInt()))
                .containsExactlyInAnyOrder("[Service]=1", "[Connection]=1", "[Source]=1", "[Party]=4",
                        "[Element, Resource]=4", "[Element, Function]=6");
        assertThat(rows("""
                MATCH (:Service {id: 'shinkai-voice'})-[r:REQUIRES]->(e)
                RETURN e.id AS id, r.slot AS slot, r.anyOf AS anyOf ORDER BY slot, id""",
                r -> tuple(r.get("id").asString(), r.get("slot").asInt(), r.get("anyOf").asBoolean())))
                .containsExactly(tuple("sk-ims", 0, false), tuple("sk-udm", 1, false),
                        tuple("sk-upf-east", 2, true), tuple("sk-upf-west", 2, true));
        assertThat(rows("""
                MATCH (e:Element)-[r:OPERATED_BY]->(p) RETURN e.id + '>' + p.id + ':' + r.defaulted AS operated
                ORDER BY operated""", r -> r.get("operated").asString()))
                .contains("sk-ims>shinkai:false", "sk-udm>shinkai:true", "sk-noc>hoshu:true", "kumo-vm-ims-a>kumo:true")
                .hasSize(10);

        Map<String, Object> udmProperties = single("MATCH (e:Function {id: 'sk-udm'}) RETURN properties(e) AS p")
                .get("p").asMap();
        assertThat(udmProperties).containsEntry("kind", "cnf").containsEntry("holdsUserInfo", true)
                .containsEntry("roles", List.of("subscriber-management"))
                .containsEntry("attributes", "{\"vendor\":\"Acme\",\"release\":17,\"ha\":true}")
                .containsEntry("sources", List.of(CORE)).containsEntry("source", CORE)
                .containsKey("importedAt").doesNotContainKeys("name", "country", "operator");
        assertThat(single("MATCH (p:Party {id: 'shinkai'}) RETURN properties(p) AS p").get("p").asMap())
                .containsEntry("type", "carrier").containsEntry("category", "line-installing")
                .containsEntry("designations", List.of("specified-user-info")).containsEntry("users", 8_000_000L);
        assertThat(single("MATCH (c:Connection)-[b:BETWEEN]->(e) WITH c, b, e ORDER BY b.end "
                + "RETURN c.point AS point, c.functionCheck AS check, collect(e.id) AS ends"))
                .satisfies(r -> {
                    assertThat(r.get("point").asString()).isEqualTo("Otemachi building 3F MDF, rack 12, port 4");
                    assertThat(r.get("check").asString()).isEqualTo("loopback at the SBC trunk");
                    assertThat(r.get("ends").asList(Value::asString)).containsExactly("sk-ims", "ts-ims");
                });
        assertThat(rows("MATCH (p)-[r:HAS_ACCESS]->(e) RETURN p.id + '>' + e.id + ':' + r.kind + ':' "
                + "+ coalesce(r.country, '-') AS access", r -> r.get("access").asString()))
                .containsExactlyInAnyOrder("hoshu>sk-udm:remote-maintenance:VN", "kumo>kumo-vm-ims-a:operation:-",
                        "kumo>kumo-vm-ims-b:operation:-");
        assertThat(single("MATCH (:Function {id: 'sk-upf-east'})-[:AT_SITE]->(s:Resource) RETURN s.kind AS kind")
                .get("kind").asString()).isEqualTo("site");
        Map<String, Object> source = single("MATCH (s:Source) RETURN properties(s) AS p").get("p").asMap();
        assertThat(source).containsEntry("id", CORE).containsEntry("asOf", LocalDate.of(2026, 11, 1))
                .containsKeys("importedAt", "file");
        assertThat((String) source.get("hash")).matches("[0-9a-f]{64}");

        // provenance on every node and every relationship
        assertThat(single("MATCH (n) WHERE NOT n:Source AND (n.sources <> ['" + CORE + "'] OR n.source <> '" + CORE
                + "' OR n.importedAt IS NULL) RETURN count(n) AS bad").get("bad").asInt()).isZero();
        assertThat(single("MATCH ()-[r]->() WHERE r.source <> '" + CORE + "' OR r.importedAt IS NULL "
                + "RETURN count(r) AS bad").get("bad").asInt()).isZero();
    }

    @Test
    void tellsTheListenerEachStageAndTheItemsWrittenBatchByBatch() throws Exception {
        String name = "shinkai-core.yaml";
        String content = InventoryValidationTest.resource(name);
        List<String> told = new ArrayList<>();
        List<Long> written = new ArrayList<>();

        importer.importTrees(List.of(new TreeDocument(name, DocumentReader.read(name, content).root(),
                InventoryImporter.sha256(content))), new ImportListener() {
            @Override
            public void stage(Stage stage) {
                told.add(stage.name());
            }

            @Override
            public void written(long items, long total) {
                told.add(items + "/" + total);
                written.add(items);
            }
        });

        // 16 entries, 12 entries whose stated fields replace other sources' relationships, 30 relationships
        assertThat(told.get(0)).isEqualTo("WAITING");
        assertThat(told.get(1)).isEqualTo("WRITING");
        assertThat(told.subList(2, told.size() - 1)).allMatch(item -> item.endsWith("/58"));
        assertThat(told.get(told.size() - 2)).isEqualTo("58/58");
        assertThat(told.get(told.size() - 1)).isEqualTo("FINISHING");
        assertThat(written).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(5);
    }

    @Test
    void derivesTheConnectionOfRequiresBetweenConnectedElements() throws Exception {
        importFixture("shinkai-core.yaml");
        assertThat(rows("MATCH (a)-[r:REQUIRES]->(b) WHERE r.connection IS NOT NULL "
                + "RETURN a.id + '>' + b.id + ':' + r.connection AS crossing", r -> r.get("crossing").asString()))
                .containsExactly("sk-ims>ts-ims:ix-shinkai-tsunagu");

        // a connection declared by another source, between ends a third source's REQUIRES joins, either way round
        importer.importDocument("reverse.yaml", """
                inventory: 1
                source: reverse
                connections:
                  - id: ix-reverse
                    kind: wholesale
                    between: [kumo-vm-ims-a, sk-udm]
                """);
        assertThat(rows("MATCH (a)-[r:REQUIRES]->(b) WHERE r.connection IS NOT NULL "
                + "RETURN a.id + '>' + b.id + ':' + r.connection AS crossing ORDER BY crossing",
                r -> r.get("crossing").asString()))
                .containsExactly("sk-ims>ts-ims:ix-shinkai-tsunagu", "sk-udm>kumo-vm-ims-a:ix-reverse");

        // another source moves the connection's ends: the former pair loses it, the new pair's smallest id wins
        importer.importDocument("moved.yaml", """
                inventory: 1
                source: moved
                connections:
                  - id: ix-reverse
                    kind: wholesale
                    between: [ts-ims, sk-ims]
                """);
        assertThat(rows("MATCH (a)-[r:REQUIRES]->(b) WHERE r.connection IS NOT NULL "
                + "RETURN a.id + '>' + b.id + ':' + r.connection AS crossing ORDER BY crossing",
                r -> r.get("crossing").asString()))
                .containsExactly("sk-ims>ts-ims:ix-reverse");
        ImportReport withoutMoved = importer.removeSource("moved");
        assertThat(withoutMoved.warnings()).containsExactly("connections 'ix-reverse' has no between any more: the "
                + "source that stated it no longer does; import again one of the sources that define it (reverse)");
        assertThat(rows("MATCH (a)-[r:REQUIRES]->(b) WHERE r.connection IS NOT NULL "
                + "RETURN a.id + '>' + b.id + ':' + r.connection AS crossing ORDER BY crossing",
                r -> r.get("crossing").asString()))
                .containsExactly("sk-ims>ts-ims:ix-shinkai-tsunagu");

        importer.removeSource("reverse");
        assertThat(single("MATCH ()-[r:REQUIRES]->() WHERE r.connection IS NOT NULL RETURN count(r) AS n")
                .get("n").asInt()).isEqualTo(1);
    }

    @Test
    void reimportingAChangedSourceRemovesWhatItNoLongerSaysAndLeavesOtherSourcesAlone() throws Exception {
        importFixture("shinkai-core.yaml");
        importFixture("tsunagu-core.yaml");
        List<String> tsunagu = tsunaguFacts();

        ImportReport next = importFixture("shinkai-core-next.yaml");

        assertThat(next.removed()).containsEntry("nodes", 1).containsEntry("relationships", 4);
        assertThat(next.warnings()).isEmpty();
        assertThat(exists("MATCH (e:Element {id: 'sk-upf-west'}) RETURN count(e) > 0 AS found")).isFalse();
        assertThat(rows("MATCH (:Service)-[r:REQUIRES {slot: 2}]->(e) RETURN e.id AS id", r -> r.get("id").asString()))
                .containsExactly("sk-upf-east");
        assertThat(exists("MATCH (:Party {id: 'kumo'})-[r:HAS_ACCESS]->() RETURN count(r) > 0 AS found")).isFalse();
        assertThat(single("MATCH (e:Element {id: 'sk-udm'}) RETURN e.attributes AS a").get("a").asString())
                .contains("\"release\":18");
        assertThat(single("MATCH (s:Source {id: '" + CORE + "'}) RETURN s.asOf AS asOf").get("asOf").asLocalDate())
                .isEqualTo(LocalDate.of(2027, 2, 1));
        // Tsunagu's entries now belong to tsunagu-core alone, exactly as it stated them
        assertThat(tsunaguFacts()).isEqualTo(tsunagu.stream()
                .map(line -> line.replace("sources=[" + CORE + ", tsunagu-core]", "sources=[tsunagu-core]")).toList());
        assertThat(single("MATCH (e:Element {id: 'ts-ims'}) RETURN e.sources AS s").get("s").asList(Value::asString))
                .containsExactly("tsunagu-core");
        // still required across the connection, now to another source's element
        assertThat(single("MATCH (:Element {id: 'sk-ims'})-[r:REQUIRES]->(:Element {id: 'ts-ims'}) "
                + "RETURN r.connection AS c").get("c").asString()).isEqualTo("ix-shinkai-tsunagu");
    }

    @Test
    void twoSourcesSharingIdsAreOneNodeAndTheLaterImportWins() throws Exception {
        importer.importDocument("a.yaml", """
                inventory: 1
                source: a
                parties:
                  - {id: kumo, type: cloud, country: US}
                  - {id: sora, type: cloud}
                functions:
                  - id: f
                    name: Function as A knows it
                    kind: vnf
                    roles: [switching]
                    owner: kumo
                """);
        ImportReport b = importer.importDocument("b.json", """
                {"inventory": 1, "source": "b",
                 "parties": [{"id": "kumo", "type": "cloud", "name": "Kumo"}, {"id": "sora", "type": "cloud"}],
                 "functions": [{"id": "f", "name": "Function as B knows it", "kind": "vnf", "owner": "sora"}]}
                """);

        assertThat(b.warnings()).containsExactly(
                "functions[0] 'f': name changes from 'Function as A knows it' (source a) to 'Function as B knows it' "
                        + "(source b)",
                "functions[0] 'f': owner changes from 'kumo' (source a) to 'sora' (source b)");
        Map<String, Object> f = single("MATCH (f:Function {id: 'f'}) RETURN properties(f) AS p").get("p").asMap();
        assertThat(f).containsEntry("sources", List.of("a", "b")).containsEntry("source", "b")
                .containsEntry("name", "Function as B knows it")
                // b does not state roles: a's stay
                .containsEntry("roles", List.of("switching"));
        assertThat(rows("MATCH (:Function {id: 'f'})-[r:OWNED_BY|OPERATED_BY]->(p) "
                + "RETURN type(r) + '>' + p.id + ':' + r.source AS link ORDER BY link", r -> r.get("link").asString()))
                .containsExactly("OPERATED_BY>sora:b", "OWNED_BY>sora:b");
        assertThat(single("MATCH (p:Party {id: 'kumo'}) RETURN properties(p) AS p").get("p").asMap())
                .containsEntry("country", "US").containsEntry("name", "Kumo").containsEntry("sources", List.of("a", "b"));

        ImportReport removal = importer.removeSource("a");

        assertThat(removal.removed()).containsEntry("nodes", 0);
        assertThat(single("MATCH (f:Function {id: 'f'}) RETURN f.sources AS s").get("s").asList(Value::asString))
                .containsExactly("b");
        assertThat(single("MATCH (p:Party {id: 'kumo'}) RETURN p.sources AS s").get("s").asList(Value::asString))
                .containsExactly("b");
        assertThat(exists("MATCH (s:Source {id: 'a'}) RETURN count(s) > 0 AS found")).isFalse();

        ImportReport lastSource = importer.removeSource("b");
        assertThat(lastSource.removed()).containsEntry("nodes", 3);
        assertThat(GraphExport.of(neo4j.driver())).isEmpty();
    }

    @Test
    void theReportWarnsOfOtherSourcesFactsThatAreLost() throws Exception {
        String a = """
                inventory: 1
                source: a
                parties: [{id: kumo, type: cloud}]
                resources: [{id: x, kind: vm, owner: kumo}]
                """;
        importer.importDocument("a.yaml", a);
        importer.importDocument("b.yaml", """
                inventory: 1
                source: b
                parties: [{id: sora, type: cloud}]
                resources: [{id: x, kind: vm, owner: sora}]
                functions: [{id: g, kind: vnf, owner: sora, requires: [x]}]
                """);

        // b took over x's owner; without b, x has none until a is imported again
        ImportReport withoutB = importer.removeSource("b");
        assertThat(withoutB.warnings()).containsExactly("resources 'x' has no owner any more: the source that "
                + "stated it no longer does; import again one of the sources that define it (a)");
        assertThat(importer.importDocument("a.yaml", a).warnings()).isEmpty();

        importer.importDocument("c.yaml", """
                inventory: 1
                source: c
                parties: [{id: sora, type: cloud}]
                functions: [{id: g, kind: vnf, owner: sora, requires: [x]}]
                """);
        ImportReport withoutA = importer.removeSource("a");
        assertThat(withoutA.removed()).containsEntry("nodes", 2).containsEntry("relationships", 2);
        assertThat(withoutA.warnings()).containsExactly("resources 'x' removed because no source defines it any "
                + "more; relationships other sources stated went with it: REQUIRES from 'g' (source c)");
    }

    @Test
    void importingTheSameDocumentTwiceGivesTheSameGraph() throws Exception {
        importFixture("shinkai-core.yaml");
        List<String> once = GraphExport.of(neo4j.driver());
        ImportReport twice = importFixture("shinkai-core.yaml");
        assertThat(GraphExport.of(neo4j.driver())).isEqualTo(once);
        assertThat(twice.removed()).containsEntry("nodes", 0).containsEntry("relationships", 0);
        assertThat(twice.warnings()).isEmpty();

        // with another source in between that shares ids, the repeated import still changes nothing
        importFixture("tsunagu-core.yaml");
        importFixture("shinkai-core.yaml");
        List<String> settled = GraphExport.of(neo4j.driver());
        ImportReport again = importFixture("shinkai-core.yaml");
        assertThat(GraphExport.of(neo4j.driver())).isEqualTo(settled);
        assertThat(again.removed()).containsEntry("nodes", 0).containsEntry("relationships", 0);
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void aRejectedDocumentLeavesTheGraphExactlyAsBefore() throws Exception {
        importFixture("shinkai-core.yaml");
        importFixture("tsunagu-core.yaml");
        List<String> before = GraphExport.of(neo4j.driver());
        String next = InventoryValidationTest.resource("shinkai-core-next.yaml");

        InventoryRejectedException dangling = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importDocument("next.yaml", next.replace("owner: hoshu", "owner: hoshu-vn")));
        InventoryRejectedException stolenId = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.importDocument("next.yaml", next.replace("\nconnections:",
                        "  - {id: ts-sbc, kind: vm, owner: kumo}\n\nconnections:")));

        assertThat(dangling.errors()).extracting(InventoryError::toString)
                .containsExactly("next.yaml:63: functions[3].owner: unknown id 'hoshu-vn' (expected the id of a party)");
        assertThat(stolenId.errors()).extracting(InventoryError::toString).containsExactly("next.yaml:87: "
                + "resources[4].id: id 'ts-sbc' is already a function in the graph (sources: tsunagu-core); "
                + "ids are unique across all kinds");
        assertThat(GraphExport.of(neo4j.driver())).isEqualTo(before);
    }

    @Test
    void importsJsonFiles() throws Exception {
        ImportReport report = importer.importFile(Path.of(getClass().getResource("/inventory/shinkai-core.json").toURI()));
        assertThat(report.file()).endsWith("shinkai-core.json");
        List<String> fromJson = GraphExport.of(neo4j.driver()).stream()
                .filter(line -> !line.startsWith("(:Source")).toList();

        neo4j.clear();
        importFixture("shinkai-core.yaml");

        assertThat(GraphExport.of(neo4j.driver()).stream().filter(line -> !line.startsWith("(:Source")).toList())
                .isEqualTo(fromJson);
    }

    private List<String> tsunaguFacts() {
        return GraphExport.of(neo4j.driver()).stream()
                .filter(line -> line.contains("tsunagu-core") && !line.startsWith("(:Source")).toList();
    }

    private ImportReport importFixture(String name) throws Exception {
        return importer.importDocument(name, InventoryValidationTest.resource(name));
    }

    private static Record single(String query) {
        try (var session = neo4j.driver().session()) {
            return session.executeRead(tx -> tx.run(query).single());
        }
    }

    private static boolean exists(String query) {
        return single(query).get("found").asBoolean();
    }

    private static <T> List<T> rows(String query, java.util.function.Function<Record, T> mapper) {
        try (var session = neo4j.driver().session()) {
            return session.executeRead(tx -> tx.run(query).list(mapper::apply));
        }
    }
}
