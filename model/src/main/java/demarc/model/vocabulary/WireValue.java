package demarc.model.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed vocabulary whose constants are written in documents as lower-case, hyphenated words. */
public interface WireValue {
    /** The value as it is written in an inventory document, a rulebook or the graph. */
    String wire();

    /** The constant of {@code type} written as {@code wire}, if there is one. */
    static <E extends Enum<E> & WireValue> Optional<E> fromWire(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.wire().equals(wire)).findFirst();
    }

    /** Every accepted wire value of {@code type}, in declaration order, for error messages. */
    static <E extends Enum<E> & WireValue> List<String> wireValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList();
    }
}
