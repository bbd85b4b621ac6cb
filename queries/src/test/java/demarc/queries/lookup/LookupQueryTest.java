package demarc.queries.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.PartyRef;
import demarc.model.gate.GraphGate;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class LookupQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static LookupQuery lookup;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "lookup-graph.cypher");
        lookup = new LookupQuery(neo4j.driver(), null, new GraphGate());
    }

    @Test
    void anElementWithEverything() {
        ElementView ims = lookup.element("sk-ims").orElseThrow();
        assertThat(ims.type()).isEqualTo("function");
        assertThat(ims.properties()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "id", "sk-ims", "name", "IMS", "kind", "vnf", "roles", List.of("switching"), "country", "JP",
                "holdsUserInfo", false, "attributes", "{\"vendor\":\"x\"}")));
        assertThat(ims.owner()).isEqualTo(new PartyRef("sk", "Shinkai", "carrier", "JP"));
        assertThat(ims.operator()).isEqualTo(new PartyRef("ho", "Hoshu", "contractor", "VN"));
        assertThat(ims.operatorDefaulted()).isFalse();
        assertThat(ims.requires()).containsExactly(new Requirement("vm-a", 0, true, null),
                new Requirement("vm-b", 0, true, null));
        assertThat(ims.manages()).isEmpty();
        assertThat(ims.managedBy()).containsExactly("noc");
        assertThat(ims.requiredBy()).containsExactly("sk-voice");
        assertThat(ims.sites()).containsExactly("otemachi");
        assertThat(ims.provenance()).isEqualTo(new Provenance(List.of("fx-lookup"), "fx-lookup",
                ZonedDateTime.parse("2026-11-28T09:30:00Z")));
    }

    @Test
    void anElementMissingItsOptionalPropertiesAndItsImportTime() {
        ElementView vm = lookup.element("vm-b").orElseThrow();
        assertThat(vm.type()).isEqualTo("resource");
        assertThat(vm.properties()).containsOnlyKeys("id", "kind");
        assertThat(vm.operator()).isNull();
        assertThat(vm.requires()).isEmpty();
        assertThat(vm.requiredBy()).containsExactly("sk-ims");
        assertThat(vm.provenance()).isEqualTo(new Provenance(List.of("fx-lookup"), "fx-lookup", null));
        ElementView noc = lookup.element("noc").orElseThrow();
        assertThat(noc.manages()).containsExactly("sk-ims");
        assertThat(noc.operatorDefaulted()).isTrue();
    }

    @Test
    void aServiceAndAParty() {
        ServiceView voice = lookup.service("sk-voice").orElseThrow();
        assertThat(voice.provider().id()).isEqualTo("sk");
        assertThat(voice.requires()).containsExactly(new Requirement("sk-ims", 0, false, null));
        assertThat(voice.properties()).containsEntry("users", 8000000L).containsEntry("mobileVoiceNumbers", true)
                .doesNotContainKeys("sources", "source", "importedAt");
        PartyView hoshu = lookup.party("ho").orElseThrow();
        assertThat(hoshu.services()).isEmpty();
        assertThat(hoshu.owns()).containsExactly("noc");
        assertThat(hoshu.operates()).containsExactly("noc", "sk-ims");
        assertThat(hoshu.access()).containsExactly(new AccessGrant("sk-ims", "remote-maintenance", "VN"));
        assertThat(lookup.party("sk").orElseThrow().services()).containsExactly("sk-voice");
    }

    @Test
    void unknownIdsAndWrongKindsAreEmpty() {
        assertThat(lookup.element("nothing")).isEmpty();
        assertThat(lookup.element("sk-voice")).isEmpty();
        assertThat(lookup.service("sk-ims")).isEmpty();
        assertThat(lookup.party("sk-ims")).isEmpty();
    }
}
