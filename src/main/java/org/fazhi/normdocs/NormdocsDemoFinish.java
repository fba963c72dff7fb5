package org.fazhi.normdocs;

import org.fazhi.org.CountySettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Second half of the demo (示范数据): once the review module's demo has passed the first demo draft (order 45), it is
 * deliberated, numbered, published and filed with the 人大常委会, so the library and the filing lights have a record.
 */
@Component
@Order(50)
class NormdocsDemoFinish implements ApplicationRunner {

    private final boolean enabled;
    private final CountySettings county;
    private final JdbcClient jdbc;
    private final Lifecycle lifecycle;

    NormdocsDemoFinish(@Value("${fazhi.demo.enabled:true}") boolean enabled, CountySettings county, JdbcClient jdbc,
                       Lifecycle lifecycle) {
        this.enabled = enabled;
        this.county = county;
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        List<long[]> passed = jdbc.sql("""
                        SELECT d.id, d.unit_id FROM nd_document d WHERE d.county_code = :c AND d.created_by = 'demo'
                        AND d.status = 'REVIEW_PASSED' ORDER BY d.id""")
                .param("c", county.code()).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
        LocalDate today = lifecycle.today();
        for (long[] row : passed) {
            var demo = NormdocsDemo.demoUser(county.code(), row[1]);
            lifecycle.deliberate(row[0], "局务会议", today, true, null, demo);
            lifecycle.register(row[0], new Lifecycle.Registration("局长", today, today, 5, null), demo);
            lifecycle.publish(row[0], today, "示范县人民政府门户网站", demo);
            lifecycle.submitFiling(row[0], FilingTarget.NPC, today, List.of("备案报告", "正式文本", "起草说明", "合法性审核意见书"), demo);
        }
    }
}
