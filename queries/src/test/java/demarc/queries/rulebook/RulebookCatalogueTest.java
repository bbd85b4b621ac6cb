package demarc.queries.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import demarc.model.vocabulary.AccessKind;
import demarc.model.vocabulary.ConnectionKind;
import demarc.model.vocabulary.Designation;
import demarc.model.vocabulary.ResourceKind;
import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.ServiceClass;

/** The bundled rulebook, without a database. */
class RulebookCatalogueTest {

    private final Regimes regimes = Regimes.bundled();

    @Test
    void everyBundledRegimeLoadsAndJp2024IsTheDefault() {
        assertThat(regimes.all()).extracting(Regime::id).containsExactly("jp-2023", "jp-2024", "proposal-2022");
        assertThat(regimes.defaultId()).isEqualTo("jp-2024");
        assertThat(regimes.get("jp-2023").itemThreeApplies()).isFalse();
        assertThat(regimes.get("jp-2024").itemThreeApplies()).isTrue();
        assertThat(regimes.get("jp-2024").extension()).isEmpty();
        assertThat(regimes.get("proposal-2022").extension()).hasValueSatisfying(e -> {
            assertThat(e.serviceClasses()).containsExactly(ServiceClass.DATA);
            assertThat(e.rolesNotSufficient()).containsExactlyInAnyOrder(Role.SUPPORT, Role.COMPUTE, Role.STORAGE);
        });
    }

    @Test
    void ruleIdsAreUniqueAndEveryCitationIsComplete() {
        Set<String> ids = new HashSet<>();
        for (Regime regime : regimes.all()) {
            for (Rule rule : regime.rules().values()) {
                assertThat(ids.add(rule.id())).as("unique rule id %s", rule.id()).isTrue();
                assertThat(rule.id()).startsWith(regime.id() + "/");
                assertThat(rule.article()).isNotBlank();
                assertThat(rule.gist()).isNotBlank();
                assertThat(rule.sources()).isNotEmpty();
                assertThat(rule.citation()).contains(rule.article(), rule.gist());
            }
        }
    }

    /** Every role being classified core or non-core is checked by the reader (see aBrokenFileIsNamedWithTheKey). */
    @Test
    void everyServiceClassAndConnectionKindIsCoveredAndCoreRolesAreTheFiveOfItemThree() {
        for (Regime regime : regimes.all()) {
            assertThat(regime.serviceClasses()).containsOnlyKeys(ServiceClass.values());
            assertThat(regime.connectionKinds()).containsOnlyKeys(ConnectionKind.values());
            assertThat(regime.coreRoles()).containsExactlyInAnyOrder(Role.SWITCHING, Role.CONTROL,
                    Role.VIRTUALIZATION_CONTROL, Role.OAM, Role.SUBSCRIBER_MANAGEMENT);
            for (ServiceClassRule rule : regime.serviceClasses().values()) {
                assertThat(regime.standardsFor(rule.serviceClass())).isNotEmpty();
                assertThat(regime.accidentThresholds()).containsKey(rule.accidentClass());
            }
        }
    }

    @Test
    void voiceClassesTakeArticles4To16AndOthersTake16no2To16no6() {
        Regime jp2024 = regimes.get("jp-2024");
        assertThat(jp2024.serviceClasses().values()).filteredOn(ServiceClassRule::voiceClass)
                .extracting(ServiceClassRule::serviceClass).containsExactlyInAnyOrder(ServiceClass.ANALOG_PHONE,
                        ServiceClass.ISDN, ServiceClass.IP_PHONE_0ABJ, ServiceClass.MOBILE,
                        ServiceClass.MOBILE_FULL_MVNO, ServiceClass.PHS);
        assertThat(jp2024.serviceClasses().values()).filteredOn(ServiceClassRule::item2Listed)
                .extracting(ServiceClassRule::serviceClass).contains(ServiceClass.BROADBAND_UNIVERSAL)
                .doesNotContain(ServiceClass.IP_PHONE_050, ServiceClass.DATA);
        assertThat(jp2024.standardsFor(ServiceClass.MOBILE)).contains("設備規則4 予備機器等 (spare equipment and routes)",
                "設備規則24 機能確認 (function check at the demarcation point)");
        assertThat(jp2024.standardsFor(ServiceClass.DATA)).contains(
                "設備規則16の2–16の6 (facilities other than アナログ電話用設備等)")
                .doesNotContain("設備規則4 予備機器等 (spare equipment and routes)");
    }

