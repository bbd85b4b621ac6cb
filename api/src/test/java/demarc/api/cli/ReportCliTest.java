package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.cli.DemoStoreCli.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc report} on the demo network, in-process on an embedded Neo4j. */
class ReportCliTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static DemoStoreCli cli;

    @BeforeAll
    static void runTheDemo() {
        cli = DemoStoreCli.start(temp.resolve("store"));
    }

    @AfterAll
    static void stop() {
        cli.close();
    }

    @Test
    void markdownGoesToStdoutByDefault() {
        Result result = cli.onStore("report", "--carrier", "shinkai");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("# Evidence report: ")
                .contains("## Duties (電気通信事業法41条)", "| kumo-vm-ocs |", "demarc-demo");
    }

    @Test
    void filesGetTheBytesAndTheHashIsTheSameRunAfterRun() throws IOException {
        Path json = temp.resolve("out/report.json");
        Path pdf = temp.resolve("out/report.pdf");

        Result first = cli.onStore("report", "--carrier", "shinkai", "--format", "json", "--out", json.toString());
        Result second = cli.onStore("report", "--carrier", "shinkai", "--format", "pdf", "-o", pdf.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(first.out()).isEmpty();
        JsonNode report = JSON.readTree(Files.readString(json));
        String hash = report.get("contentHash").get("value").asString();
        assertThat(second.err()).contains("Wrote the pdf report of shinkai under jp-2024 to " + pdf,
                "content hash " + hash);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void badInputExitsTwo() {
        Result pdfToStdout = cli.run("report", "--carrier", "shinkai", "--format", "pdf");
        Result unknownFormat = cli.run("report", "--carrier", "shinkai", "--format", "docx");
        Result unknownCarrier = cli.onStore("report", "--carrier", "nobody");

        assertThat(pdfToStdout.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(pdfToStdout.err()).contains("--out FILE");
        assertThat(unknownFormat.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknownFormat.err()).contains("json, md, html, pdf, ttl, jsonld");
        assertThat(unknownCarrier.code()).as(unknownCarrier.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknownCarrier.err()).contains("nobody");
    }
}
