package demarc.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import demarc.importer.document.ImportLimits;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Each limit of {@link ImportLimits} against a hostile file, through the import every client uses: the file is
 * refused with an error that names it, the line and what was exceeded, within {@value #FAST_MILLIS} ms, and
 * nothing is written. Each configurable limit is also shown to follow its configuration.
 */
class ImportLimitsTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    /**
     * Far above what a refusal takes (well under a second on an idle machine), with room for a loaded CI host;
     * a limit that did not hold would take minutes, exhaust the heap or never end.
     */
    private static final long FAST_MILLIS = 15_000;

    private static final String INVENTORY = """
            inventory: 1
            source: limits
            parties:
              - id: tsunagu
                name: Tsunagu Telecom
                type: carrier
                carrier:
                  category: line-installing
            functions:
              - id: ts-ims
                kind: vnf
                roles: [switching]
                owner: tsunagu
            """;

    @BeforeAll
    static void schema() {
        new GraphSchema(neo4j.driver(), null).apply();
    }

    @BeforeEach
    void empty() {
        neo4j.clear();
    }

    @Test
    void theDefaultsAreDocumented() {
        assertThat(ImportLimits.DEFAULTS).isEqualTo(new ImportLimits(64L * 1024 * 1024, 1_048_576, 40, 20, 5_000_000));
    }

    @Test
    void aYamlAliasBombIsRefusedBeforeItExpands() {
        StringBuilder bomb = new StringBuilder(INVENTORY).append("attributes:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("  a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }

        InventoryError error = refusedFast("bomb.yaml", bomb.toString(), ImportLimits.DEFAULTS);

        assertThat(error.line()).isBetween(16, 20);
        assertThat(error.message()).contains("aliases", "demarc.import.max-yaml-aliases");
    }

    @Test
    void theAliasLimitFollowsItsConfiguration() throws Exception {
        String reused = INVENTORY.replace("roles: [switching]", "roles: &roles [switching]") + """
                  - id: ts-sbc
                    kind: pnf
                    roles: *roles
                    owner: tsunagu
                  - id: ts-pcrf
                    kind: vnf
                    roles: *roles
                    owner: tsunagu
                """;
        ImportLimits oneAlias = new ImportLimits(1 << 20, 1000, 40, 1, 1000);

        assertThat(refusedFast("aliases.yaml", reused, oneAlias).message()).contains("aliases");
        assertThat(importer(ImportLimits.DEFAULTS).importFile(file("aliases.yaml", reused), null).counts())
                .containsEntry("functions", 3);
    }

    @Test
    void deepNestingIsRefusedInYamlJsonAndXmlAtTheConfiguredDepth() throws Exception {
        String deepYaml = INVENTORY + "attributes:\n  x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertThat(refusedFast("deep.yaml", deepYaml, ImportLimits.DEFAULTS).message()).contains("Nesting Depth",
                "demarc.import.max-nesting-depth");

        String deepJson = "{\"inventory\": 1, \"source\": \"deep\", \"attributes\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";
        assertThat(refusedFast("deep.json", deepJson, ImportLimits.DEFAULTS).message()).contains("nesting depth");

        String deepXml = "<?xml version=\"1.0\"?>\n<nfv xmlns=\"urn:etsi:nfv:yang:etsi-nfv-descriptors\">\n"
                + "<vnfd>".repeat(50_000) + "</vnfd>".repeat(50_000) + "</nfv>\n";
        assertThat(refusedFast("deep.xml", deepXml, ImportLimits.DEFAULTS).message()).contains("nesting deeper than 40");

        String twelveDeep = INVENTORY + "    attributes:\n      x: " + "[".repeat(12) + "]".repeat(12) + "\n";
        assertThat(importer(ImportLimits.DEFAULTS).importFile(file("twelve.yaml", twelveDeep), null).counts())
                .containsEntry("functions", 1);
        neo4j.clear();
        ImportLimits shallow = new ImportLimits(1 << 20, 1000, 10, 20, 1000);
        assertThat(refusedFast("twelve.yaml", twelveDeep, shallow).message()).contains("Nesting Depth");
    }

    @Test
    void deepNestingInTurtleAndJsonLdIsRefusedWithoutOverflowingTheStack() {
        String deepTurtle = "@prefix demarc: <https://demarc.example/ns#> .\n[] demarc:formatVersion 1 ;\n"
                + "  demarc:note " + "[ demarc:note ".repeat(100_000) + "1" + " ]".repeat(100_000) + " .\n";
        InventoryError turtle = refusedFast("deep.ttl", deepTurtle, ImportLimits.DEFAULTS);
        assertThat(turtle.message()).contains("nesting deeper than 40");

        String deepJsonLd = "{\"@context\": \"https://demarc.example/ns/context.jsonld\", \"inventory\": 1, \"note\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        InventoryError jsonLd = refusedFast("deep.jsonld", deepJsonLd, ImportLimits.DEFAULTS);
        assertThat(jsonLd.message()).contains("nesting depth");
    }

    @Test
    void aStringLongerThanTheLimitIsRefusedAtItsLineAndPath() throws Exception {
        String huge = "H".repeat(ImportLimits.DEFAULTS.maxStringLength() + 1);
        InventoryError yaml = refusedFast("huge.yaml", INVENTORY.replace("name: Tsunagu Telecom", "name: " + huge),
                ImportLimits.DEFAULTS);
        assertThat(yaml.line()).isEqualTo(5);
        assertThat(yaml.path()).isEqualTo("parties[0].name");
        assertThat(yaml.message()).contains("1048577 characters", "demarc.import.max-string-length");

        InventoryError csv = refusedFast("functions.csv", "id,kind,roles,owner\nts-x,vnf,switching,\"" + huge
                + "\"\n", ImportLimits.DEFAULTS);
        assertThat(csv.line()).isEqualTo(2);
        assertThat(csv.message()).contains("1048577 characters");

        ImportLimits short40 = new ImportLimits(1 << 20, 40, 40, 20, 1000);
        String name = "Tsunagu Telecommunications Company Limited";
        assertThat(refusedFast("long.yaml", INVENTORY.replace("Tsunagu Telecom", name), short40).message())
                .contains(name.length() + " characters");
        assertThat(importer(ImportLimits.DEFAULTS).importFile(file("long.yaml",
                INVENTORY.replace("Tsunagu Telecom", name)), null).counts()).containsEntry("parties", 1);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        ImportLimits small = new ImportLimits(1_000, 1000, 40, 20, 1000);
        String padded = INVENTORY + "#" + "x".repeat(1_000) + "\n";

        InventoryError error = refusedFast("big.yaml", padded, small);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.message()).contains(padded.length() + " bytes", "more than the 1000",
                "demarc.import.max-file-bytes");

        Path big = dir.resolve("big.yaml");
        Files.writeString(big, padded);
        InventoryRejectedException fromDisk = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer(small).importPaths(List.of(big), null));
        assertThat(fromDisk.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("1000"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffsetAndLine() {
        byte[] text = INVENTORY.getBytes(StandardCharsets.UTF_8);
        int offset = INVENTORY.indexOf("Tsunagu Telecom") + 3;
        text[offset] = (byte) 0xFF;

        InventoryError error = refused(() -> importer(ImportLimits.DEFAULTS), new InputFile("latin.yaml", text));

        assertThat(error.file()).isEqualTo("latin.yaml");
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.message()).isEqualTo("the file is not UTF-8: byte 0xFF at offset " + offset
                + " (line 5, byte 14 of the line) does not start a valid UTF-8 character; save the file as UTF-8");

        byte[] truncated = "inventory: 1\nsource: \u65E5".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 1);
        assertThat(refused(() -> importer(ImportLimits.DEFAULTS), new InputFile("cut.yaml", cut)).message())
                .contains("byte 0xE6 at offset " + (cut.length - 2), "line 2");
    }

    @Test
    void xmlExternalEntitiesAndEntityBombsAreRefusedInRdfXmlAndSol006(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        String rdfXxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:demarc="https://demarc.example/ns#">
                  <rdf:Description rdf:about="https://demarc.example/id/x"><demarc:name>&xxe;</demarc:name></rdf:Description>
                </rdf:RDF>
                """.formatted(secret.toUri());
        InventoryError rdf = refusedFast("xxe.rdf", rdfXxe, ImportLimits.DEFAULTS);
        assertThat(rdf.line()).isEqualTo(2);
        assertThat(rdf.message()).contains("DOCTYPE").doesNotContain("TOP-SECRET");

        String sol006Xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE nfv [ <!ENTITY xxe SYSTEM "%s"> ]>
                <nfv xmlns="urn:etsi:nfv:yang:etsi-nfv-descriptors"><vnfd><id>&xxe;</id></vnfd></nfv>
                """.formatted(secret.toUri());
        InventoryError sol006 = refusedFast("xxe.xml", sol006Xxe, ImportLimits.DEFAULTS);
        assertThat(sol006.message()).contains("DTD").doesNotContain("TOP-SECRET");

        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE nfv [<!ENTITY l0 \"lol\">" + entities() + "]>\n"
                + "<nfv xmlns=\"urn:etsi:nfv:yang:etsi-nfv-descriptors\"><vnfd><id>&l9;</id></vnfd></nfv>\n";
        assertThat(refusedFast("laughs.xml", laughs, ImportLimits.DEFAULTS).message()).contains("DTD");
        assertThat(refusedFast("laughs.rdf", laughs.replace("<nfv xmlns=\"urn:etsi:nfv:yang:etsi-nfv-descriptors\">"
                + "<vnfd><id>&l9;</id></vnfd></nfv>", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"https://demarc.example/id/x\"/></rdf:RDF>"), ImportLimits.DEFAULTS)
                .message()).contains("DOCTYPE");
    }

    /**
     * What Jena itself does with an external entity, were demarc not to refuse the DOCTYPE first: its RDF/XML
     * parser does not read the file either (it reports the entity as undefined), so the refusal is a second wall.
     */
    @Test
    void jenaAloneDoesNotReadAnExternalEntity(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:demarc="https://demarc.example/ns#">
                  <rdf:Description rdf:about="https://demarc.example/id/x"><demarc:name>&xxe;</demarc:name></rdf:Description>
                </rdf:RDF>
                """.formatted(secret.toUri());
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(xml, Lang.RDFXML).parse(graph);
        } catch (RuntimeException refused) {
            assertThat(String.valueOf(refused.getMessage())).doesNotContain("TOP-SECRET");
        }
        assertThat(graph.toString()).doesNotContain("TOP-SECRET");
    }

    private static String entities() {
        StringBuilder entities = new StringBuilder();
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return entities.toString();
    }

    /** The single error of the refused import, which must also be quick and leave the graph empty. */
    private static InventoryError refusedFast(String name, String content, ImportLimits limits) {
        long start = System.nanoTime();
        InventoryError error = refused(() -> importer(limits), file(name, content));
        assertThat((System.nanoTime() - start) / 1_000_000).as("refusal time (ms)").isLessThan(FAST_MILLIS);
        return error;
    }

    private static InventoryError refused(Supplier<FormatImporter> importer, InputFile file) {
        InventoryRejectedException rejected = catchThrowableOfType(InventoryRejectedException.class,
                () -> importer.get().importFile(file, null));
        assertThat(rejected).as(file.name() + " must be refused").isNotNull();
        assertThat(rejected.errors()).as(rejected.getMessage()).hasSize(1);
        InventoryError error = rejected.errors().get(0);
        assertThat(error.file()).isEqualTo(file.name());
        assertThat(error.line()).isPositive();
        assertThat(error.message().length()).isLessThanOrEqualTo(InventoryError.LONGEST_TEXT);
        try (var session = neo4j.driver().session()) {
            assertThat(session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong()).isZero();
        }
        return error;
    }

    private static FormatImporter importer(ImportLimits limits) {
        return new FormatImporter(new InventoryImporter(neo4j.driver(), null, new GraphGate()),
                Formats.standard(List.of(), limits));
    }

    private static InputFile file(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
