package demarc.api.output;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import demarc.model.decision.PathStep;

/**
 * Turns one value of a record component into the text of a single cell. Lists are joined with ", ", a
 * dependency path reads {@code a > b > c}, and a nested record reads {@code first (second, third)}, so that any
 * decision fits on one line of a table or one CSV field.
 */
final class CellText {

    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return ofCollection(items);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> of(e.getKey()) + "=" + of(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Record nested) {
            return ofRecord(nested);
        }
        return String.valueOf(value);
    }

    private static String ofCollection(Collection<?> items) {
        if (!items.isEmpty() && items.stream().allMatch(PathStep.class::isInstance)) {
            return items.stream().map(step -> ofStep((PathStep) step)).collect(Collectors.joining(" > "));
        }
        // Records already use ", " inside their parentheses; "; " keeps the items apart.
        String separator = items.stream().anyMatch(Record.class::isInstance) ? "; " : ", ";
        return items.stream().map(CellText::of).collect(Collectors.joining(separator));
    }

    private static String ofStep(PathStep step) {
        return "managed-by".equals(step.via()) ? "managed by " + step.id() : step.id();
    }

    private static String ofRecord(Record nested) {
        List<String> parts = new ArrayList<>();
        for (Object part : Records.values(nested)) {
            String text = of(part);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return parts.get(0) + " (" + String.join(", ", parts.subList(1, parts.size())) + ")";
    }

    /** Whether a component holds numbers, which tables align to the right. */
    static boolean isNumeric(RecordComponent component) {
        Class<?> type = component.getType();
        return Number.class.isAssignableFrom(type)
                || type == int.class || type == long.class || type == short.class
                || type == double.class || type == float.class;
    }
}
