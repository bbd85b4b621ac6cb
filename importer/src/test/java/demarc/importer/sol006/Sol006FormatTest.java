package demarc.importer.sol006;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.importer.format.InputFile;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.TranslationException;
import demarc.importer.nfv.TranslatedInventory;

/** Field-level mapping of SOL006 descriptors (XML, RFC 7951 JSON, OSM YAML) onto the inventory format. */
class Sol006FormatTest {

    private final Sol006Format format = new Sol006Format();

    static final String VNFD_XML = """
            <vnfd xmlns="urn:etsi:nfv:yang:etsi-nfv-vnfd">
              <id>upf-1</id>
              <provider>Acme</provider>
              <product-name>Acme UPF</product-name>
              <software-version>3.0</software-version>
              <version>1.0</version>
              <vdu>
                <id>dp</id>
                <name>data plane</name>
                <int-cpd><id>n3</id></int-cpd>
                <virtual-compute-desc>vcd</virtual-compute-desc>
                <virtual-storage-desc>disk</virtual-storage-desc>
                <sw-image-desc>img</sw-image-desc>
              </vdu>
              <vdu>
                <id>ctl</id>
                <name>control</name>
              </vdu>
              <ext-cpd><id>n6</id></ext-cpd>
              <df>
                <id>default</id>
                <vdu-profile>
                  <id>dp</id>
                  <min-number-of-instances>3</min-number-of-instances>
                  <max-number-of-instances>6</max-number-of-instances>
                  <affinity-or-anti-affinity-group><id>spread</id></affinity-or-anti-affinity-group>
                </vdu-profile>
                <vdu-profile>
                  <id>ctl</id>
                </vdu-profile>
                <instantiation-level>
                  <id>base</id>
                  <vdu-level><vdu-id>dp</vdu-id><number-of-instances>3</number-of-instances></vdu-level>
                </instantiation-level>
                <default-instantiation-level>base</default-instantiation-level>
                <affinity-or-anti-affinity-group>
                  <id>spread</id>
                  <type>anti-affinity</type>
                  <scope>nfvi-node</scope>
                </affinity-or-anti-affinity-group>
              </df>
            </vnfd>
            """;

    @Test
    void mapsAnXmlVnfdWithReplicasAndAntiAffinity() throws Exception {
        InputFile file = file("upf.xml", VNFD_XML);
        assertThat(format.recognizes(file)).isTrue();
        TranslatedInventory inventory = new TranslatedInventory(format.translate(file));

        assertThat(inventory.ids("functions")).containsExactly("upf-1");
        assertThat(inventory.field("functions", "upf-1", "kind")).isEqualTo("vnf");
        assertThat(inventory.field("functions", "upf-1", "owner")).isEqualTo("unstated-owner");
        assertThat(inventory.attributes("functions", "upf-1"))
                .containsEntry("vendor", "Acme")
                .containsEntry("softwareVersion", "3.0")
                .containsEntry("placementRules", "flavour default: anti-affinity group spread of dp (scope nfvi-node)");
        assertThat(inventory.requires("functions", "upf-1")).containsExactly(
                List.of("upf-1.dp.1", "upf-1.dp.2", "upf-1.dp.3"), "upf-1.ctl");
        assertThat(inventory.requires("resources", "upf-1.dp.3")).containsExactly("upf-1.disk.3");
        assertThat(inventory.field("resources", "upf-1.dp.3", "kind")).isEqualTo("vm");
        // a VDU with neither image nor virtual compute is container-style; min and max default to 1 (YANG defaults)
        assertThat(inventory.field("resources", "upf-1.ctl", "kind")).isEqualTo("container");
        assertThat(inventory.attributes("resources", "upf-1.dp.1"))
                .containsEntry("instanceCounts", "flavour default: min 3, max 6 | flavour default, level base: 3");
        assertThat(inventory.coverage(Outcome.SKIPPED)).contains(
                "10 vnfd.vdu[id=dp].int-cpd[id=n3]: candidate connection: internal connection point n3; an inventory "
                        + "connection joins two parties' elements, which a descriptor does not name");
        assertThat(inventory.coverage(Outcome.UNKNOWN)).anySatisfy(line -> assertThat(line)
                .startsWith("1 vnfd: owner of function upf-1"));
    }

    @Test
    void readsRfc7951JsonWithAnNsdOverItsVnfsAndPnfs() throws Exception {
        InputFile file = file("nfv.json", """
                {
                  "etsi-nfv-descriptors:nfv": {
                    "vnfd": [ { "id": "fw", "provider": "Acme", "product-name": "Firewall",
                                "vdu": [ { "id": "fw-vm", "name": "fw", "sw-image-desc": "img" } ] } ],
                    "pnfd": [ { "id": "dpi", "name": "DPI box", "provider": "BoxCo" } ],
                    "nsd": [ { "id": "chain", "name": "Service chain", "designer": "Acme",
                               "vnfd-id": [ "fw" ], "pnfd-id": [ "dpi" ],
                               "df": [ { "id": "d", "vnf-profile": [ { "id": "p", "vnfd-id": "fw" } ] } ] } ]
                  }
                }
                """);
        assertThat(format.recognizes(file)).isTrue();
        TranslatedInventory inventory = new TranslatedInventory(format.translate(file));

        assertThat(inventory.ids("services")).containsExactly("chain");
        assertThat(inventory.requires("services", "chain")).containsExactly("fw", "dpi");
        assertThat(inventory.field("services", "chain", "class")).isEqualTo("data");
        assertThat(inventory.field("functions", "dpi", "kind")).isEqualTo("pnf");
        assertThat(inventory.requires("functions", "fw")).containsExactly("fw.fw-vm");
        assertThat(inventory.coverage(Outcome.UNKNOWN)).anySatisfy(line -> assertThat(line)
                .contains("provider of service chain not stated (designer 'Acme' is not the provider)"));
    }

