package demarc.api.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import demarc.api.output.TextTable;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import demarc.queries.exposure.CarrierExposure;
import demarc.queries.exposure.ForeignExposure;
import demarc.queries.exposure.UserInfoElement;
import demarc.queries.provenance.InventorySource;

/**
 * The report as a reader sees it, shared by Markdown and HTML: a header of facts about the report, then one table
 * per section built with the command line's {@link TextTable}, so a cell reads as in {@code --format md}.
 */
record ReportSections(String title, Map<String, String> header, List<Section> sections, String hashNote) {

    static final String DISCLAIMER = "demarc helps a reviewer find and explain facilities; it is not legal advice.";

    /** Demarcation statuses that are not a gap (as {@code demarc demarcation --fail-on gap} counts them). */
    private static final Set<String> NOT_A_GAP = Set.of("ok", "not-a-demarcation");

    /** One titled table, with a sentence saying what it holds. */
    record Section(String id, String title, String intro, TextTable table) {
    }

    static ReportSections of(CarrierReport report) {
        String name = report.carrierName() == null ? report.carrier()
                : report.carrierName() + " (" + report.carrier() + ")";
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Carrier", name);
        CarrierReport.RegimeRef regime = report.regime();
        header.put("Regime", regime.id() + ": " + regime.title() + " (" + regime.status()
                + (regime.inForceFrom() == null ? "" : ", from " + regime.inForceFrom())
                + (regime.inForceTo() == null ? "" : " to " + regime.inForceTo()) + ")");
        header.put("Generated at", report.generatedAt().toString());
        header.put("Content hash", report.contentHash().algorithm() + " " + report.contentHash().value());
        long inScope = report.duties().stream().filter(d -> "in-scope".equals(d.status())).count();
        long thirdParty = report.duties().stream().filter(d -> "in-scope".equals(d.status()) && d.thirdParty()).count();
        long gaps = report.demarcations().stream().filter(d -> !NOT_A_GAP.contains(d.status())).count();
        header.put("Findings", report.duties().size() + " duty decisions, " + inScope + " in scope, of which "
                + thirdParty + " third-party facilities (他者設備); " + report.demarcations().size()
                + " boundaries, " + gaps + " with a gap");
        header.put("Inventory sources", String.valueOf(report.sources().size()));

        CarrierExposure exposure = report.exposure();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("duties", "Duties (電気通信事業法41条)",
                "For each service of the carrier and each element used for it: in scope of the duty to keep "
                        + "facilities conforming to the technical standards, exempt or not applicable, with the "
                        + "rule, its citation, the reasons and the dependency path.",
                TextTable.of(DutyDecision.class, report.duties()).select(List.of("service", "element",
                        "elementKind", "owner", "operator", "status", "thirdParty", "dutyBearer", "exemptions",
                        "rule", "citation", "reasons", "path"))));
        sections.add(new Section("demarcations", "Demarcation points (分界点, 設備規則23条・24条)",
                "Every boundary between the carrier's facilities and another party's, with its declared point "
                        + "and function check and whether they are in order.",
                TextTable.of(DemarcationDecision.class, report.demarcations()).select(List.of("status",
                        "connection", "kind", "between", "parties", "point", "functionCheck", "rule", "citation",
                        "reasons"))));
        sections.add(new Section("exposure", "User-information exposure (27条の5–27条の11)",
                "The two lists of a handling policy (情報取扱方針): countries where user information is stored "
                        + "abroad and countries of foreign contractors and storage providers.",
                TextTable.of(CarrierExposure.class, List.of(exposure)).select(List.of("designated",
                        "storedAbroad", "foreignParties", "unlocatedThirdParties", "rule", "citation", "reasons"))));
        sections.add(new Section("user-info", "Elements holding user information",
                "The elements used for the carrier's services that hold user information, and where they are.",
                TextTable.of(UserInfoElement.class, exposure.elements()).select(List.of("element", "kind",
                        "services", "locations", "abroad", "parties", "rule", "path"))));
        sections.add(new Section("foreign", "Behind each foreign country",
                "Each line that puts a country on one of the two lists.",
                TextTable.of(ForeignExposure.class, exposure.foreign()).select(List.of("country", "list", "role",
                        "element", "party", "relation", "rule", "reason", "path"))));
        sections.add(new Section("sources", "Inventory sources",
                "The imported documents that define the parties, services, elements and connections above: each "
                        + "document's SHA-256 and when it was last imported.",
                TextTable.of(InventorySource.class, report.sources())));
        String title = "Evidence report: " + name + ", regime " + regime.id();
        return new ReportSections(title, header, sections,
                "The content hash covers " + report.contentHash().covers() + ". " + DISCLAIMER);
    }
}
