package demarc.queries.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.rulebook.Regimes;
import demarc.queries.testgraph.Fixtures;
import demarc.testsupport.EmbeddedNeo4j;

class ExposureQueryTest {

    @RegisterExtension
    static EmbeddedNeo4j neo4j = new EmbeddedNeo4j();

    static ExposureQuery query;

    @BeforeAll
    static void graph() {
        Fixtures.load(neo4j.driver(), "exposure-graph.cypher");
        query = new ExposureQuery(neo4j.driver(), null, new GraphGate(), Regimes.bundled());
    }

    static CarrierExposure ca() {
        return query.exposure(null, false, null).carriers().get(0);
    }

    static UserInfoElement element(CarrierExposure carrier, String id) {
        return carrier.elements().stream().filter(e -> e.element().equals(id)).findFirst().orElseThrow();
    }

    static String line(ForeignExposure f) {
        return String.join(" ", f.country(), f.list(), f.role(), f.element(), String.valueOf(f.party()), f.relation(),
                f.rule());
    }

    @Test
    void onlyDesignatedCarriersByDefaultAndTheHandlingPolicyListsAreTheForeignCountries() {
        ExposureReport report = query.exposure(null, false, null);
        assertThat(report.regime()).isEqualTo("jp-2024");
        assertThat(report.carriers()).extracting(CarrierExposure::carrier).containsExactly("ca");
        CarrierExposure ca = report.carriers().get(0);
        assertThat(ca.designated()).isTrue();
        assertThat(ca.elements()).extracting(UserInfoElement::element)
                .containsExactly("cdr", "crm", "db-own", "db-vm", "hss", "mixed");
        assertThat(ca.storedAbroad()).containsExactly("DE", "SG", "US");
        assertThat(ca.foreignParties()).containsExactly("DE", "US", "VN");
        assertThat(ca.unlocatedThirdParties()).containsExactly("cloud");
        assertThat(ca.rule()).isEqualTo("jp-2024/specified-user-info");
        assertThat(ca.citation()).startsWith("電気通信事業法27条の5");
        assertThat(ca.foreign()).extracting(ExposureQueryTest::line).containsExactly(
                "DE foreign-party storage-provider cdr eucloud host-owner jp-2024/foreign-contractor",
                "DE stored-abroad facility cdr null located jp-2024/storage-abroad",
                "SG stored-abroad facility db-own null located jp-2024/storage-abroad",
                "SG stored-abroad facility mixed null located jp-2024/storage-abroad",
                "US foreign-party storage-provider crm cloud owner jp-2024/foreign-contractor",
                "US foreign-party storage-provider db-vm cloud host-owner jp-2024/foreign-contractor",
                "US foreign-party storage-provider hss bkp access:storage jp-2024/foreign-contractor",
                "US stored-abroad facility db-vm null located jp-2024/storage-abroad",
                "VN foreign-party contractor hss jpops access:remote-maintenance jp-2024/foreign-contractor",
                "VN foreign-party contractor hss vnops access:operation jp-2024/foreign-contractor",
                "VN foreign-party contractor hss vnops operator jp-2024/foreign-contractor");
        assertThat(ca.foreign()).allSatisfy(f -> {
            assertThat(f.citation()).startsWith("電気通信事業法27条の8; 施行規則22条の2の23");
            assertThat(f.regime()).isEqualTo("jp-2024");
            assertThat(f.path()).isNotEmpty();
        });
    }

    @Test
    void anElementsOwnCountryWinsOverItsHostsAndTheFirstShortestPathBringsItIn() {
        UserInfoElement own = element(ca(), "db-own");
        assertThat(own.locations()).containsExactly(new ElementLocation("SG", List.of("db-own")));
        assertThat(own.abroad()).isTrue();
        assertThat(own.services()).containsExactly("ca-mail", "ca-svc");
        assertThat(own.path()).containsExactly(new PathStep("ca-mail", null), new PathStep("db-own", "requires"));
        assertThat(own.reasons()).contains("db-own states country SG → stored abroad (jp-2024/storage-abroad)");

        UserInfoElement home = element(ca(), "hss");
        assertThat(home.locations()).containsExactly(new ElementLocation("JP", List.of("hss")));
        assertThat(home.abroad()).isFalse();
    }

