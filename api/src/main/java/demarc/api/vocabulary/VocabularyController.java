package demarc.api.vocabulary;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.problem.NotFoundException;
import demarc.api.report.PublishedReportDocument;
import demarc.importer.rdf.PublishedVocabulary;

/**
 * Publishes the inventory format's JSON-LD {@code @context}, vocabulary and SHACL shapes under {@code /ns/}, so
 * that the JSON form of an inventory is JSON-LD for any RDF tool pointed at this server; and beside them the
 * carrier report's decision vocabulary and JSON schema.
 */
@RestController
class VocabularyController {

    @GetMapping("/ns/{fileName:.+}")
    ResponseEntity<String> document(@PathVariable String fileName) {
        Optional<ResponseEntity<String>> inventory = Arrays.stream(PublishedVocabulary.values())
                .filter(candidate -> candidate.fileName().equals(fileName)).findFirst()
                .map(document -> answer(document.mediaType(), document.text()));
        return inventory.or(() -> Arrays.stream(PublishedReportDocument.values())
                        .filter(candidate -> candidate.fileName().equals(fileName)).findFirst()
                        .map(document -> answer(document.mediaType(), document.text())))
                .orElseThrow(() -> new NotFoundException("vocabulary document", fileName,
                        "published: context.jsonld, vocabulary.ttl, inventory-shapes.ttl, decisions.ttl, "
                                + "report.schema.json"));
    }

    private static ResponseEntity<String> answer(String mediaType, String text) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType)).body(text);
    }
}
