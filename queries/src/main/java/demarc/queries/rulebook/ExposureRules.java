package demarc.queries.rulebook;

import java.util.Set;

import demarc.model.vocabulary.AccessKind;
import demarc.model.vocabulary.Designation;
import demarc.model.vocabulary.ResourceKind;

/**
 * What the user-information exposure report reads from a regime (電気通信事業法27条の5–27条の11).
 *
 * @param designation           the designation that obliges a carrier to publish a handling policy (27条の5)
 * @param homeCountry           the country that is not abroad (ISO 3166-1 alpha-2)
 * @param hostKinds             resource kinds an element without a country takes its country from
 * @param contractorAccessKinds access kinds that make a party a contractor (委託先)
 * @param storageAccessKinds    access kinds that make a party a storage provider (保管サービス提供者)
 */
public record ExposureRules(Designation designation, String homeCountry, Set<ResourceKind> hostKinds,
                            Set<AccessKind> contractorAccessKinds, Set<AccessKind> storageAccessKinds) {
}
