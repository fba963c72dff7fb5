package org.fazhi.reconsideration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo-county units and JSON bodies the reconsideration tests share. */
final class ReconFixtures {

    static final String MARKET = "示范县市场监督管理局";
    static final String NATURAL_RESOURCES = "示范县自然资源局";

    private ReconFixtures() {
    }

    static long unit(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND name = :name")
                .param("name", name).query(Long.class).single();
    }

    static String application(long respondent, String applicant, String receivedOn) {
        return """
                {"channel":"IN_PERSON","respondentUnitId":%d,
                 "applicants":[{"kind":"PERSON","name":"%s","idNumber":"110101199003077777","phone":"13800138000","address":"城关镇人民路8号"}],
                 "request":"请求撤销被申请人作出的行政处罚决定","facts":"被申请人认定事实不清，适用法律错误。",
                 "actType":"行政处罚","actNumber":"示市监罚〔2025〕12号","actTitle":"行政处罚决定书",
                 "actDate":"%s","knownOn":"%s","receivedOn":"%s","field":"市场监管","amountYuan":2000}"""
                .formatted(respondent, applicant, receivedOn, receivedOn, receivedOn);
    }
}
