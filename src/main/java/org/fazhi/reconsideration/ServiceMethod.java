package org.fazhi.reconsideration;

/** 送达方式, following 民事诉讼法 第七章第二节 (applied through 行政复议法第八十八条第一款) and 电子送达 with consent. */
public enum ServiceMethod {
    DIRECT("直接送达"), POST("邮寄送达"), ELECTRONIC("电子送达"), ENTRUSTED("委托送达"), LEFT("留置送达"),
    PUBLIC("公告送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
