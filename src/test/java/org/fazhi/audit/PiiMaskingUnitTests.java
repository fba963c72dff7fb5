package org.fazhi.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiMaskingUnitTests {

    @Test
    @DisplayName("18 位身份证号保留前 6 后 4 位")
    void masksIdNumbers() {
        assertThat(PiiMasking.mask("申请人身份证号110101199003071234已核验"))
                .isEqualTo("申请人身份证号110101********1234已核验");
        assertThat(PiiMasking.mask("11010119900307123X")).isEqualTo("110101********123X");
    }

    @Test
    @DisplayName("11 位手机号保留前 3 后 4 位，含 +86 前缀")
    void masksMobileNumbers() {
        assertThat(PiiMasking.mask("联系电话13812345678，备用+8613912345678"))
                .isEqualTo("联系电话138****5678，备用+86139****5678");
    }

    @Test
    @DisplayName("更长的数字串、普通编号和短文本不受影响")
    void leavesOtherNumbersAlone() {
        assertThat(PiiMasking.mask("案号 2025000000000000000001")).isEqualTo("案号 2025000000000000000001");
        assertThat(PiiMasking.mask("记录 12345678901")).isEqualTo("记录 12345678901");
        assertThat(PiiMasking.mask("登录成功")).isEqualTo("登录成功");
        assertThat(PiiMasking.mask(null)).isNull();
    }
}
