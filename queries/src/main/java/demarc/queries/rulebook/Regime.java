package demarc.queries.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import demarc.model.vocabulary.CarrierCategory;
import demarc.model.vocabulary.ConnectionKind;
import demarc.model.vocabulary.Designation;
import demarc.model.vocabulary.ResourceKind;
import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.ServiceClass;

/**
 * One regime of the rulebook, as its file under {@code demarc/queries/rulebook/} states it. The decision queries
 * take every threshold, role set and class property from here.
 *
 * @param status                     {@code in-force}, {@code superseded} or {@code proposal}
 * @param inForceFrom                first day in force, or {@code null} for a proposal
 * @param inForceTo                  last day in force, or {@code null} while in force
 * @param dutyCategories             carrier categories that bear the Art 41(1) duty
 * @param largeImpactDesignation     the designation that brings a carrier's designated services in (Art 41(4)(5))
 * @param lineOrSwitchRoles          declared roles that make an element a carrier's own line or switch
 * @param coreRoles                  the core functions of 施行規則27条の2 三; every other role is non-core
 * @param itemThreeApplies           whether the core-function test (三) is part of the regime
 * @param nonInheritingResourceKinds resource kinds that keep only their declared roles
 * @param dataServiceExtension       the proposal-2022 extension, or {@code null}
 * @param standardSets               standard items by set key; the set {@code all} applies to every class
 * @param routineAccident            the 報告規則7条の3 floor: at least these hours or these users
 * @param exposure                   what the user-information exposure report reads (27条の5–27条の11)
 * @param rules                      rules by their key inside the regime (e.g. {@code item-2-3})
 */
public record Regime(
        String id,
        String title,
        String version,
        String status,
        LocalDate inForceFrom,
        LocalDate inForceTo,
        boolean isDefault,
        Set<CarrierCategory> dutyCategories,
        Designation largeImpactDesignation,
        DesignatedServiceCriteria designatedService,
        Set<Role> lineOrSwitchRoles,
        Set<Role> coreRoles,
        boolean itemThreeApplies,
        Set<ResourceKind> nonInheritingResourceKinds,
        DataServiceExtension dataServiceExtension,
        Map<String, List<String>> standardSets,
        Map<ServiceClass, ServiceClassRule> serviceClasses,
        Map<String, List<AccidentThreshold>> accidentThresholds,
        AccidentThreshold routineAccident,
        NearMissCriteria nearMiss,
        ExposureRules exposure,
        Map<ConnectionKind, ConnectionRule> connectionKinds,
        Map<String, Rule> rules) {

    /** The set of standards every service class takes besides its own. */
    public static final String COMMON_STANDARDS = "all";

    /** The rule with this key, e.g. {@code own-line-or-switch}. */
    public Rule rule(String key) {
        Rule rule = rules.get(key);
        if (rule == null) {
            throw new IllegalArgumentException("regime " + id + " has no rule '" + key + "'");
        }
        return rule;
    }

    /** The 設備規則 items that apply to facilities of a service of this class. */
    public List<String> standardsFor(ServiceClass serviceClass) {
        List<String> standards = new ArrayList<>(standardSets.get(serviceClasses.get(serviceClass).standardSet()));
        standards.addAll(standardSets.get(COMMON_STANDARDS));
        return List.copyOf(standards);
    }

    public Optional<DataServiceExtension> extension() {
        return Optional.ofNullable(dataServiceExtension);
    }
}
