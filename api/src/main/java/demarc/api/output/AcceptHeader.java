package demarc.api.output;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.server.ResponseStatusException;

/**
 * Picks what to answer from an {@code Accept} header: the offer matching the highest-quality, then most specific
 * media type asked for. No header (or one that only says {@code * / *}) gets the first offer.
 */
public final class AcceptHeader {

    private AcceptHeader() {
    }

    /**
     * @param accept the header, or {@code null}
     * @param offers what can be answered, by media type, the default first (use an ordered map)
     * @throws ResponseStatusException 406 when nothing offered is acceptable, 400 when the header is unreadable
     */
    public static <T> T choose(String accept, Map<MediaType, T> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.values().iterator().next();
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unreadable Accept header: " + accept);
        }
        MimeTypeUtils.sortBySpecificity(wanted);
        // Stable: the highest quality first, the most specific first among equals.
        wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : wanted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (Map.Entry<MediaType, T> offer : offers.entrySet()) {
                if (type.includes(offer.getKey())) {
                    return offer.getValue();
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "available as " + offers.keySet()
                + "; Accept asked for " + accept);
    }
}
