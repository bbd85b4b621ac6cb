package demarc.api.audit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import demarc.importer.format.UnitReport;

/**
 * Tells the audit what an answer held, for any endpoint without an edit there: an import's counts per kind, the
 * number of rows of a list, the size of each list and map of a record, the number of errors of a problem.
 */
@RestControllerAdvice
class AuditResultAdvice implements ResponseBodyAdvice<Object> {

    static final String COUNTS = AuditResultAdvice.class.getName() + ".counts";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        Map<String, Integer> counts = counts(body);
        if (counts != null && request instanceof ServletServerHttpRequest servlet) {
            servlet.getServletRequest().setAttribute(COUNTS, counts);
        }
        return body;
    }

    static Map<String, Integer> counts(Object body) {
        if (body instanceof UnitReport report) {
            return report.counts();
        }
        if (body instanceof Collection<?> rows) {
            return Map.of("rows", rows.size());
        }
        if (body instanceof ProblemDetail problem) {
            return problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors
                    ? Map.of("errors", errors.size()) : null;
        }
        if (body instanceof Record record) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object value = value(component, record);
                if (value instanceof Collection<?> items) {
                    sizes.put(component.getName(), items.size());
                } else if (value instanceof Map<?, ?> map) {
                    sizes.put(component.getName(), map.size());
                }
            }
            return sizes.isEmpty() ? null : sizes;
        }
        return null;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }
}
