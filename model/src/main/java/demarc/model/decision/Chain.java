package demarc.model.decision;

import java.util.List;

/**
 * Everything a reviewer needs about one service or element: what it depends on, which services use it, and
 * the boundaries between parties along the way.
 *
 * @param rootType {@code service} or {@code element}
 * @param down     the dependency tree below the root
 * @param usedBy   the services whose walk reaches the root, with their paths (empty for a service)
 */
public record Chain(String root, String rootType, ChainNode down, List<CrossingService> usedBy,
                    List<DemarcationDecision> boundaries) {
}
