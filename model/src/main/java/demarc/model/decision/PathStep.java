package demarc.model.decision;

/**
 * One step of a dependency path. {@code via} says how the walk reached {@code id} from the step before:
 * {@code null} for the first step, {@code requires}, {@code any-of} (a member of an anyOf group) or
 * {@code managed-by} (an element that manages the one before it).
 */
public record PathStep(String id, String via) {
}
