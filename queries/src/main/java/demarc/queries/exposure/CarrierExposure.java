package demarc.queries.exposure;

import java.util.List;

/**
 * One carrier's user-information exposure and the two country lists of its handling policy (情報取扱方針).
 *
 * @param carrier               the carrier
 * @param designated            whether it is designated (27条の5); a carrier that is not is listed only on request
 * @param storedAbroad          list (a): countries where user information is stored on facilities abroad
 * @param foreignParties        list (b): countries of foreign contractors and storage providers
 * @param unlocatedThirdParties owners of elements holding user information whose country is unknown: the policy
 *                              names them instead of a country
 * @param rule                  the designation rule ({@code …/specified-user-info})
 * @param citation              its citation
 * @param regime                the regime applied
 * @param reasons               why the carrier is covered, and the lists in a sentence each
 * @param elements              the elements used for its services that hold user information
 * @param foreign               every line behind the two lists, by country
 */
public record CarrierExposure(String carrier, String name, boolean designated, List<String> storedAbroad,
                              List<String> foreignParties, List<String> unlocatedThirdParties, String rule,
                              String citation, String regime, List<String> reasons, List<UserInfoElement> elements,
                              List<ForeignExposure> foreign) {
}
