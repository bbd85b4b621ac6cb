package demarc.queries.exposure;

import java.util.List;

import demarc.model.decision.PathStep;

/**
 * An element used for a carrier's services that holds user information.
 *
 * @param carrier   the carrier
 * @param element   the element
 * @param kind      its kind
 * @param services  the carrier's services it is used for
 * @param locations its countries: its own, or those of the nearest hosts with a country on each branch; empty when
 *                  none is known
 * @param abroad    whether a location is outside the regime's home country
 * @param parties   who owns, operates, has access to or hosts it
 * @param rule      the rule that lists a location abroad ({@code …/storage-abroad})
 * @param citation  that rule's citation
 * @param regime    the regime applied
 * @param reasons   why, one line per fact used
 * @param path      how the first service (by path length, then id) reaches the element
 */
public record UserInfoElement(String carrier, String element, String kind, List<String> services,
                              List<ElementLocation> locations, boolean abroad, List<ExposureParty> parties,
                              String rule, String citation, String regime, List<String> reasons,
                              List<PathStep> path) {
}
