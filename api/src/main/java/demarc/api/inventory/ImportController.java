package demarc.api.inventory;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
     * @param file the name errors and the report give the document; the body has none of its own
     */
    @PostMapping(consumes = {MediaType.APPLICATION_YAML_VALUE, APPLICATION_X_YAML, TEXT_YAML,
            MediaType.APPLICATION_JSON_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport importDocument(@RequestBody String document,
                                @RequestParam(defaultValue = "request-body") String file)
            throws InventoryRejectedException {
        return importer.importDocument(file, document);
    }
}
