package demarc.api.chain;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.problem.NotFoundException;
import demarc.model.decision.Chain;
import demarc.queries.chain.ChainQuery;

/** The dependency chain of a service or element: the tree below it, the services above, the boundaries. */
@RestController
@RequestMapping("/api/v1/chains")
class ChainController {

    private final ChainQuery chains;

    ChainController(ChainQuery chains) {
        this.chains = chains;
    }

    @GetMapping("/{id}")
    Chain chain(@PathVariable String id) {
        return chains.chain(id).orElseThrow(() -> new NotFoundException("service or element", id));
    }
}
