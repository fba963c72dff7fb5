package org.fazhi.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The body of the 合法性审核意见书: what was reviewed, the conclusion, each opinion with its basis, what to do next. */
final class OpinionLetter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private OpinionLetter() {
    }

    static List<String> paragraphs(ReviewRequestView r, ReviewOutcome outcome, String conclusion,
                                   List<ReviewOpinion> opinions) {
        List<String> p = new ArrayList<>();
        p.add("你单位于" + DATE.format(r.receivedOn()) + "报送的《" + r.title() + "》（以下简称送审稿）及有关材料收悉。"
                + "根据" + basis(r.kind()) + "的规定，我局对送审稿的制定主体、权限、程序和内容进行了合法性审核，现提出意见如下：");
        p.add("一、审核结论：" + outcome.label() + "。" + conclusion);
        if (!opinions.isEmpty()) {
            p.add("二、具体修改意见：");
            for (ReviewOpinion o : opinions) {
                StringBuilder line = new StringBuilder("（" + o.seq() + "）");
                if (o.quotedText() != null) {
                    line.append("送审稿“").append(o.quotedText()).append("”：");
                }
                line.append(o.opinion());
                if (o.basis() != null) {
                    line.append("（依据：").append(o.basis()).append("）");
                }
                p.add(line.toString());
            }
        }
        p.add((opinions.isEmpty() ? "二、" : "三、") + "请你单位对上述意见逐条研究，并在本平台反馈采纳情况；部分采纳或者不予采纳的，应当说明理由。");
        if (outcome == ReviewOutcome.FAILED) {
            p.add("送审稿未通过合法性审核，依照国办发〔2018〕115号关于未经合法性审核或者经审核不合法的不得提交集体审议的要求，"
                    + "不得提交集体审议；修改后可重新送审。");
        } else {
            p.add("本意见书仅对送审稿的合法性提出意见，送审稿的合理性、可行性由起草单位负责。");
        }
        return p;
    }

    private static String basis(ReviewKind kind) {
        return switch (kind) {
            case NORMATIVE_DOCUMENT -> "《优化营商环境条例》第六十三条和国办发〔2018〕115号";
            case MAJOR_DECISION -> "《重大行政决策程序暂行条例》第二十四条至第二十八条";
            case ENFORCEMENT_DECISION -> "《中华人民共和国行政处罚法》第五十八条";
            case CONTRACT, OTHER -> "《法治政府建设实施纲要（2021－2025年）》关于合法性审查的要求";
        };
    }
}
