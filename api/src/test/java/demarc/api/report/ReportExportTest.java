package demarc.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import demarc.api.ServedDemarc;
import demarc.api.demo.DemoNetwork;
import demarc.importer.inventory.InventoryImporter;
import demarc.model.decision.DemarcationDecision;
import demarc.model.decision.DutyDecision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The carrier report and the list endpoints' formats on the demo network, over HTTP: each form is parsed back and
 * checked (JSON against the published schema, Markdown table shape, HTML as XML, PDF with PDFBox, Turtle and
 * JSON-LD with Jena and SPARQL).
 */
class ReportExportTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DEMO_SOURCE = "https://demarc.example/source/" + DemoNetwork.SOURCE;
    private static ServedDemarc served;
    private static String base;

    @BeforeAll
    static void serveTheDemo() throws Exception {
        served = ServedDemarc.demo(temp.resolve("store"));
        base = served.base();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void theJsonReportMatchesThePublishedSchemaAndHoldsTheFactsAndTheirSources() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/shinkai", "application/json");
        HttpResponse<byte[]> schemaResponse = get("/ns/report.schema.json", null);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(schemaResponse.statusCode()).isEqualTo(200);
        assertThat(contentType(schemaResponse)).startsWith("application/schema+json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text(schemaResponse), InputFormat.JSON);
        JsonNode report = JSON.readTree(response.body());
        List<Error> errors = schema.validate(report);
        assertThat(errors).as("schema errors").isEmpty();

        assertThat(report.get("carrier").asString()).isEqualTo("shinkai");
        assertThat(report.get("regime").get("id").asString()).isEqualTo("jp-2024");
        assertThat(report.get("contentHash").get("value").asString())
                .isEqualTo(response.headers().firstValue("Demarc-Content-Hash").orElseThrow());
        JsonNode source = report.get("sources").get(0);
        assertThat(report.get("sources").size()).isEqualTo(1);
        assertThat(source.get("id").asString()).isEqualTo(DemoNetwork.SOURCE);
        assertThat(source.get("file").asString()).isEqualTo(DemoNetwork.FILE_NAME);
        assertThat(source.get("importedAt").isString()).isTrue();
        JsonNode ocs = null;
        for (JsonNode duty : report.get("duties")) {
            assertThat(duty.get("carrier").asString()).isEqualTo("shinkai");
            if (duty.get("element").asString().equals("kumo-vm-ocs")) {
                ocs = duty;
            }
        }
        assertThat(ocs).as("the OCS VM in Kumo Cloud is used for shinkai's services").isNotNull();
        assertThat(ocs.get("thirdParty").asBoolean()).isTrue();
        assertThat(report.get("derivedFrom").get("kumo-vm-ocs").get(0).asString()).isEqualTo(DemoNetwork.SOURCE);
        assertThat(report.get("demarcations").size()).isPositive();
        assertThat(report.get("exposure").get("storedAbroad").toString()).isEqualTo("[\"US\"]");
        assertThat(report.get("chains").size()).isPositive();
    }

    @Test
    void theContentHashIsStableWhileTheGraphIsAndCoversTheRegime() throws Exception {
        CarrierReports reports = served.context().getBean(CarrierReports.class);
        CarrierReport first = reports.report("shinkai", null);
        served.context().getBean(InventoryImporter.class).importDocument(DemoNetwork.FILE_NAME, DemoNetwork.content());
        CarrierReport again = reports.report("shinkai", null);
        CarrierReport older = reports.report("shinkai", "jp-2023");

        assertThat(again.sources().get(0).importedAt()).as("re-imported")
                .isAfter(first.sources().get(0).importedAt());
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(older.contentHash().value()).isNotEqualTo(first.contentHash().value());
        assertThat(first.contentHash().covers()).contains("not generatedAt");
    }

    @Test
    void theMarkdownReportHasAHeadingAndWellShapedTables() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/shinkai?format=md", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/markdown");
        String markdown = text(response);
        assertThat(markdown.lines().findFirst().orElseThrow())
                .matches("# Evidence report: Shinkai Mobile .*\\(shinkai\\), regime jp-2024");
        assertThat(markdown).contains("## Duties (電気通信事業法41条)", "## Inventory sources", "**Content hash**");
        assertTablesAreWellShaped(markdown, 6);
    }

    /** Every table: a header, a rule of as many cells, rows of as many cells; {@code expected} tables at least. */
    private static void assertTablesAreWellShaped(String markdown, int expected) {
        List<List<String>> tables = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                current.add(line);
            } else {
                current = null;
            }
        }
        assertThat(tables.size()).isGreaterThanOrEqualTo(expected);
        for (List<String> table : tables) {
            int cells = cells(table.get(0));
            assertThat(table.get(1)).matches("\\|( ---:? \\|)+");
            for (String row : table) {
                assertThat(cells(row)).as(row).isEqualTo(cells);
            }
        }
    }

    /** The cells of a Markdown table row: unescaped pipes. */
    private static int cells(String row) {
        return row.split("(?<!\\\\)\\|", -1).length - 2;
    }

    @Test
    void theHtmlReportIsOneWellFormedPrintablePageWithoutScripts() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/shinkai", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/html");
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body()));
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("link").getLength()).as("no external stylesheet").isZero();
        assertThat(page.getElementsByTagName("img").getLength()).isZero();
        String style = page.getElementsByTagName("style").item(0).getTextContent();
        assertThat(style).contains("@media print", "@page");
        assertThat(page.getElementsByTagName("h2").getLength()).isEqualTo(6);
        NodeList tables = page.getElementsByTagName("table");
        assertThat(tables.getLength()).isGreaterThanOrEqualTo(5);
        String html = text(response);
        assertThat(html).contains("電気通信事業法", "kumo-vm-ocs", DemoNetwork.SOURCE);
    }

    @Test
    void thePdfIsRenderedFromTheHtmlAndReadsBack() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/shinkai", "application/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/pdf");
        String hash = response.headers().firstValue("Demarc-Content-Hash").orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Evidence report", "Shinkai Mobile", "kumo-vm-ocs", DemoNetwork.SOURCE);
            assertThat(text.replaceAll("\\s", "")).contains(hash);
            if (ReportPdf.findJapaneseFont(null).isPresent()) {
                assertThat(text).contains("電気通信事業法");
            } else {
                assertThat(text).contains("rendered without a Japanese font");
            }
        }
    }

    @Test
    void theTurtleTellsEachDecisionsCitationAndWhereItCameFrom() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/shinkai", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/turtle");
        Model model = parse(response.body(), Lang.TURTLE);
        List<QuerySolution> rows = select(model, """
                PREFIX demarc: <https://demarc.example/ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?decision ?citation ?source ?file ?importedAt ?regime WHERE {
                  ?decision a demarc:DutyDecision ;
                            demarc:decidedElement <https://demarc.example/id/kumo-vm-ocs> ;
                            demarc:decidedService <https://demarc.example/id/shinkai-voice> ;
                            demarc:citation ?citation ;
                            prov:wasDerivedFrom ?source ;
                            prov:wasGeneratedBy ?activity ;
                            prov:generatedAtTime ?time .
                  ?source a demarc:Inventory ; demarc:file ?file ; demarc:importedAt ?importedAt .
                  ?activity a prov:Activity ; prov:used ?regime , ?source .
                  ?regime a demarc:Regime .
                }""");
        assertThat(rows).hasSize(1);
        QuerySolution row = rows.get(0);
        assertThat(row.getLiteral("citation").getString()).contains("施行規則27条の2");
        assertThat(row.getResource("source").getURI()).isEqualTo(DEMO_SOURCE);
        assertThat(row.getLiteral("file").getString()).isEqualTo(DemoNetwork.FILE_NAME);
        assertThat(row.getResource("regime").getURI()).isEqualTo("https://demarc.example/regime/jp-2024");

        List<QuerySolution> steps = select(model, """
                PREFIX demarc: <https://demarc.example/ns#>
                SELECT ?entry WHERE {
                  ?chain demarc:chainRoot <https://demarc.example/id/shinkai-voice> ; demarc:step ?step .
                  ?step demarc:stepEntry ?entry ; demarc:via "requires" .
                }""");
        assertThat(steps).extracting(s -> s.getResource("entry").getURI())
                .contains("https://demarc.example/id/sk-ims", "https://demarc.example/id/sk-ocs");
    }

    @Test
    void everyTermTheRdfUsesIsDeclaredInTheInventoryOrDecisionVocabulary() throws Exception {
        Model vocabulary = ModelFactory.createDefaultModel();
        for (String document : List.of("/ns/vocabulary.ttl", "/ns/decisions.ttl")) {
            HttpResponse<byte[]> published = get(document, null);
            assertThat(published.statusCode()).as(document).isEqualTo(200);
            vocabulary.add(parse(published.body(), Lang.TURTLE));
        }
        Model report = parse(get("/api/v1/reports/shinkai", "text/turtle").body(), Lang.TURTLE);
        Set<String> used = new HashSet<>();
        for (Statement statement : report.listStatements().toList()) {
            used.add(statement.getPredicate().getURI());
            if (statement.getPredicate().equals(RDF.type)) {
                used.add(statement.getObject().asResource().getURI());
            }
        }
        for (String term : used) {
            if (term.startsWith(ReportRdf.NS)) {
                assertThat(vocabulary.containsResource(vocabulary.createResource(term))).as(term).isTrue();
            }
        }
        assertThat(used).contains(ReportRdf.PROV + "wasDerivedFrom", ReportRdf.PROV + "wasGeneratedBy",
                ReportRdf.PROV + "generatedAtTime", ReportRdf.PROV + "used");
    }

    @Test
    void theJsonLdIsTheSameGraphAsTheTurtle() {
        CarrierReport report = served.context().getBean(CarrierReports.class).report("shinkai", null);
        ReportRenderer renderer = served.context().getBean(ReportRenderer.class);

        Model turtle = parse(renderer.render(report, ReportFormat.TTL), Lang.TURTLE);
        Model jsonLd = parse(renderer.render(report, ReportFormat.JSONLD), Lang.JSONLD);

        assertThat(jsonLd.size()).isEqualTo(turtle.size()).isGreaterThan(100);
        assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
        List<QuerySolution> hash = select(jsonLd, """
                PREFIX demarc: <https://demarc.example/ns#>
                SELECT ?hash WHERE { ?report a demarc:CarrierReport ; demarc:contentHash ?hash }""");
        assertThat(hash).extracting(s -> s.getLiteral("hash").getString())
                .containsExactly(report.contentHash().value());
    }

    @Test
    void acceptIsNegotiatedAndFormatWins() throws Exception {
        assertThat(contentType(get("/api/v1/reports/shinkai", "text/html;q=0.5, text/markdown")))
                .startsWith("text/markdown");
        assertThat(contentType(get("/api/v1/reports/shinkai", "application/ld+json, */*;q=0.1")))
                .startsWith("application/ld+json");
        assertThat(contentType(get("/api/v1/reports/shinkai", null))).startsWith("application/json");
        assertThat(contentType(get("/api/v1/reports/shinkai?format=ttl", "text/html"))).startsWith("text/turtle");
        assertThat(get("/api/v1/reports/shinkai", "image/png").statusCode()).isEqualTo(406);
        assertThat(get("/api/v1/reports/shinkai?format=docx", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/reports/nobody", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/reports/shinkai?regime=jp-1999", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void theDutyAndDemarcationListsAnswerCsvAndMarkdownAsTheCommandLinePrintsThem() throws Exception {
        HttpResponse<byte[]> csv = get("/api/v1/duties?carrier=shinkai", "text/csv");
        HttpResponse<byte[]> markdown = get("/api/v1/demarcations", "text/markdown");
        HttpResponse<byte[]> demarcationCsv = get("/api/v1/demarcations", "text/csv");
        HttpResponse<byte[]> json = get("/api/v1/duties?carrier=shinkai", "application/json");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(contentType(csv)).startsWith("text/csv");
        String[] lines = text(csv).split("\r\n");
        assertThat(lines[0]).isEqualTo(header(DutyDecision.class));
        assertThat(lines.length - 1).isEqualTo(JSON.readTree(json.body()).size()).isPositive();
        assertThat(text(demarcationCsv).split("\r\n")[0]).isEqualTo(header(DemarcationDecision.class));
        assertThat(contentType(markdown)).startsWith("text/markdown");
        assertTablesAreWellShaped(text(markdown), 1);
        assertThat(text(markdown)).startsWith("| " + header(DemarcationDecision.class).replace(",", " | ") + " |");
        assertThat(get("/api/v1/duties", "image/png").statusCode()).isEqualTo(406);
    }

    private static String header(Class<? extends Record> type) {
        return String.join(",", Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    private static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    private static List<QuerySolution> select(Model model, String sparql) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model).query(sparql).build()) {
            execution.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }
}
