package demarc.api.vocabulary;

import java.util.Arrays;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.problem.NotFoundException;
import demarc.importer.rdf.PublishedVocabulary;

/**
 * Publishes the inventory format's JSON-LD {@code @context}, vocabulary and SHACL shapes under {@code /ns/}, so
 * that the JSON form of an inventory is JSON-LD for any RDF tool pointed at this server.
 */
@RestController
class VocabularyController {

    @GetMapping("/ns/{fileName:.+}")
    ResponseEntity<String> document(@PathVariable String fileName) {
        PublishedVocabulary document = Arrays.stream(PublishedVocabulary.values())
                .filter(candidate -> candidate.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new NotFoundException("vocabulary document", fileName,
                        "published: context.jsonld, vocabulary.ttl, inventory-shapes.ttl"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType())).body(document.text());
    }
}
