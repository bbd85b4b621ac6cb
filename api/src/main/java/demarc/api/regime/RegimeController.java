package demarc.api.regime;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import demarc.api.problem.NotFoundException;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.UnknownRegimeException;

/** The regimes of the rulebook: what each decides with, and the law behind each rule. */
@RestController
@RequestMapping("/api/v1/regimes")
class RegimeController {

    private final Regimes regimes;

    RegimeController(Regimes regimes) {
        this.regimes = regimes;
    }

    /** Every regime, sorted by id; exactly one has {@code isDefault}. */
    @GetMapping
    List<Regime> regimes() {
        return regimes.all();
    }

    /** One regime; an unknown id is a missing resource here (404), not a bad filter (400). */
    @GetMapping("/{id}")
    Regime regime(@PathVariable String id) {
        try {
            return regimes.get(id);
        } catch (UnknownRegimeException e) {
            throw new NotFoundException("regime", id, e.getMessage());
        }
    }
}
