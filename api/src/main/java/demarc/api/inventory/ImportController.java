package demarc.api.inventory;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;

/**
 * Imports one inventory document (docs: inventory-format.md), YAML or JSON, whole or not at all. A rejected
 * document answers 422 with every error found (see {@code ProblemDetailsAdvice}).
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    static final String APPLICATION_X_YAML = "application/x-yaml";
    static final String TEXT_YAML = "text/yaml";

    private final InventoryImporter importer;

    ImportController(InventoryImporter importer) {
        this.importer = importer;
    }

    /**
     * @param file the name errors and the report give the document, which has none of its own; by default
     *             {@code request-body.yaml} or {@code request-body.json} (the importer reads a {@code .json} name
     *             as JSON, any other as YAML, of which JSON is a subset)
     */
    @PostMapping(consumes = {MediaType.APPLICATION_YAML_VALUE, APPLICATION_X_YAML, TEXT_YAML,
            MediaType.APPLICATION_JSON_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport importDocument(@RequestBody String document,
                                @RequestParam(required = false) String file,
                                @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType)
            throws InventoryRejectedException {
        String name = file != null && !file.isBlank() ? file
                : MediaType.APPLICATION_JSON.isCompatibleWith(contentType) ? "request-body.json" : "request-body.yaml";
        return importer.importDocument(name, document);
    }
}
