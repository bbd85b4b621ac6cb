package demarc.api.report;

import java.util.List;
import java.util.Map;

import demarc.api.output.TextTable;

/**
 * The report as one printable, self-contained page: XHTML (well-formed XML, which the PDF renderer needs), inline
 * CSS with print rules, no scripts, no external resources. Japanese text uses the font family {@link #JAPANESE_FONT},
 * which the PDF renderer embeds when the machine has it and a browser finds among its own fonts.
 */
final class ReportHtml {

    /** The family name the CSS asks for first; {@link ReportPdf} registers a file under this name. */
    static final String JAPANESE_FONT = "demarc-japanese";

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: '%s', 'IPAexGothic', 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif; font-size: 10pt;
                   color: #111; margin: 0 auto; max-width: 1400px; }
            h1 { font-size: 16pt; margin: 0 0 6pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #888; }
            p.intro { margin: 2pt 0 6pt 0; color: #333; }
            dl.facts { display: block; margin: 0; }
            dl.facts dt { font-weight: bold; float: left; clear: left; width: 11em; }
            dl.facts dd { margin: 0 0 2pt 11.5em; }
            table { border-collapse: collapse; width: 100%%; font-size: 8pt; -fs-table-paginate: paginate; }
            th, td { border: 1px solid #999; padding: 1pt 3pt; text-align: left; vertical-align: top;
                     line-height: 1.25; }
            td.c-citation { width: 24%%; }
            td.c-reasons, td.c-reason { width: 32%%; }
            th { background: #e8e8e8; }
            tr.in-scope td.status, tr.missing-point td.status, tr.missing-function-check td.status,
            tr.undeclared-boundary td.status { font-weight: bold; color: #a00; }
            .hash { font-family: 'DejaVu Sans Mono', monospace; word-break: break-all; }
            p.notice { border: 1px solid #a00; padding: 4pt; color: #a00; }
            footer { margin-top: 12pt; font-size: 8pt; color: #444; }
            @media print {
              body { max-width: none; }
              h2 { page-break-after: avoid; }
              thead { display: table-header-group; } /* the header again on each page (PDF: -fs-table-paginate) */
              tr { page-break-inside: avoid; }
            }
            """.formatted(JAPANESE_FONT);

    private ReportHtml() {
    }

    static String render(CarrierReport report) {
        return render(report, null);
    }

    /** The page, with {@code notice} (or nothing when {@code null}) in a box above everything else. */
    static String render(CarrierReport report, String notice) {
        ReportSections sections = ReportSections.of(report);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(sections.title())).append("</title>\n")
                .append("<meta name=\"generator\" content=\"demarc\"/>\n")
                .append("<meta name=\"demarc-content-hash\" content=\"").append(report.contentHash().value())
                .append("\"/>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        if (notice != null) {
            out.append("<p class=\"notice\">").append(escape(notice)).append("</p>\n");
        }
        out.append("<h1>").append(escape(sections.title())).append("</h1>\n<dl class=\"facts\">\n");
        for (Map.Entry<String, String> fact : sections.header().entrySet()) {
            String css = fact.getKey().equals("Content hash") ? " class=\"hash\"" : "";
            out.append("<dt>").append(escape(fact.getKey())).append("</dt><dd").append(css).append('>')
                    .append(escape(fact.getValue())).append("</dd>\n");
        }
        out.append("</dl>\n");
        for (ReportSections.Section section : sections.sections()) {
            out.append("<h2 id=\"").append(section.id()).append("\">").append(escape(section.title()))
                    .append("</h2>\n<p class=\"intro\">").append(escape(section.intro())).append("</p>\n");
            table(out, section.table());
        }
        out.append("<footer><p>").append(escape(sections.hashNote())).append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, TextTable table) {
        if (table.rows().isEmpty()) {
            out.append("<p>(none)</p>\n");
            return;
        }
        int statusColumn = table.columns().indexOf("status");
        out.append("<table>\n<thead><tr>");
        for (String column : table.columns()) {
            out.append("<th>").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append(statusColumn < 0 ? "<tr>" : "<tr class=\"" + escape(row.get(statusColumn)) + "\">");
            for (int i = 0; i < row.size(); i++) {
                out.append("<td class=\"c-").append(escape(table.columns().get(i)))
                        .append(i == statusColumn ? " status\">" : "\">")
                        .append(escape(row.get(i)).replace("\n", "<br/>")).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Text as XML character data or an attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even as references; a report never needs them.
                    if (cp >= 0x20 || cp == '\n' || cp == '\t') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
