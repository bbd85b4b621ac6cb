package demarc.queries.rulebook;

import demarc.model.vocabulary.ServiceClass;

/**
 * How a regime treats one service class.
 *
 * @param facilityClass          the 設備規則 facility class
 * @param voiceClass             member of アナログ電話用設備等 (設備規則3② 9)
 * @param item2Listed            listed by 施行規則27条の2 二 (voice classes and broadband universal)
 * @param accidentClass          the 施行規則58条 accident class
 * @param emergencyAccidentClass the accident class when the service carries emergency calls, or {@code null}
 * @param standardSet            the key of the standard set that applies (see {@link Regime#standardSets()})
 */
public record ServiceClassRule(ServiceClass serviceClass, String facilityClass, boolean voiceClass,
                               boolean item2Listed, String accidentClass, String emergencyAccidentClass,
                               String standardSet) {
}
