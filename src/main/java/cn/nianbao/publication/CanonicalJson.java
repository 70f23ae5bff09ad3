package cn.nianbao.publication;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a report's JSON, the one its SM3 digest is taken over (docs/FEATURES.md, 「发布文件的摘要与核验」):
 * the download JSON without {@link #STATUS}, object keys sorted (by UTF-16 code units), no insignificant whitespace,
 * numbers as written (decimals never in exponent notation), strings as Jackson escapes them (only {@code "}, {@code \}
 * and control characters), encoded in UTF-8 without BOM. Any formatting of the same data has the same form.
 */
final class CanonicalJson {

    /**
     * What the download of a superseded edition adds ({@code {"state": "已被更正", ...}}): a statement about the edition
     * made after it was published, so not part of what its digest covers.
     */
    static final String STATUS = "supersededBy";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CanonicalJson() {}

    /** Data about to be published (maps, lists, strings, numbers) as compact JSON, in its own key order. */
    static String compact(Object data) {
        return MAPPER.writeValueAsString(data);
    }

    /** The canonical form of a JSON file someone holds; {@link IllegalArgumentException} when it is not JSON. */
    static String of(byte[] json) {
        Object parsed;
        try {
            parsed = MAPPER.readValue(json, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        if (parsed instanceof Map<?, ?> top) {
            top.remove(STATUS);
        }
        return MAPPER.writeValueAsString(sorted(parsed));
    }

    static byte[] bytes(String canonical) {
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    /** The stored JSON as data again, in its order, to serve it (indented, with {@link #STATUS} where due). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> data(String stored) {
        return MAPPER.readValue(stored, Map.class);
    }

    /** A JSON download as a person reads it: indented, numbers written as the canonical form writes them. */
    static byte[] pretty(Map<String, Object> data) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, child) -> sorted.put(String.valueOf(key), sorted(child)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CanonicalJson::sorted).toList();
        }
        if (value instanceof BigDecimal decimal && decimal.scale() > 0) {
            // 1.50 and 1.5 are one number: the trailing zeros of a hand-edited file are insignificant
            return decimal.stripTrailingZeros();
        }
        return value;
    }
}
