package demarc.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import demarc.api.report.CarrierReport;
import demarc.api.report.CarrierReports;
import demarc.api.report.ReportFormat;
import demarc.api.report.ReportRenderer;
import demarc.queries.exposure.UnknownCarrierException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code demarc report}: a carrier's evidence report for a regulator. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a carrier's evidence report: its duties (電気通信事業法41条), demarcation points",
                "(分界点), user-information exposure and dependency chains under one regime, the inventory sources",
                "they rest on with their import times, the time of the report and a SHA-256 content hash of its",
                "facts (unchanged while the graph is). md (default), json, html (printable, self-contained), pdf",
                "(from the html; needs --out), ttl or jsonld (RDF with PROV-O provenance)."})
final class ReportCommand extends ContextCommand {

    @Option(names = "--carrier", required = true, paramLabel = "ID", description = "The carrier, designated or not.")
    String carrier;

    @Option(names = "--regime", paramLabel = "ID", description = "Rulebook regime (default: the rulebook's default; "
            + "see 'demarc regimes').")
    String regime;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md", converter = FormatWord.class,
            completionCandidates = FormatWord.class,
            description = "md, json, html, pdf, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to this file instead of "
            + "stdout.")
    Path outFile;

    @Override
    public Integer call() throws Exception {
        if (format == ReportFormat.PDF && outFile == null) {
            throw new BadInputException("--format pdf writes bytes: name the file with --out FILE");
        }
        return withApplication(context -> {
            CarrierReport report;
            try {
                report = context.getBean(CarrierReports.class).report(carrier, regime);
            } catch (UnknownCarrierException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            byte[] body = context.getBean(ReportRenderer.class).render(report, format);
            if (outFile == null) {
                PrintWriter out = out();
                out.print(new String(body, StandardCharsets.UTF_8));
                out.flush();
            } else {
                write(body);
                note("Wrote the " + format.wire() + " report of " + carrier + " under " + report.regime().id()
                        + " to " + outFile + " (content hash " + report.contentHash().value() + ")");
            }
            return ExitCode.OK;
        });
    }

    private void write(byte[] body) {
        try {
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(outFile, body);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + outFile + ": " + e.getMessage(), e);
        }
    }

    static final class FormatWord implements ITypeConverter<ReportFormat>, Iterable<String> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromWire(value);
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::wire).iterator();
        }
    }
}
