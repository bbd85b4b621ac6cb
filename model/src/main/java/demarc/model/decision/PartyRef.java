package demarc.model.decision;

/** A party as a decision names it: enough to tell a carrier from a cloud without another lookup. */
public record PartyRef(String id, String name, String type, String country) {
}
