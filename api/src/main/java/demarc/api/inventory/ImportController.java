package demarc.api.inventory;

import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import demarc.importer.format.FormatImporter;
import demarc.importer.format.InputFile;
import demarc.importer.format.UnitReport;
import demarc.importer.format.UnknownFormatException;
import demarc.importer.inventory.InventoryRejectedException;

/**
 * Imports one file of any format demarc reads, detected from its content ({@code ?format=} forces one); a zip
 * archive ({@code application/zip}) is one unit of its entries, all or nothing. The answer is the unit's report
 * with each file's coverage. A rejected import answers 422 with every error found, an unknown format 400 (see
 * {@code ProblemDetailsAdvice}).
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    static final String APPLICATION_X_YAML = "application/x-yaml";
    static final String TEXT_YAML = "text/yaml";
    static final String TEXT_CSV = "text/csv";
    static final String APPLICATION_ZIP = "application/zip";
    static final String APPLICATION_LD_JSON = "application/ld+json";
    static final String TEXT_TURTLE = "text/turtle";
    static final String APPLICATION_N_TRIPLES = "application/n-triples";
    static final String APPLICATION_RDF_XML = "application/rdf+xml";

    /** The name a body gets when the request gives none: the extension says what it is, as a file's would. */
    private static final Map<String, String> DEFAULT_NAMES = Map.ofEntries(
            Map.entry(MediaType.APPLICATION_JSON_VALUE, "request-body.json"),
            Map.entry(APPLICATION_LD_JSON, "request-body.jsonld"),
            Map.entry(TEXT_CSV, "request-body.csv"),
            Map.entry(APPLICATION_ZIP, "request-body.zip"),
            Map.entry(MediaType.APPLICATION_XML_VALUE, "request-body.xml"),
            Map.entry(MediaType.TEXT_XML_VALUE, "request-body.xml"),
            Map.entry(TEXT_TURTLE, "request-body.ttl"),
            Map.entry(APPLICATION_N_TRIPLES, "request-body.nt"),
            Map.entry(APPLICATION_RDF_XML, "request-body.rdf"));

    private final FormatImporter importer;

    ImportController(FormatImporter importer) {
        this.importer = importer;
    }

    /**
     * @param file   the name errors and the report give the body, which has none of its own; by default
     *               {@code request-body} with the extension of the content type ({@code .yaml}, {@code .json},
     *               {@code .csv}, ...). A CSV body needs the name of its section, e.g. {@code parties.csv}.
     * @param format the format to read the body as, instead of detecting it
     */
    @PostMapping(consumes = {MediaType.APPLICATION_YAML_VALUE, APPLICATION_X_YAML, TEXT_YAML,
            MediaType.APPLICATION_JSON_VALUE, APPLICATION_LD_JSON, TEXT_CSV, APPLICATION_ZIP,
            MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, TEXT_TURTLE, APPLICATION_N_TRIPLES,
            APPLICATION_RDF_XML}, produces = MediaType.APPLICATION_JSON_VALUE)
    UnitReport importDocument(@RequestBody byte[] body,
                              @RequestParam(required = false) String file,
                              @RequestParam(required = false) String format,
                              @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType)
            throws InventoryRejectedException, UnknownFormatException {
        String name = file != null && !file.isBlank() ? file
                : DEFAULT_NAMES.getOrDefault(contentType.getType() + "/" + contentType.getSubtype(), "request-body.yaml");
        return importer.importFile(new InputFile(name, body), format);
    }
}
