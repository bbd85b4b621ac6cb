package demarc.api.report;

import java.util.Map;

/** The report as Markdown: a heading, the report's facts as a list, and a GitHub table per section. */
final class ReportMarkdown {

    private ReportMarkdown() {
    }

    static String render(CarrierReport report) {
        ReportSections sections = ReportSections.of(report);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(sections.title()).append("\n\n");
        for (Map.Entry<String, String> fact : sections.header().entrySet()) {
            out.append("- **").append(fact.getKey()).append("**: ").append(fact.getValue()).append('\n');
        }
        for (ReportSections.Section section : sections.sections()) {
            out.append("\n## ").append(section.title()).append("\n\n").append(section.intro()).append("\n\n");
            out.append(section.table().rows().isEmpty() ? "(none)\n" : section.table().toMarkdown());
        }
        out.append("\n---\n\n").append(sections.hashNote()).append('\n');
        return out.toString();
    }
}
