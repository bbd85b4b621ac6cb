package demarc.api.output;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * A list endpoint's answer in the form the {@code Accept} header asks for, written by the command line's
 * {@link RecordRenderer}: {@code application/json} (the default; the application's JSON as ever),
 * {@code text/csv} (as {@code --format csv}: every column, a header row) or {@code text/markdown} (as
 * {@code --format md --columns all}).
 */
public final class RecordResponses {

    private static final Map<MediaType, OutputFormat> OFFERS = offers();

    private final RecordRenderer renderer;

    public RecordResponses(JsonMapper json) {
        this.renderer = new RecordRenderer(json);
    }

    public <R extends Record> ResponseEntity<Object> answer(String accept, Class<R> type, List<? extends R> records) {
        OutputFormat format = AcceptHeader.choose(accept, OFFERS);
        if (format == OutputFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(records);
        }
        MediaType media = OFFERS.entrySet().stream().filter(e -> e.getValue() == format).findFirst().orElseThrow()
                .getKey();
        return ResponseEntity.ok().contentType(new MediaType(media, StandardCharsets.UTF_8))
                .body(renderer.render(format, type, records, null));
    }

    private static Map<MediaType, OutputFormat> offers() {
        Map<MediaType, OutputFormat> offers = new LinkedHashMap<>();
        offers.put(MediaType.APPLICATION_JSON, OutputFormat.JSON);
        offers.put(MediaType.parseMediaType("text/csv"), OutputFormat.CSV);
        offers.put(MediaType.parseMediaType("text/markdown"), OutputFormat.MD);
        return offers;
    }
}
