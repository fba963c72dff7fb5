package org.fazhi.org;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodesTests {

    @Test
    @DisplayName("GB 32100 示例代码 91350100M000100Y43 校验通过")
    void acceptsTheStandardsExample() {
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCodes.problem("91350100M000100Y43")).isEmpty();
        assertThat(CreditCodes.isValid(" 91350100m000100y43 ")).isTrue();
    }

    @Test
    @DisplayName("校验码错误、含 I/O/Z/S/V、位数不对、区划码非数字都被拒绝")
    void rejectsBadCodes() {
        assertThat(CreditCodes.problem("91350100M000100Y44")).hasValueSatisfying(m -> assertThat(m).contains("校验码"));
        assertThat(CreditCodes.problem("91350100M000100I43")).hasValueSatisfying(m -> assertThat(m).contains("第16位"));
        assertThat(CreditCodes.problem("9135010M000100Y43")).hasValueSatisfying(m -> assertThat(m).contains("18位"));
        assertThat(CreditCodes.problem("913A0100M000100Y43")).isPresent();
    }

    @Test
    @DisplayName("加权和恰为31的倍数时校验码为 0，而不是第32个字符")
    void checkCharacterWrapsToZero() {
        int zeros = 0;
        for (int n = 0; n < 2_000; n++) {
            String body = "11990121" + String.format("%09d", n);
            char check = CreditCodes.checkCharacter(body);
            assertThat(CreditCodes.isValid(body + check)).isTrue();
            zeros += check == '0' ? 1 : 0;
        }
        assertThat(zeros).isPositive();
    }
}
