package org.fazhi.review;

import org.fazhi.org.CountySettings;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Demo work of the review queue (示范数据), after the case modules' demos have submitted (order 40): the first demo
 * request is reviewed by the demo reviewer {@code shencha} and passed with one opinion, which the drafter adopts; the
 * second is assigned to {@code shencha} and waits on the worklist; the rest stay with the coordinator for assignment.
 */
@Component
@Order(45)
class ReviewDemo implements ApplicationRunner {

    private final boolean enabled;
    private final CountySettings county;
    private final JdbcClient jdbc;
    private final ReviewWork work;

    ReviewDemo(@Value("${fazhi.demo.enabled:true}") boolean enabled, CountySettings county, JdbcClient jdbc,
               ReviewWork work) {
        this.enabled = enabled;
        this.county = county;
        this.jdbc = jdbc;
        this.work = work;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Integer worked = jdbc.sql("SELECT count(*) FROM rv_request WHERE county_code = :c AND status <> 'RECEIVED'")
                .param("c", county.code()).query(Integer.class).single();
        if (worked > 0) {
            return;
        }
        List<Long> open = jdbc.sql("SELECT id FROM rv_request WHERE county_code = :c AND status = 'RECEIVED' AND created_by = 'system' ORDER BY id")
                .param("c", county.code()).query(Long.class).list();
        if (open.size() < 2) {
            return;
        }
        CurrentUser coordinator = new CurrentUser(0, "demo", "示范数据", county.code(), null, "", "/", DataScope.COUNTY,
                Set.of("COORDINATOR"), Set.of("review:request:view", "review:request:assign", "review:request:review",
                "review:opinion:respond", "review:request:submit"));
        work.assign(open.get(0), "shencha", coordinator);
        work.addOpinion(open.get(0), "登记机关可以要求申请人另行提交住所使用证明",
                "《市场主体登记管理条例》及其实施细则已规定住所（经营场所）材料，规范性文件不得另行增加证明材料，建议删除。",
                "国办发〔2018〕37号（不得增加行政许可条件，不得规定出具循环证明、重复证明、无谓证明）", coordinator);
        work.conclude(open.get(0), ReviewOutcome.PASSED_WITH_CHANGES, "送审稿制定主体适格，程序符合规定，按意见修改后可以提交审议。",
                coordinator);
        work.opinions(open.get(0)).forEach(o -> work.respond(o.id(), ReviewOpinion.Response.ADOPTED, null, coordinator));
        work.assign(open.get(1), "shencha", coordinator);
    }
}
