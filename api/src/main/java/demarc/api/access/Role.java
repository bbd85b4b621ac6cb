package demarc.api.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an API key may do; {@link AccessPolicy} says which role may call which endpoint. */
public enum Role {
    /** Reads every decision, the inventory and the audit; writes nothing. */
    REGULATOR,
    /** Reads the decisions and the inventory, and runs design checks and what-if analyses. */
    ARCHITECT,
    /** Imports inventory documents; reads nothing. */
    INVENTORY,
    /** Everything. */
    ADMIN;

    /** The word on the command line, in the key file and in problem bodies: {@code regulator}, ... */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String word) {
        for (Role role : values()) {
            if (role.wire().equals(word)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + word + "', expected one of " + words());
    }

    public static String words() {
        return Arrays.stream(values()).map(Role::wire).collect(Collectors.joining(", "));
    }
}