    @Test
    void thresholdsAreData() {
        Regime jp2024 = regimes.get("jp-2024");
        assertThat(jp2024.designatedService()).isEqualTo(
                new DesignatedServiceCriteria(1_000_000, true, List.of("090", "080", "070")));
        assertThat(jp2024.accidentThresholds().get("voice-emergency")).containsExactly(new AccidentThreshold(1, 30_000));
        assertThat(jp2024.accidentThresholds().get("internet-free")).containsExactly(
                new AccidentThreshold(24, 100_000), new AccidentThreshold(12, 1_000_000));
        assertThat(jp2024.routineAccident()).isEqualTo(new AccidentThreshold(2, 30_000));
        assertThat(jp2024.nearMiss().carrierUsers()).isEqualTo(30_000);
        assertThat(jp2024.nearMiss().prefectures()).isEqualTo(2);
        assertThat(jp2024.serviceClasses().get(ServiceClass.MOBILE).emergencyAccidentClass()).isEqualTo("voice-emergency");
    }

    @Test
    void everyRegimeSaysWhatTheExposureReportCountsAsAbroadAndAsAHost() {
        for (Regime regime : regimes.all()) {
            ExposureRules exposure = regime.exposure();
            assertThat(exposure.designation()).isEqualTo(Designation.SPECIFIED_USER_INFO);
            assertThat(exposure.homeCountry()).isEqualTo("JP");
            assertThat(exposure.hostKinds()).contains(ResourceKind.VM, ResourceKind.AVAILABILITY_ZONE)
                    .doesNotContain(ResourceKind.LINE);
            assertThat(exposure.storageAccessKinds()).containsExactly(AccessKind.STORAGE);
            assertThat(regime.rule("storage-abroad").article()).isEqualTo("電気通信事業法27条の8; 施行規則22条の2の23");
            assertThat(regime.rule("foreign-contractor").article()).isEqualTo("電気通信事業法27条の8; 施行規則22条の2の23");
        }
    }

    @Test
    void anUnknownRegimeListsTheKnownOnes() {
        assertThatThrownBy(() -> regimes.get("jp-2030")).isInstanceOf(UnknownRegimeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown regime 'jp-2030'; known regimes: jp-2023, jp-2024, proposal-2022");
    }

    @Test
    void aBrokenFileIsNamedWithTheKey() throws Exception {
        String good;
        try (var in = getClass().getResourceAsStream("/demarc/queries/rulebook/jp-2024.yaml")) {
            good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(RegimeReader.read("x/jp-2024.yaml", new StringReader(good)).id()).isEqualTo("jp-2024");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2024.yaml",
                new StringReader(good.replace("coreRoles: [switching,", "coreRoles: [swiching,"))))
                .isInstanceOf(RulebookException.class)
                .hasMessageStartingWith("x/jp-2024.yaml: coreRoles[0]: unknown value 'swiching'");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2024.yaml",
                new StringReader(good.replace("  paidUsersThreshold: 1000000\n", ""))))
                .hasMessage("x/jp-2024.yaml: designatedService.paidUsersThreshold: missing; expected a number");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2024.yaml",
                new StringReader(good.replace("  lpwa:                {", "  lpwa-x:              {"))))
                .hasMessageStartingWith("x/jp-2024.yaml: serviceClasses.lpwa-x: unknown value 'lpwa-x'");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2024.yaml",
                new StringReader(good.replace("  near-miss:\n", "  near-miss-x:\n"))))
                .hasMessage("x/jp-2024.yaml: rules: missing rule 'near-miss'");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2024.yaml",
                new StringReader(good.replace("nonCoreRoles: [transmission, compute, storage, support]",
                        "nonCoreRoles: [transmission, compute, storage]"))))
                .hasMessage("x/jp-2024.yaml: nonCoreRoles: role 'support' must be in exactly one of coreRoles and"
                        + " nonCoreRoles");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2024.yaml",
                new StringReader(good.replace("storageAccessKinds: [storage]", "storageAccessKinds: [storage, operation]"))))
                .hasMessage("x/jp-2024.yaml: exposure.storageAccessKinds: access kind 'operation' must be in exactly"
                        + " one of contractorAccessKinds and storageAccessKinds");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2025.yaml", new StringReader(good)))
                .hasMessage("x/jp-2025.yaml: id: regime 'jp-2024' must live in a file named jp-2024.yaml");
        assertThatThrownBy(() -> RegimeReader.read("x/jp-2024.yaml", new StringReader("id: [unclosed")))
                .hasMessageStartingWith("x/jp-2024.yaml: not valid YAML");
    }
}
