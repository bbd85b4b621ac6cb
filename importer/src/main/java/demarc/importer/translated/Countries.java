package demarc.importer.translated;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166-1 country codes as the JDK knows them: alpha-2 as is, alpha-3 turned into alpha-2. */
public final class Countries {

    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA2.put(alpha2, alpha2);
            ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
    }

    private Countries() {
    }

    /** The alpha-2 code of an alpha-2 or alpha-3 code in any case; empty for anything else. */
    public static Optional<String> alpha2(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ALPHA2.get(code.trim().toUpperCase(Locale.ROOT)));
    }
}
