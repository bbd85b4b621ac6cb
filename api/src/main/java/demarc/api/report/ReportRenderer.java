package demarc.api.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import demarc.api.output.RecordRenderer;

/** Writes a carrier report in any {@link ReportFormat}; the CLI and the REST API share it. */
public final class ReportRenderer {

    private final RecordRenderer records;
    private final ReportPdf pdf;

    /**
     * @param records      the renderer whose JSON is the application's (so the report's JSON is the REST body)
     * @param japaneseFont the TrueType font the PDF embeds for Japanese text, if any
     */
    public ReportRenderer(RecordRenderer records, Optional<Path> japaneseFont) {
        this.records = records;
        this.pdf = new ReportPdf(japaneseFont);
    }

    /** The font the PDF embeds, from {@code configured} (a file) or the known places ({@link ReportPdf}). */
    public static Optional<Path> japaneseFont(String configured) {
        return ReportPdf.findJapaneseFont(configured);
    }

    public byte[] render(CarrierReport report, ReportFormat format) {
        return switch (format) {
            case JSON -> utf8(records.json(report));
            case MD -> utf8(ReportMarkdown.render(report));
            case HTML -> utf8(ReportHtml.render(report));
            case PDF -> pdf.render(report);
            case TTL, JSONLD -> ReportRdf.render(report, format);
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
