package demarc.queries.rulebook;

import demarc.model.vocabulary.ConnectionKind;

/**
 * The demarcation rule for one connection kind.
 *
 * @param rule         the key of the rule that applies (see {@link Regime#rule(String)})
 * @param carriersOnly the kind joins two carriers by definition: a side owned by a party that is not a carrier
 *                     makes it no demarcation point
 */
public record ConnectionRule(ConnectionKind kind, String rule, boolean carriersOnly) {
}
