package demarc.model.decision;

import java.util.List;

/** A service whose dependency walk reaches a boundary, with the path that brings it there. */
public record CrossingService(String service, String carrier, List<PathStep> path) {
}
