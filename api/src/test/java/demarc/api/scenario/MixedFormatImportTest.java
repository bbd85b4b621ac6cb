package demarc.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.importer.format.FileReport;
import demarc.importer.format.FormatImporter;
import demarc.importer.format.Formats;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.UnitReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.model.gate.GraphGate;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.rulebook.Regimes;
import demarc.testsupport.EmbeddedNeo4j;

/**
 * Four formats imported as one unit into an empty graph (resources {@code demarc/api/scenario/mixed/}), and the
 * duty and demarcation answers on it worked out by hand from {@code shared/design/rules.md}:
 * <ul>
 *   <li>{@code sora-cscf-vnfd.yaml}, SOL001: VNF {@code sora-cscf} with VDU {@code CSCF}, min 2 instances, so
 *       replicas {@code sora-cscf.CSCF.1} and {@code .2} the VNF requires as one anyOf (docs/formats/nfv.md);</li>
 *   <li>{@code netbox-tokyo.json}, NetBox REST: tenant Kumo Datacenter ({@code netbox:tenancy.tenant:1}, type
 *       other) owning site 10, servers 20 and 21, cluster 30 (on server 21) and VM 40 (on cluster 30); provider Kawa
 *       Fiber with circuit 50, a line;</li>
 *   <li>{@code carriers.ttl}, RDF: carriers {@code sora} (line-installing) and {@code kawa}; Sora's billing
 *       function ({@code support}) and border gateway ({@code switching}), which requires Kawa's edge router
 *       {@code kawa-pe} across the declared interconnect {@code sora-kawa-ix} (a point, no function check);</li>
 *   <li>{@code placement.yaml}, overlay: service {@code sora-voice} (ip-phone-0abj, Sora's); the VNF owned by Sora
 *       with roles switching and control, requiring circuit 50; the replicas owned by Sora on servers 20 and 21;
 *       billing on VM 40; the circuit owned by Kawa, role transmission; the VNF, billing and border gateway used
 *       for {@code sora-voice}.</li>
 * </ul>
 */
class MixedFormatImportTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static UnitReport report;
    static DutyQuery duties;
    static DemarcationQuery demarcations;

    @BeforeAll
    static void importTheFourFilesAsOneUnit() throws Exception {
        new GraphSchema(neo4j.driver(), null).apply();
        Path folder = Path.of(MixedFormatImportTest.class.getResource("mixed").toURI());
        report = new FormatImporter(new InventoryImporter(neo4j.driver(), null, new GraphGate()), Formats.standard())
                .importPaths(List.of(folder), null);
        Regimes regimes = Regimes.bundled();
        duties = new DutyQuery(neo4j.driver(), null, new GraphGate(), regimes);
        demarcations = new DemarcationQuery(neo4j.driver(), null, new GraphGate(), regimes);
    }

    static String row(DutyDecision d) {
        return String.join(" ", d.element(), d.owner(), d.status(), d.exemptions().toString(),
                d.rule().substring(d.regime().length() + 1), String.valueOf(d.dutyBearer()),
                d.thirdParty() ? "third-party" : "own");
    }

    @Test
    void eachFileIsReadByItsFormatAndTheOverlayLeavesNothingUnknown() {
        assertThat(report.files()).extracting(f -> Path.of(f.file()).getFileName() + " " + f.format())
                .containsExactly("carriers.ttl rdf", "netbox-tokyo.json netbox", "placement.yaml overlay",
                        "sora-cscf-vnfd.yaml sol001");
        assertThat(report.skipped()).isEmpty();
        // parties: sora, kawa (RDF), the tenant and the provider (NetBox); the placeholder party is not written,
        // since the overlay binds every element the descriptor defines (docs/formats.md, "Placement overlay")
        assertThat(report.counts()).containsEntry("parties", 4).containsEntry("services", 1)
                .containsEntry("functions", 4).containsEntry("resources", 8).containsEntry("connections", 1);
        assertThat(report.unknown()).isEmpty();
        // the descriptor said nothing of the owner; its coverage still says so, and names the overlay line that did
        FileReport descriptor = report.files().get(3);
        assertThat(descriptor.coverage()).filteredOn(c -> c.outcome() == Outcome.UNKNOWN).extracting(Coverage::detail)
                .anySatisfy(detail -> assertThat(detail).startsWith("owner of function sora-cscf"));
        assertThat(descriptor.coverage()).extracting(Coverage::detail).anySatisfy(detail -> assertThat(detail)
                .startsWith("owner, roles, country, prefecture, requires of 'sora-cscf' from placement overlay")
                .endsWith("placement.yaml line 13"));
        // what stays unknown without the overlay is a fact, not a placeholder: the site's country (no ISO region)
        FileReport netbox = report.files().get(1);
        assertThat(netbox.coverage()).filteredOn(c -> c.outcome() == Outcome.UNKNOWN).extracting(Coverage::path)
                .containsExactly("[2].region");
    }

    /*
     * Every (sora, sora-voice, element) decision under jp-2024, worked by hand. Sora is line-installing, so Art 41(1)
     * applies (rule 1); sora-voice is ip-phone-0abj, a voice class, so item 二 never excludes anything here.
     *
     * - sora-cscf: Sora's, declares switching → own line or switch, in scope (rule 2), duty on Sora.
     * - sora-cscf.CSCF.1/.2: Sora's VMs that its own switch runs on (附属設備) → own line or switch (rule 2).
     * - netbox:dcim.device:20/21: the data centre's servers under the replicas: third-party facilities (他者設備);
     *   as resources they inherit switching and control from sora-cscf (Words, "Core function") → item 三 holds,
     *   in scope (rule 3), and the duty is Sora's, not the owner's (rule 4). Server 21 also inherits support from
     *   billing through cluster 30, which changes nothing.
     * - sora-billing: Sora's own, but support only and neither a line nor a switch → exempt, item 三 (rule 3).
     * - netbox:virtualization.virtualmachine:40 and cluster 30: compute under billing only, inheriting support →
     *   third-party, exempt item 三.
     * - netbox:circuits.circuit:50: Kawa's line, required by sora-cscf with no declared connection, so the walk does
     *   not stop there and it is decided as Sora's third-party facility (Demarcation, "Undeclared boundary"); a
     *   line has only the roles it declares, transmission is no core function → exempt item 三.
     * - sora-border: Sora's, switching → own line or switch. kawa-pe is absent: the walk stops at the declared
     *   connection sora-kawa-ix, beyond which is Kawa's responsibility (Words, "Used for service S").
     * - the site is no dependency (a `site` is where, not what an element requires), so it is not on any path.
     */
    @Test
    void dutiesOfSoraForItsVoiceService() {
        List<DutyDecision> decided = duties.duties("sora", "sora-voice", "jp-2024");

        assertThat(decided).extracting(MixedFormatImportTest::row).containsExactlyInAnyOrder(
                "sora-cscf sora in-scope [] own-line-or-switch sora own",
                "sora-cscf.CSCF.1 sora in-scope [] own-line-or-switch sora own",
                "sora-cscf.CSCF.2 sora in-scope [] own-line-or-switch sora own",
                "netbox:dcim.device:20 netbox:tenancy.tenant:1 in-scope [] item-2-3 sora third-party",
                "netbox:dcim.device:21 netbox:tenancy.tenant:1 in-scope [] item-2-3 sora third-party",
                "sora-billing sora exempt [item-3] item-2-3 null own",
                "netbox:virtualization.virtualmachine:40 netbox:tenancy.tenant:1 exempt [item-3] item-2-3 null third-party",
                "netbox:virtualization.cluster:30 netbox:tenancy.tenant:1 exempt [item-3] item-2-3 null third-party",
                "netbox:circuits.circuit:50 kawa exempt [item-3] item-2-3 null third-party",
                "sora-border sora in-scope [] own-line-or-switch sora own");
        // the whole graph has no other (carrier, service, element): kawa provides no service
        assertThat(duties.duties(null, null, "jp-2024")).hasSameSizeAs(decided);

        DutyDecision server = decided.stream().filter(d -> d.element().equals("netbox:dcim.device:20")).findFirst()
                .orElseThrow();
        assertThat(server.path()).extracting(step -> step.id() + " " + step.via()).containsExactly(
                "sora-voice null", "sora-cscf requires", "sora-cscf.CSCF.1 any-of", "netbox:dcim.device:20 requires");
        assertThat(server.reasons()).contains("netbox:dcim.device:20 inherits switching from sora-cscf",
                "owned by netbox:tenancy.tenant:1 (other), not by sora: the duty lies with sora, the carrier that uses"
                        + " it, not with its owner");
    }

    /*
     * Under jp-2023 there is no item 三 (rules.md, regimes): every third-party facility of a voice service is in
     * scope, so the billing VM, its cluster and Kawa's line change to in scope with the duty on Sora; Sora's own
     * billing function too, since only item 三 excluded it.
     */
    @Test
    void withoutItemThreeTheComputeUnderBillingIsInScope() {
        assertThat(duties.duties("sora", "sora-voice", "jp-2023"))
                .filteredOn(d -> d.element().startsWith("netbox:virtualization") || d.element().equals("sora-billing")
                        || d.element().equals("netbox:circuits.circuit:50"))
                .extracting(d -> d.element() + " " + d.status() + " " + d.dutyBearer())
                .containsExactlyInAnyOrder(
                        "sora-billing in-scope sora",
                        "netbox:virtualization.virtualmachine:40 in-scope sora",
                        "netbox:virtualization.cluster:30 in-scope sora",
                        "netbox:circuits.circuit:50 in-scope sora");
    }

    static String row(DemarcationDecision d) {
        return String.join(" ", String.valueOf(d.connection()), String.join("|", d.between()),
                d.parties().get(0).id() + "|" + d.parties().get(1).id(), d.status(),
                d.rule().substring(d.regime().length() + 1));
    }

    /*
     * By hand (rules.md, "Demarcation points"):
     * - sora-kawa-ix is a declared interconnect with a 分界点 but no 機能確認 → missing-function-check
     *   (設備規則23・24); sora-voice crosses it through sora-border.
     * - sora-cscf requires Kawa's circuit 50 with no declared connection, Kawa being a carrier → undeclared-boundary.
     * - Sora's replicas require the data centre's servers, and billing its VM: the tenant is not a carrier, so each
     *   of the three boundaries is not-a-demarcation and Sora keeps the whole duty (the in-scope servers above).
     */
    @Test
    void demarcationAnswers() {
        List<DemarcationDecision> decided = demarcations.demarcations("sora", "jp-2024");

        assertThat(decided).extracting(MixedFormatImportTest::row).containsExactlyInAnyOrder(
                "sora-kawa-ix kawa-pe|sora-border kawa|sora missing-function-check demarcation-point",
                "null sora-cscf|netbox:circuits.circuit:50 sora|kawa undeclared-boundary undeclared-boundary",
                "null sora-cscf.CSCF.1|netbox:dcim.device:20 sora|netbox:tenancy.tenant:1 not-a-demarcation"
                        + " not-a-demarcation",
                "null sora-cscf.CSCF.2|netbox:dcim.device:21 sora|netbox:tenancy.tenant:1 not-a-demarcation"
                        + " not-a-demarcation",
                "null sora-billing|netbox:virtualization.virtualmachine:40 sora|netbox:tenancy.tenant:1"
                        + " not-a-demarcation not-a-demarcation");

        DemarcationDecision interconnect = decided.stream().filter(d -> "sora-kawa-ix".equals(d.connection()))
                .findFirst().orElseThrow();
        assertThat(interconnect.kind()).isEqualTo("interconnect");
        assertThat(interconnect.point()).isEqualTo("Otemachi, meet-me room, panel 3 port 7");
        assertThat(interconnect.functionCheck()).isNull();
        assertThat(interconnect.services()).extracting(s -> s.service() + " " + s.carrier())
                .containsExactly("sora-voice sora");
    }
}
