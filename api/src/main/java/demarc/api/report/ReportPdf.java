package demarc.api.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report as PDF, rendered in-process from its HTML by openhtmltopdf (PDFBox). The PDF fonts built into every
 * reader have no Japanese glyphs, and the report quotes the law in Japanese (電気通信事業法41条), so a TrueType font
 * with Japanese glyphs is embedded: the file named by {@code demarc.report.font}, else the first of
 * {@link #KNOWN_JAPANESE_FONTS} present. Without one the PDF still renders, says so at the top, and shows each
 * Japanese character as a placeholder; the HTML, Markdown, JSON and RDF forms are unaffected.
 */
final class ReportPdf {

    /** Where Debian's and Ubuntu's Japanese font packages put a TrueType file (fonts-ipaexfont-gothic first). */
    static final List<Path> KNOWN_JAPANESE_FONTS = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf"));

    /** Debian's fonts-dejavu-core: Latin, Greek, Cyrillic and mathematical signs. */
    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    static final String NO_JAPANESE_FONT = "This PDF was rendered without a Japanese font, so Japanese text (the "
            + "citations of 電気通信事業法 and its ordinances) shows as placeholders. The HTML, Markdown and JSON "
            + "forms of the same report carry it in full. Install a Japanese TrueType font (Debian: "
            + "fonts-ipaexfont-gothic) or name one with demarc.report.font (DEMARC_REPORT_FONT).";

    private final Optional<Path> japaneseFont;

    ReportPdf(Optional<Path> japaneseFont) {
        this.japaneseFont = japaneseFont;
    }

    /** The configured font when it is set, else the first known one that exists. */
    static Optional<Path> findJapaneseFont(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException("demarc.report.font: cannot read the font file " + path);
            }
            return Optional.of(path);
        }
        return KNOWN_JAPANESE_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    Optional<Path> japaneseFont() {
        return japaneseFont;
    }

    byte[] render(CarrierReport report) {
        String html = ReportHtml.render(report, japaneseFont.isPresent() ? null : NO_JAPANESE_FONT);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            japaneseFont.ifPresent(font -> builder.useFont(font.toFile(), ReportHtml.JAPANESE_FONT));
            // Japanese fonts lack some signs the reasons use (≥); DejaVu Sans, where present, fills them in.
            if (Files.isReadable(DEJAVU_SANS)) {
                builder.useFont(DEJAVU_SANS.toFile(), "DejaVu Sans");
            }
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
        return pdf.toByteArray();
    }
}
