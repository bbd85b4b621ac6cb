package demarc.queries.whatif;

import java.util.List;

/** Everything a set of failures stops: the failed elements and the failed services, each sorted by id. */
public record WhatIfResult(List<String> initiallyFailed, List<FailedElement> elements,
                           List<FailedService> services) {
}
