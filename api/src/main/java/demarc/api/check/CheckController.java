package demarc.api.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import demarc.importer.inventory.InventoryRejectedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/checks}: the design check over REST. The body is one inventory document (YAML or JSON), or
 * {@code multipart/form-data} with one part {@code design} per document. A design that is not a valid document
 * answers 422 with every error (see {@code ProblemDetailsAdvice}); nothing is stored either way.
 */
@RestController
@RequestMapping("/api/v1/checks")
class CheckController {

    static final String APPLICATION_SARIF = "application/sarif+json";
    static final String TEXT_MARKDOWN = "text/markdown";

    private final DesignCheck check;
    private final CheckRenderer renderer;

    CheckController(DesignCheck check, JsonMapper json) {
        this.check = check;
        this.renderer = new CheckRenderer(json);
    }

    /**
     * @param file    the name findings give the document; by default {@code design.yaml} or {@code design.json}
     * @param against {@code current} to check on top of the stored inventory
     * @param regime  the regime, by default the rulebook's
     * @param format  json (default), md, sarif or table
     */
    @PostMapping(consumes = {MediaType.APPLICATION_YAML_VALUE, "application/x-yaml", "text/yaml",
            MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<?> checkDocument(@RequestBody String document,
                                    @RequestParam(required = false) String file,
                                    @RequestParam(required = false) String against,
                                    @RequestParam(required = false) String regime,
                                    @RequestParam(required = false, defaultValue = "json") String format,
                                    @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE)
                                    MediaType contentType) throws InventoryRejectedException {
        String name = file != null && !file.isBlank() ? file
                : MediaType.APPLICATION_JSON.isCompatibleWith(contentType) ? "design.json" : "design.yaml";
        return answer(List.of(new DesignFile(name, document)), against, regime, format);
    }

    /** One part {@code design} per document, checked in order; each part's file name names it in findings. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> checkDocuments(@RequestParam("design") List<MultipartFile> parts,
                                     @RequestParam(required = false) String against,
                                     @RequestParam(required = false) String regime,
                                     @RequestParam(required = false, defaultValue = "json") String format)
            throws InventoryRejectedException, IOException {
        List<DesignFile> designs = new ArrayList<>();
        for (MultipartFile part : parts) {
            String name = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
                    ? "design-" + (designs.size() + 1) + ".yaml" : part.getOriginalFilename();
            designs.add(new DesignFile(name, new String(part.getBytes(), StandardCharsets.UTF_8)));
        }
        return answer(designs, against, regime, format);
    }

    private ResponseEntity<?> answer(List<DesignFile> designs, String against, String regime, String format)
            throws InventoryRejectedException {
        if (against != null && !"current".equals(against)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "'against' takes 'current' (the stored inventory), not '" + against + "'");
        }
        CheckFormat chosen;
        try {
            chosen = CheckFormat.fromWire(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        CheckReport report = check.check(designs, against != null, regime);
        return switch (chosen) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case SARIF -> ResponseEntity.ok().contentType(MediaType.parseMediaType(APPLICATION_SARIF))
                    .body(renderer.render(chosen, report));
            case MD -> ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                    .body(renderer.render(chosen, report));
            case TABLE -> ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(renderer.render(chosen, report));
        };
    }
}
