package org.fazhi.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonUnitTests {

    private static final Instant AT = Instant.parse("2025-03-03T01:02:03.000450Z");

    @Test
    @DisplayName("字段按调用顺序输出，无空白")
    void keepsFieldOrderWithoutWhitespace() {
        String json = CanonicalJson.object().field("b", 1).field("a", "x").field("c", null).field("d", true).build();
        assertThat(json).isEqualTo("{\"b\":1,\"a\":\"x\",\"c\":null,\"d\":true}");
    }

    @Test
    @DisplayName("时间一律为 UTC、6 位小数、以 Z 结尾")
    void writesTimestampsInUtcWithMicroseconds() {
        assertThat(CanonicalJson.timestamp(AT)).isEqualTo("2025-03-03T01:02:03.000450Z");
        assertThat(CanonicalJson.timestamp(Instant.parse("2025-03-03T00:00:00Z"))).isEqualTo("2025-03-03T00:00:00.000000Z");
        assertThat(CanonicalJson.timestamp(Instant.parse("2025-03-03T00:00:00.123456789Z")))
                .isEqualTo("2025-03-03T00:00:00.123456Z");
    }

    @Test
    @DisplayName("只转义引号、反斜杠和控制字符；中文原样输出")
    void escapesOnlyQuotesBackslashesAndControlCharacters() {
        assertThat(CanonicalJson.value("引号\"反斜杠\\换行\n制表\t/斜杠\u0001"))
                .isEqualTo("\"引号\\\"反斜杠\\\\换行\\u000a制表\\u0009/斜杠\\u0001\"");
    }

    @Test
    @DisplayName("映射按键排序，与插入顺序无关")
    void sortsMapKeys() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("z", 1);
        first.put("a", List.of("x", 2));
        first.put("m", Map.of("y", 1, "b", 2));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("m", Map.of("b", 2, "y", 1));
        second.put("a", List.of("x", 2));
        second.put("z", 1);
        assertThat(CanonicalJson.value(first)).isEqualTo(CanonicalJson.value(second))
                .isEqualTo("{\"a\":[\"x\",2],\"m\":{\"b\":2,\"y\":1},\"z\":1}");
    }

    @Test
    void writesNumbersPlainly() {
        assertThat(CanonicalJson.value(Arrays.asList(12L, new BigDecimal("1.50"), 1e10, Double.NaN, null)))
                .isEqualTo("[12,1.5,10000000000,\"NaN\",null]");
    }

    @Test
    @DisplayName("规范化 JSON 含除两个哈希外的全部字段，顺序固定；details 作为字符串嵌入")
    void canonicalEntryHasEveryFieldButTheHashesInFixedOrder() {
        AuditEntry entry = new AuditEntry(7, "990121", 3, AT, "admin", "org.account.login", "org_account", "admin",
                "登录成功", "{\"k\":1}", "127.0.0.1", EntryHash.GENESIS, "ignored");
        assertThat(EntryHash.canonical(entry)).isEqualTo("{\"countyCode\":\"990121\",\"seq\":3,\"id\":7,"
                + "\"occurredAt\":\"2025-03-03T01:02:03.000450Z\",\"actor\":\"admin\",\"action\":\"org.account.login\","
                + "\"objectType\":\"org_account\",\"objectId\":\"admin\",\"summary\":\"登录成功\","
                + "\"details\":\"{\\\"k\\\":1}\",\"clientIp\":\"127.0.0.1\"}");
    }

    @Test
    @DisplayName("哈希 = SM3(上一条哈希 ‖ 规范化 JSON)，任何字段改动都会改变哈希")
    void hashChainsThePreviousHashAndTheCanonicalJson() {
        AuditEntry entry = new AuditEntry(7, "990121", 1, AT, "admin", "org.account.login", "org_account", "admin",
                "登录成功", null, null, EntryHash.GENESIS, "");
        String hash = EntryHash.of(EntryHash.GENESIS, entry);
        assertThat(hash).isEqualTo(Sm3.hex(EntryHash.GENESIS + EntryHash.canonical(entry)));
        assertThat(EntryHash.sealed(entry).hash()).isEqualTo(hash);

        AuditEntry altered = new AuditEntry(7, "990121", 1, AT, "admin", "org.account.login", "org_account", "admin",
                "登录失败", null, null, EntryHash.GENESIS, "");
        assertThat(EntryHash.of(EntryHash.GENESIS, altered)).isNotEqualTo(hash);
        assertThat(EntryHash.of("1".repeat(64), entry)).isNotEqualTo(hash);
    }
}
