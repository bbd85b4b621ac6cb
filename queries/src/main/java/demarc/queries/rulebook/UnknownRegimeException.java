package demarc.queries.rulebook;

import java.util.Collection;

/** A regime id that no rulebook file defines. */
public class UnknownRegimeException extends IllegalArgumentException {

    public UnknownRegimeException(String id, Collection<String> known) {
        super("unknown regime '" + id + "'; known regimes: " + String.join(", ", known));
    }
}
