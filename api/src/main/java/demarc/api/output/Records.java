package demarc.api.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Reads a record's components by reflection, in declaration order. */
final class Records {

    private Records() {
    }

    static List<Object> values(Record record) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            values.add(value(record, component));
        }
        return values;
    }

    static Object value(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "."
                    + component.getName(), e);
        }
    }
}
