package demarc.api.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import demarc.queries.lookup.NodeSummary;
import demarc.queries.lookup.SearchQuery;

/** Finds services, elements and parties by a part of their id or name; summarises a set of them by id. */
@RestController
@RequestMapping("/api/v1")
class SearchController {

    /** The most hits one search returns, and the most ids one summaries request may name. */
    static final int MAX_HITS = 500;
    static final int MAX_IDS = 5000;

    /** The body of a summaries request. */
    record SummariesRequest(List<String> ids) {
    }

    private final SearchQuery search;

    SearchController(SearchQuery search) {
        this.search = search;
    }

    /** {@code type} may be repeated or comma-separated; without it every type is searched. */
    @GetMapping("/search")
    List<NodeSummary> search(@RequestParam(defaultValue = "") String q,
                             @RequestParam(required = false) List<String> type,
                             @RequestParam(defaultValue = "20") int limit) {
        Set<String> types = type == null ? Set.of() : new LinkedHashSet<>(type);
        if (!SearchQuery.TYPES.containsAll(types)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "'type' must be one of " + String.join(", ", SearchQuery.TYPES) + ", was " + String.join(", ", types));
        }
        if (limit < 1 || limit > MAX_HITS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'limit' must be 1 to " + MAX_HITS + ", was " + limit);
        }
        return search.search(q, types, limit);
    }

    @PostMapping("/summaries")
    List<NodeSummary> summaries(@RequestBody SummariesRequest request) {
        if (request.ids() == null || request.ids().size() > MAX_IDS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'ids' must list at most " + MAX_IDS + " ids");
        }
        return search.summaries(request.ids());
    }
}
