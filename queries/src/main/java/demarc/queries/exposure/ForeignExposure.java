package demarc.queries.exposure;

import java.util.List;

import demarc.model.decision.PathStep;

/**
 * One line behind a foreign country of a handling policy: an element storing user information there, or a party
 * there that is a contractor or storage provider for such an element.
 *
 * @param carrier  the carrier whose policy it is
 * @param country  the foreign country
 * @param list     {@code stored-abroad} (countries where the information is stored on facilities abroad) or
 *                 {@code foreign-party} (countries of foreign contractors and storage providers)
 * @param role     {@code facility}, {@code contractor} or {@code storage-provider}
 * @param element  the element holding user information
 * @param party    the party, for {@code foreign-party}
 * @param relation how the party stands to the element ({@link ExposureParty#relation()}, with the access kind)
 * @param rule     the rule id that puts the line on the list
 * @param citation that rule's citation
 * @param regime   the regime applied
 * @param reason   why, in a sentence
 * @param path     how the carrier's service reaches the element
 */
public record ForeignExposure(String carrier, String country, String list, String role, String element, String party,
                              String relation, String rule, String citation, String regime, String reason,
                              List<PathStep> path) {
}
