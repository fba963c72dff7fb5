package org.fazhi.reconsideration;

/** 中止事由: the items of 《中华人民共和国行政复议法》第三十九条第一款. */
public enum SuspensionGround {
    DEATH("第一项", "作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议"),
    INCAPACITY("第二项", "作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人参加行政复议"),
    MISSING("第三项", "作为申请人的公民下落不明"),
    ENTITY_ENDED("第四项", "作为申请人的法人或者其他组织终止，尚未确定权利义务承受人"),
    FORCE_MAJEURE("第五项", "申请人、被申请人因不可抗力或者其他正当理由，不能参加行政复议"),
    MEDIATION("第六项", "依照本法规定进行调解、和解，申请人和被申请人同意中止"),
    INTERPRETATION("第七项", "行政复议案件涉及的法律适用问题需要有权机关作出解释或者确认"),
    RELATED_CASE("第八项", "行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结"),
    INCIDENTAL_REVIEW("第九项", "有本法第五十六条或者第五十七条规定的情形"),
    OTHER("第十项", "需要中止行政复议的其他情形");

    private final String item;
    private final String text;

    SuspensionGround(String item, String text) {
        this.item = item;
        this.text = text;
    }

    public String item() {
        return item;
    }

    public String text() {
        return text;
    }

    /** Items 1, 2 and 4: after 60 days of suspension on these the case ends (第四十一条第五项). */
    boolean lapsesAfterSixtyDays() {
        return this == DEATH || this == INCAPACITY || this == ENTITY_ENDED;
    }

    public String label() {
        return "第三十九条第一款" + item + "：" + text;
    }
}
