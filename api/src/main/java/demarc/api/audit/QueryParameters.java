package demarc.api.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query string of a request as the audit keeps it: each parameter with its values, in order. demarc takes
 * keys only in a header, but a client may still put one in the URL: parameters named like a secret are redacted.
 */
final class QueryParameters {

    static final String REDACTED = "[redacted]";
    private static final Pattern SECRET = Pattern.compile("(?i).*(key|token|secret|password|auth).*");

    private QueryParameters() {
    }

    static Map<String, List<String>> parse(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>())
                    .add(SECRET.matcher(name).matches() ? REDACTED : value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
