package org.fazhi.reconsideration;

/** 申请方式 (第二十二条: 书面或者口头; online through the portal). */
public enum Channel {
    ONLINE("网上申请"), IN_PERSON("当面递交"), POST("邮寄"), ORAL("口头申请"), TRANSFERRED("转送");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
