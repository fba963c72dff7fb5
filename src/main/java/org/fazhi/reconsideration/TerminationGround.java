package org.fazhi.reconsideration;

/** 终止事由: the items of 《中华人民共和国行政复议法》第四十一条. */
public enum TerminationGround {
    WITHDRAWN("第一项", "申请人撤回行政复议申请，行政复议机构准予撤回"),
    NO_HEIRS("第二项", "作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利"),
    NO_SUCCESSOR("第三项", "作为申请人的法人或者其他组织终止，没有权利义务承受人或者其权利义务承受人放弃行政复议权利"),
    CRIMINAL("第四项", "申请人对行政拘留或者限制人身自由的行政强制措施不服申请行政复议后，因同一违法行为涉嫌犯罪，被采取刑事强制措施"),
    SUSPENSION_LAPSED("第五项", "依照本法第三十九条第一款第一项、第二项、第四项的规定中止行政复议满六十日，中止的原因仍未消除");

    private final String item;
    private final String text;

    TerminationGround(String item, String text) {
        this.item = item;
        this.text = text;
    }

    public String item() {
        return item;
    }

    public String text() {
        return text;
    }

    public String label() {
        return "第四十一条" + item + "：" + text;
    }
}
