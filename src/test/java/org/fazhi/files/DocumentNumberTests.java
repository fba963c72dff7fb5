package org.fazhi.files;

import org.fazhi.shared.BusinessException;
import org.fazhi.shared.DocumentNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 发文字号 rendering and parsing, GB/T 9704-2012 7.2.4. */
class DocumentNumberTests {

    @Test
    @DisplayName("发文字号由代字、六角括号括入的年份全称、顺序号加“号”组成")
    void rendersWithHexagonalBrackets() {
        assertThat(new DocumentNumber("示政复", 2026, 3).render()).isEqualTo("示政复〔2026〕3号");
        assertThat(new DocumentNumber("示政复", 2026, 3).render()).contains("\u3014").contains("\u3015");
    }

    @Test
    void parsesWhatItRenders() {
        DocumentNumber number = DocumentNumber.parse(" 示政复〔2026〕12号 ");
        assertThat(number).isEqualTo(new DocumentNumber("示政复", 2026, 12));
        assertThat(DocumentNumber.parse(number.render())).isEqualTo(number);
    }

    @Test
    @DisplayName("年份应使用六角括号〔〕，不能用【】、[]、（）")
    void rejectsOtherBrackets() {
        for (String wrong : new String[]{"示政复【2026】3号", "示政复[2026]3号", "示政复（2026）3号", "示政复(2026)3号"}) {
            assertThatThrownBy(() -> DocumentNumber.parse(wrong))
                    .isInstanceOf(BusinessException.class).hasMessageContaining("六角括号");
        }
    }

    @Test
    @DisplayName("顺序号不编虚位、不加“第”字，年份标全称")
    void rejectsLeadingZerosOrdinalAndShortYear() {
        assertThatThrownBy(() -> DocumentNumber.parse("示政复〔2026〕03号")).hasMessageContaining("虚位");
        assertThatThrownBy(() -> DocumentNumber.parse("示政复〔2026〕第3号")).hasMessageContaining("第");
        assertThatThrownBy(() -> DocumentNumber.parse("示政复〔26〕3号")).hasMessageContaining("全称");
        assertThatThrownBy(() -> DocumentNumber.parse("示政复2026年3号")).hasMessageContaining("格式不正确");
        assertThatThrownBy(() -> DocumentNumber.parse(null)).isInstanceOf(BusinessException.class);
    }

    @Test
    void rejectsImpossibleParts() {
        assertThatThrownBy(() -> new DocumentNumber("", 2026, 1)).hasMessageContaining("代字");
        assertThatThrownBy(() -> new DocumentNumber("示政 复", 2026, 1)).hasMessageContaining("代字");
        assertThatThrownBy(() -> new DocumentNumber("示政复", 2026, 0)).hasMessageContaining("从 1 开始");
        assertThatThrownBy(() -> new DocumentNumber("示政复", 26, 1)).hasMessageContaining("四位");
    }

    @Test
    @DisplayName("成文日期用阿拉伯数字标全年月日，月日不编虚位")
    void formatsDocumentDate() {
        assertThat(ChineseDates.format(java.time.LocalDate.of(2026, 11, 22))).isEqualTo("2026年11月22日");
        assertThat(ChineseDates.format(java.time.LocalDate.of(2026, 3, 1))).isEqualTo("2026年3月1日");
    }
}
