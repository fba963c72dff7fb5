package org.fazhi.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Sm3UnitTests {

    @Test
    @DisplayName("SM3(\"abc\") 与 GB/T 32905-2016 附录 A 示例 1 一致")
    void matchesTheStandardTestVectorForAbc() {
        assertThat(Sm3.hex("abc"))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    @DisplayName("SM3 对 64 字节消息与标准示例 2 一致")
    void matchesTheStandardTestVectorForSixtyFourBytes() {
        assertThat(Sm3.hex("abcd".repeat(16)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void hashesChineseAsUtf8() {
        assertThat(Sm3.hex("登录成功")).isEqualTo(Sm3.hex("登录成功".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasSize(64).matches("[0-9a-f]{64}");
    }
}
