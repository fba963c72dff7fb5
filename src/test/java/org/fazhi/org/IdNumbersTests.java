package org.fazhi.org;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTests {

    @Test
    @DisplayName("GB 11643 标准示例 11010519491231002X 校验通过，末位小写 x 规范为大写")
    void acceptsTheStandardsExample() {
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.problem("11010519491231002X")).isEmpty();
        assertThat(IdNumbers.isValid(" 11010519491231002x ")).isTrue();
        assertThat(IdNumbers.gender("11010519491231002X")).isEqualTo("女");
    }

    @Test
    @DisplayName("校验码错误、出生日期不存在、位数不对都被拒绝，并给出中文原因")
    void rejectsWrongCheckCharacterDateAndLength() {
        assertThat(IdNumbers.problem("110105194912310021")).hasValueSatisfying(m -> assertThat(m).contains("校验码"));
        String feb30 = "11010519490230002";
        assertThat(IdNumbers.problem(feb30 + IdNumbers.checkCharacter(feb30)))
                .hasValueSatisfying(m -> assertThat(m).contains("出生日期"));
        assertThat(IdNumbers.problem("1101051949123100")).hasValueSatisfying(m -> assertThat(m).contains("18位"));
        assertThat(IdNumbers.problem("11010519491231002Y")).isPresent();
    }

    @Test
    @DisplayName("每一位改错都能被校验码发现")
    void detectsEverySingleDigitError() {
        String valid = "11010519491231002X";
        for (int i = 0; i < 17; i++) {
            char wrong = valid.charAt(i) == '9' ? '0' : (char) (valid.charAt(i) + 1);
            String changed = valid.substring(0, i) + wrong + valid.substring(i + 1);
            assertThat(IdNumbers.isValid(changed)).as("第%d位改错", i + 1).isFalse();
        }
    }

    @Test
    @DisplayName("脱敏只留前4位和后4位")
    void masksTheMiddle() {
        assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Mobiles.mask("13912345678")).isEqualTo("139****5678");
        assertThat(Mobiles.problem("12912345678")).isPresent();
        assertThat(Mobiles.problem("13912345678")).isEmpty();
    }
}
