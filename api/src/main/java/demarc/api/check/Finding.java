package demarc.api.check;

/**
 * One thing a design check reports, with the line of the design that causes it.
 *
 * @param kind    {@code duty} (a third-party facility in scope of 41条), {@code gap} (a demarcation point not in
 *                order), {@code spof} (a third-party single point of failure) or {@code exposure} (the accident
 *                class of a service the design affects)
 * @param change  {@code added}, {@code changed} or {@code removed} against the graph the design was checked on
 *                (everything is {@code added} when it was checked on its own); {@code unchanged} for the exposure of
 *                a service that is listed only because another finding concerns it
 * @param open    whether it is a finding after the design (what {@code --fail-on} counts); a change that resolves
 *                a finding is not open
 * @param subject what it is about: {@code carrier/service/element}, a connection id or {@code from -> to},
 *                {@code service/element}, or a service id
 * @param service the service concerned, when there is one
 * @param message what changed, in a sentence
 * @param file    the design file that causes it
 * @param line    the line in that file (1-based)
 * @param rule    the rulebook rule behind the decision, when there is one
 * @param before  the decision before the design, or {@code null}
 * @param after   the decision after the design, or {@code null}
 */
public record Finding(String kind, String change, boolean open, String subject, String service, String message,
                      String file, int line, String rule, Object before, Object after) {
}
