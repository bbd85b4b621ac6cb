package demarc.api.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import demarc.api.output.TextTable;
import tools.jackson.databind.ObjectMapper;

/** A {@link CheckReport} as a terminal table, JSON, a Markdown pull-request comment or SARIF 2.1.0. */
public final class CheckRenderer {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The SARIF rule id of each finding kind. */
    static final String RULE_PREFIX = "demarc/";

    /** Per kind: the heading of its Markdown table and the SARIF rule's short and full descriptions. */
    private record Kind(String kind, String heading, String shortText, String fullText) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(FindingComparison.DUTY, "Third-party facilities in scope (41条)",
                    "Third-party facility in scope of the 41条 duty",
                    "An element owned by another party (他者設備) is used for a carrier's service and is in scope of the"
                            + " duty to keep facilities conforming to the technical standards (電気通信事業法41条;"
                            + " 施行規則27条の2); the carrier that uses it bears the duty."),
            new Kind(FindingComparison.GAP, "Demarcation gaps (分界点)",
                    "Demarcation point not in order",
                    "A connection lacks its demarcation point (分界点) or the way to check normal operation by"
                            + " isolating there (機能確認), or a carrier requires another carrier's element without a"
                            + " declared connection (設備規則23・24条)."),
            new Kind(FindingComparison.SPOF, "Third-party single points of failure",
                    "Third-party single point of failure",
                    "The failure of this element alone, owned by another party, stops the service."),
            new Kind(FindingComparison.EXPOSURE, "Accident exposure of affected services",
                    "Accident exposure of a service the design affects",
                    "The accident class of the service and the shortest outage after which its failure is a serious"
                            + " accident (電気通信事業法28条; 施行規則58条)."));

    private final ObjectMapper json;

    public CheckRenderer(ObjectMapper json) {
        this.json = json;
    }

    public String render(CheckFormat format, CheckReport report) {
        return switch (format) {
            case TABLE -> table(report);
            case JSON -> json(report);
            case MD -> markdown(report);
            case SARIF -> sarif(report);
        };
    }

    String json(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value) + System.lineSeparator();
    }

    private static String title(CheckReport report) {
        return "Design check of " + String.join(", ", report.designs())
                + (report.againstCurrent() ? " against the stored inventory" : " on its own")
                + " (regime " + report.regime() + ")";
    }

    private static String summary(CheckReport report) {
        return report.open().get(FindingComparison.DUTY) + " third-party duties, "
                + report.open().get(FindingComparison.GAP) + " demarcation gaps, "
                + report.open().get(FindingComparison.SPOF) + " third-party single points of failure open; "
                + report.findings().size() + " findings in all";
    }

    private static String table(CheckReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : report.findings()) {
            rows.add(List.of(finding.kind(), finding.change(), finding.open() ? "yes" : "no", finding.subject(),
                    finding.file() + ":" + finding.line(), finding.message()));
        }
        TextTable table = new TextTable(List.of("kind", "change", "open", "subject", "at", "message"),
                List.of(false, false, false, false, false, false), rows);
        return title(report) + "\n" + summary(report) + "\n\n" + table.toAligned();
    }

    private static String markdown(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(title(report)).append("\n\n");
        out.append(summary(report)).append(".\n\n");
        List<List<String>> counts = new ArrayList<>();
        for (Kind kind : KINDS) {
            List<String> row = new ArrayList<>(List.of(kind.kind()));
            for (String change : List.of(FindingComparison.ADDED, FindingComparison.CHANGED, FindingComparison.REMOVED)) {
                row.add(String.valueOf(report.findings().stream()
                        .filter(f -> f.kind().equals(kind.kind()) && f.change().equals(change)).count()));
            }
            row.add(String.valueOf(report.findings().stream()
                    .filter(f -> f.kind().equals(kind.kind()) && f.open()).count()));
            counts.add(row);
        }
        out.append(new TextTable(List.of("kind", "added", "changed", "removed", "open"),
                List.of(false, true, true, true, true), counts).toMarkdown());
        for (Kind kind : KINDS) {
            List<List<String>> rows = new ArrayList<>();
            for (Finding finding : report.findings()) {
                if (finding.kind().equals(kind.kind())) {
                    rows.add(List.of(finding.change(), finding.subject(),
                            "`" + finding.file() + ":" + finding.line() + "`", finding.message()));
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            out.append("\n### ").append(kind.heading()).append("\n\n");
            out.append(new TextTable(List.of("change", "subject", "at", "finding"),
                    List.of(false, false, false, false), rows).toMarkdown());
        }
        return out.toString();
    }

    private String sarif(CheckReport report) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Kind kind : KINDS) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", RULE_PREFIX + kind.kind());
            rule.put("name", kind.kind());
            rule.put("shortDescription", Map.of("text", kind.shortText()));
            rule.put("fullDescription", Map.of("text", kind.fullText()));
            rule.put("defaultConfiguration", Map.of("level", defaultLevel(kind.kind())));
            rules.add(rule);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", RULE_PREFIX + finding.kind());
            result.put("level", finding.open() ? defaultLevel(finding.kind()) : "note");
            result.put("message", Map.of("text", finding.message()));
            result.put("locations", List.of(Map.of("physicalLocation", Map.of(
                    "artifactLocation", Map.of("uri", uri(finding.file())),
                    "region", Map.of("startLine", finding.line())))));
            result.put("partialFingerprints", Map.of("demarcSubject/v1", finding.kind() + ":" + finding.subject()));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("change", finding.change());
            properties.put("subject", finding.subject());
            if (finding.rule() != null) {
                properties.put("rule", finding.rule());
            }
            result.put("properties", properties);
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "demarc");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return json(log);
    }

    private static String defaultLevel(String kind) {
        return switch (kind) {
            case FindingComparison.DUTY, FindingComparison.GAP -> "error";
            case FindingComparison.SPOF -> "warning";
            default -> "note";
        };
    }

    /** A relative path stays relative (with {@code /}, percent-encoded), as code-scanning UIs expect. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        try {
            return new URI(null, null, file.replace('\\', '/'), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + file, e);
        }
    }
}