    @Test
    void readsOsmSol006Yaml() throws Exception {
        TranslatedInventory vnfd = new TranslatedInventory(format.translate(file("osm_vnfd.yaml", """
                vnfd:
                  id: hackfest-vnf
                  provider: OSM
                  product-name: hackfest
                  vdu:
                    - id: mgmtVM
                      name: mgmtVM
                      sw-image-desc: ubuntu
                  kdu:
                    - name: amf
                      helm-chart: free5gc/amf
                  df:
                    - id: default-df
                      vdu-profile:
                        - id: mgmtVM
                          min-number-of-instances: 1
                """)));
        assertThat(vnfd.requires("functions", "hackfest-vnf")).containsExactly("hackfest-vnf.mgmtVM", "hackfest-vnf.amf");
        assertThat(vnfd.field("resources", "hackfest-vnf.amf", "kind")).isEqualTo("container");

        InputFile nsdFile = file("osm_nsd.yaml", """
                nsd:
                  nsd:
                    - id: hackfest-ns
                      name: hackfest-ns
                      vnfd-id:
                        - hackfest-vnf
                      df:
                        - id: default-df
                          vnf-profile:
                            - id: "1"
                              vnfd-id: hackfest-vnf
                """);
        assertThat(format.recognizes(nsdFile)).isTrue();
        TranslatedInventory nsd = new TranslatedInventory(format.translate(nsdFile));
        assertThat(nsd.requires("services", "hackfest-ns")).containsExactly("hackfest-vnf");
        // the VNFD is not in this file: the function is written from the reference, kind vnf
        assertThat(nsd.field("functions", "hackfest-vnf", "kind")).isEqualTo("vnf");
        assertThat(nsd.coverage(Outcome.UNKNOWN)).anySatisfy(line -> assertThat(line)
                .startsWith("6 nsd.nsd.vnfd-id: VNF hackfest-vnf is only referenced here"));
    }

    @Test
    void refusesTheLegacyOsmInformationModel() {
        InputFile legacy = file("legacy_vnfd.yaml", """
                # Copyright
                vnfd:vnfd-catalog:
                  vnfd:
                    - id: old
                """);
        assertThat(format.recognizes(legacy)).isTrue();
        TranslationException refused = catchThrowableOfType(TranslationException.class, () -> format.translate(legacy));
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("'vnfd:vnfd-catalog' is the legacy OSM information model")
                    .contains("osm package-translate");
        });
    }

    @Test
    void refusesBrokenReferencesWithTheirLine() {
        String broken = VNFD_XML.replace("<vdu-id>dp</vdu-id>", "<vdu-id>nope</vdu-id>")
                .replace("<default-instantiation-level>base", "<default-instantiation-level>peak");
        TranslationException rejected = catchThrowableOfType(TranslationException.class,
                () -> format.translate(file("upf.xml", broken)));
        assertThat(rejected.problems()).extracting(p -> p.line() + ": " + p.path() + ": " + p.message()).containsExactly(
                "33: vnfd.df.instantiation-level.vdu-level.vdu-id: instantiation level 'base' refers to VDU 'nope', "
                        + "expected one of [dp, ctl]",
                "35: vnfd.df.default-instantiation-level: default-instantiation-level 'peak' is not one of the "
                        + "flavour's instantiation levels [base]");
    }

    @Test
    void refusesTwoDescriptorsWithOneId() {
        TranslationException rejected = catchThrowableOfType(TranslationException.class, () -> format.translate(file(
                "nfv.json", """
                        {"etsi-nfv-descriptors:nfv": {"vnfd": [
                          {"id": "fw"},
                          {"id": "fw"}
                        ]}}
                        """)));
        assertThat(rejected.problems()).extracting(p -> p.line() + ": " + p.path() + ": " + p.message())
                .containsExactly("3: vnfd[id=fw]: duplicate vnfd id 'fw' (first at line 2)");
    }

    @Test
    void neverResolvesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "do-not-read");
        InputFile hostile = file("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE vnfd [ <!ENTITY leak SYSTEM "%s"> ]>
                <vnfd xmlns="urn:etsi:nfv:yang:etsi-nfv-vnfd"><id>&leak;</id></vnfd>
                """.formatted(secret.toUri()));
        TranslationException refused = catchThrowableOfType(TranslationException.class, () -> format.translate(hostile));
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).doesNotContain("do-not-read").contains("DTD");
    }

    @Test
    void reportsXmlSyntaxErrorsWithTheirLine() {
        TranslationException rejected = catchThrowableOfType(TranslationException.class, () -> format.translate(
                file("bad.xml", "<vnfd xmlns=\"urn:etsi:nfv:yang:etsi-nfv-vnfd\">\n  <id>x</id>\n</vnfdx>\n")));
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("XML syntax: ");
        });
    }

    @Test
    void doesNotClaimOtherXmlOrInventoryYaml() {
        assertThat(format.recognizes(file("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>"))).isFalse();
        assertThat(format.recognizes(file("inv.yaml", "inventory: 1\nsource: x\n"))).isFalse();
    }

    private static InputFile file(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
