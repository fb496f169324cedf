package dev.kinship.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parse_nestedValues_readsObjectsArraysNumbersAndNaN() {
        Object value = Json.parse("{\"a\": [1, 2.5e1, -3], \"b\": {\"c\": \"x\\\"y\\u0041\"}, \"d\": NaN,"
                + " \"e\": true, \"f\": null}");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> object = (Map<?, ?>) value;
        assertThat(object.get("a")).isEqualTo(List.of(1.0, 25.0, -3.0));
        assertThat(((Map<?, ?>) object.get("b")).get("c")).isEqualTo("x\"yA");
        assertThat((Double) object.get("d")).isNaN();
        assertThat(object.get("e")).isEqualTo(true);
        assertThat(object.containsKey("f")).isTrue();
    }

    @Test
    void parse_truncatedInput_namesTheOffset() {
        assertThatThrownBy(() -> Json.parse("[1, 2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid JSON at offset 5: expected ']' but found ''."
                        + " Is the file a complete JMH result (-rf json)?");
    }

    @Test
    void quote_specialCharacters_areEscaped() {
        assertThat(Json.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    }
}