    @Test
    void anElementWithoutCountryTakesItsVmsZone() {
        UserInfoElement db = element(ca(), "db-vm");
        assertThat(db.locations()).containsExactly(new ElementLocation("US", List.of("db-vm", "vm-us", "zone-us")));
        assertThat(db.parties()).extracting(ExposureParty::party, ExposureParty::relation, ExposureParty::host)
                .containsExactly(tuple("ca", "owner", null),
                        tuple("cloud", "host-owner", "vm-us"));
        assertThat(db.reasons()).contains(
                "db-vm states no country: it is in US, the country of db-vm → vm-us → zone-us → stored abroad"
                        + " (jp-2024/storage-abroad)");
    }

    @Test
    void countriesAreInheritedThroughSeveralHostingLevelsFromTheNearestHostWithACountry() {
        UserInfoElement cdr = element(ca(), "cdr");
        // region-de states DE; the site under it (FR) is further away and does not count.
        assertThat(cdr.locations()).containsExactly(
                new ElementLocation("DE", List.of("cdr", "ctr", "k8s", "vm-de", "region-de")));
        UserInfoElement mixed = element(ca(), "mixed");
        assertThat(mixed.locations()).containsExactly(new ElementLocation("JP", List.of("mixed", "vm-jp")),
                new ElementLocation("SG", List.of("mixed", "vm-sg")));
        assertThat(mixed.abroad()).isTrue();
    }

    @Test
    void aLineIsNoHostSoAnElementOnlyOnALineHasNoKnownCountryAndItsOwnerIsNamed() {
        UserInfoElement crm = element(ca(), "crm");
        assertThat(crm.locations()).isEmpty();
        assertThat(crm.abroad()).isFalse();
        assertThat(crm.reasons()).contains(
                "no country is stated on crm or on a host it sits on: where it is is unknown");
        assertThat(ca().reasons()).contains(
                "no country known for what cloud holds: the policy names that party instead (jp-2024/storage-abroad)");
    }

    @Test
    void contractorsAbroadAreOperatorsAndAccessFromAbroadWhateverTheirOwnCountry() {
        UserInfoElement hss = element(ca(), "hss");
        assertThat(hss.parties()).extracting(ExposureParty::party, ExposureParty::relation, ExposureParty::accessKind,
                ExposureParty::accessCountry).containsExactly(
                tuple("ca", "owner", null, null),
                tuple("vnops", "operator", null, null),
                tuple("bkp", "access", "storage", "US"),
                tuple("jpops", "access", "remote-maintenance", "VN"),
                tuple("vnops", "access", "operation", "VN"));
        ForeignExposure jpops = ca().foreign().stream().filter(f -> "jpops".equals(f.party())).findFirst()
                .orElseThrow();
        assertThat(jpops.reason()).isEqualTo(
                "jpops (contractor, JP) has remote-maintenance access to hss from VN → contractor in VN");
        assertThat(jpops.path()).containsExactly(new PathStep("ca-mail", null), new PathStep("hss", "requires"));
    }

    @Test
    void theWalkStopsAtADeclaredConnection() {
        assertThat(ca().elements()).extracting(UserInfoElement::element).doesNotContain("cb-db");
    }

    @Test
    void aCarrierNotDesignatedIsListedOnlyWhenAskedFor() {
        CarrierExposure cb = query.exposure("cb", false, null).carriers().get(0);
        assertThat(cb.designated()).isFalse();
        assertThat(cb.storedAbroad()).containsExactly("US");
        assertThat(cb.reasons().get(0)).isEqualTo(
                "cb is not designated specified-user-info: listed on request; the publication duty does not apply");
        assertThat(query.exposure(null, true, null).carriers()).extracting(CarrierExposure::carrier)
                .containsExactly("ca", "cb");
        assertThat(query.exposure(null, false, "jp-2023").carriers()).extracting(CarrierExposure::rule)
                .containsExactly("jp-2023/specified-user-info");
    }

    @Test
    void aPartyThatIsNoCarrierIsAnUnknownCarrier() {
        assertThatThrownBy(() -> query.exposure("cloud", false, null)).isInstanceOf(UnknownCarrierException.class)
                .hasMessage("no carrier with id 'cloud'");
    }
}
