package org.fazhi.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The review assistant's rules: sentences that must be flagged, and ordinary sentences that must be left alone. */
class ReviewAssistantUnitTests {

    private final ReviewAssistant assistant = new ReviewAssistant(
            Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    private List<String> rules(String sentence) {
        return assistant.scan(sentence).stream().map(ReviewAssistant.Finding::ruleCode).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "对违反本办法第四条规定的经营户，由县市场监督管理局处以500元以上2000元以下罚款。|PENALTY",
            "逾期不改正的，没收违法所得并吊销其营业执照。|PENALTY",
            "从事农产品批发经营的，须经县商务局批准。|LICENCE",
            "未取得县住建局核发的许可证，不得从事建筑垃圾运输。|LICENCE",
            "拒不拆除的，由县综合执法局强制拆除，费用由当事人承担。|COERCION",
            "逾期不缴纳的，每日按罚款数额的百分之三加处罚款。|COERCION",
            "入驻企业应当向管委会缴纳管理费和保证金。|FEE",
            "申请人还应当提交无犯罪记录证明和本地社保缴纳证明。|CONDITION",
            "经营者不得在夜间十时后营业。|RIGHTS",
            "辖区内用人单位必须参加县人力资源市场组织的招聘会。|OBLIGATION",
            "政府投资项目应当优先采购本县企业生产的建材产品。|COMPETITION",
            "外地企业参加本县工程投标的，应当在本县设立分支机构。|COMPETITION"})
    void flagsSentencesThatNeedACloseLook(String sentence, String rule) {
        assertThat(rules(sentence)).contains(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "本办法自2026年1月1日起施行。",
            "县市场监督管理局负责本办法的组织实施。",
            "违反本办法规定的，依照《中华人民共和国食品安全法》的有关规定处理。",
            "行政机关不得违法向企业收取费用。",
            "鼓励企业参加职业技能培训。",
            "各部门应当加强协作，提高服务效率。",
            "申请材料齐全、符合法定形式的，登记机关应当当场予以登记。",
            "任何单位和个人不得擅自泄露申请人的个人信息。"})
    void leavesOrdinarySentencesAlone(String sentence) {
        assertThat(assistant.scan(sentence)).isEmpty();
    }

    @Test
    void everyRuleCitesItsBasis() {
        assertThat(ScanRules.RULES).allSatisfy(rule -> assertThat(rule.basis()).containsPattern("《.+》|国办发"));
    }

    @Test
    void findingsNameTheSentence() {
        var findings = assistant.scan("第一条 为规范管理，制定本办法。\n第二条 违者处200元罚款。");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.sentenceNo()).isEqualTo(2);
            assertThat(f.sentence()).isEqualTo("第二条 违者处200元罚款。");
            assertThat(f.basis()).contains("行政处罚法》第十六条");
        });
    }

    @Test
    void flagsRepealedAndSupersededCitations() {
        var flags = assistant.checkCitations("根据《法规规章备案条例》和《中华人民共和国行政复议法》（2017年修正），制定本办法。"
                + "依据《中华人民共和国合同法》订立。");
        assertThat(flags).extracting(ReviewAssistant.CitationFlag::lawName)
                .containsExactly("法规规章备案条例", "行政复议法", "合同法");
        assertThat(flags.get(0).problem()).contains("2024-11-01 废止").contains("法规规章备案审查条例");
        assertThat(flags.get(1).problem()).contains("2023年修订");
        assertThat(flags.get(2).problem()).contains("民法典");
    }

    @Test
    void leavesCurrentCitationsAlone() {
        assertThat(assistant.checkCitations("根据《中华人民共和国行政许可法》《优化营商环境条例》制定本办法。")).isEmpty();
    }

    @Test
    void repealIsJudgedOnTheDayOfTheCheck() {
        ReviewAssistant before = new ReviewAssistant(Clock.fixed(Instant.parse("2024-10-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        assertThat(before.checkCitations("根据《法规规章备案条例》制定。")).isEmpty();
    }
}
