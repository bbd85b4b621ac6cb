package demarc.api.inventory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.problem.NotFoundException;
import demarc.queries.lookup.ElementView;
import demarc.queries.lookup.LookupQuery;
import demarc.queries.lookup.PartyView;
import demarc.queries.lookup.ServiceView;

/** What the graph holds about one element, service or party, as imported. */
@RestController
@RequestMapping("/api/v1")
class InventoryController {

    private final LookupQuery lookup;

    InventoryController(LookupQuery lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/elements/{id}")
    ElementView element(@PathVariable String id) {
        return lookup.element(id).orElseThrow(() -> new NotFoundException("element", id));
    }

    @GetMapping("/services/{id}")
    ServiceView service(@PathVariable String id) {
        return lookup.service(id).orElseThrow(() -> new NotFoundException("service", id));
    }

    @GetMapping("/parties/{id}")
    PartyView party(@PathVariable String id) {
        return lookup.party(id).orElseThrow(() -> new NotFoundException("party", id));
    }
}
