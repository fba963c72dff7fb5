package org.fazhi.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlArraysTests {

    @Test
    void quotesEveryElementEscapesQuotesAndBackslashesAndWritesNullBare() {
        assertThat(SqlArrays.literal(Arrays.asList("示市监罚〔2025〕1号", "a\"b", "c\\d", null, "x,y}")))
                .isEqualTo("{\"示市监罚〔2025〕1号\",\"a\\\"b\",\"c\\\\d\",NULL,\"x,y}\"}");
        assertThat(SqlArrays.literal(List.of(1L, 22L))).isEqualTo("{\"1\",\"22\"}");
        assertThat(SqlArrays.literal(List.of(LocalDate.of(2025, 10, 15)))).isEqualTo("{\"2025-10-15\"}");
        assertThat(SqlArrays.literal(List.of())).isEqualTo("{}");
    }
}
