package org.fazhi.disclosure;

/**
 * How an application arrived (申请渠道) and which day therefore counts as 收到申请之日
 * (《中华人民共和国政府信息公开条例》第三十一条).
 */
public enum Channel {
    /** 当面提交: the day of submission (第三十一条第（一）项). */
    IN_PERSON("当面提交", "提交日期", "申请人当面提交的，以提交之日为收到申请之日（第三十一条第（一）项）"),
    /** 邮政特快专递、挂号信: the day the agency signs for it (第三十一条第（二）项). */
    REGISTERED_POST("邮政特快专递、挂号信", "签收日期", "以邮政特快专递、挂号信等需要签收的邮寄方式提交的，以行政机关签收之日为收到申请之日（第三十一条第（二）项）"),
    /** 平常信函: the day the agency confirms with the applicant (第三十一条第（二）项). */
    ORDINARY_LETTER("平常信函", "确认日期", "以平常信函等无需签收的邮寄方式提交的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日（第三十一条第（二）项）"),
    /** 互联网渠道: the day both sides confirm (第三十一条第（三）项). */
    PORTAL("互联网在线申请", "双方确认日期", "通过互联网渠道提交的，以双方确认之日为收到申请之日（第三十一条第（三）项）"),
    /** 传真: the day both sides confirm. */
    FAX("传真", "双方确认日期", "通过传真提交的，以双方确认之日为收到申请之日（第三十一条第（三）项）"),
    /** 电子邮件: the day both sides confirm. */
    EMAIL("电子邮件", "双方确认日期", "通过电子邮件提交的，以双方确认之日为收到申请之日（第三十一条第（三）项）");

    private final String label;
    private final String dateLabel;
    private final String rule;

    Channel(String label, String dateLabel, String rule) {
        this.label = label;
        this.dateLabel = dateLabel;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    /** What the date entered for this channel is: the day of submission, signature or confirmation. */
    public String dateLabel() {
        return dateLabel;
    }

    /** The rule of 第三十一条 that makes that date the receipt date. */
    public String rule() {
        return rule;
    }
}
