package demarc.api.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Refuses to serve beyond localhost without API keys: on 127.0.0.1 an open API is the demo and a developer's
 * tool, on any other address it would hand every reader on the network the right to import.
 */
public final class BindGuard {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private BindGuard() {
    }

    /**
     * @param address the address the server binds to ({@code server.address}); blank means every interface
     * @throws UnprotectedBindException when it is not a loopback address and the store has no active key
     */
    public static void refuseUnprotected(String address, ApiKeyStore keys) {
        if (isLoopback(address) || keys.hasActiveKey()) {
            return;
        }
        String where = address == null || address.isBlank() ? "every interface" : address;
        throw new UnprotectedBindException("refusing to listen on " + where + " without an API key: beyond "
                + "localhost every request needs one. Create one first with 'demarc keys create --role admin' "
                + "(the keys of this store are in " + keys.file() + "), or listen on 127.0.0.1");
    }

    /**
     * Whether {@code address} is a loopback address. Only IP literals and {@code localhost} count; any other host
     * name is taken as reachable from outside, without asking DNS what it means today.
     */
    public static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String trimmed = address.strip();
        if (trimmed.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(trimmed).matches()) {
            return false;
        }
        try {
            String literal = trimmed.startsWith("[") && trimmed.endsWith("]")
                    ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
