package org.fazhi.reconsideration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Published decisions carry no personal data. */
class RedactionUnitTests {

    @Test
    void removesNamesIdsPhonesAndAddresses() {
        List<CaseView.Party> parties = List.of(
                new CaseView.Party(1, "APPLICANT", "PERSON", "张三丰", "110101199003077777", "13800138000", "城关镇人民路8号"),
                new CaseView.Party(2, "APPLICANT", "ORGANISATION", "示范县某某商贸有限公司", null, null, null),
                new CaseView.Party(3, "AGENT", "PERSON", "欧阳小明", null, null, null));
        String text = "申请人：张三丰，身份证号110101199003077777，住城关镇人民路8号，电话13800138000；"
                + "示范县某某商贸有限公司；委托代理人欧阳小明；另一号码13912345678，座机0371-12345678，证件11010119850101123X。";
        String redacted = Redaction.redact(text, parties);
        assertThat(redacted).doesNotContain("张三丰", "110101199003077777", "城关镇人民路8号", "13800138000",
                "欧阳小明", "13912345678", "12345678", "11010119850101123X");
        assertThat(redacted).contains("张某", "欧阳某", "示范县某某商贸有限公司", "（地址略）", "（电话略）", "（证件号码略）");
    }
}
