package org.fazhi.normdocs;

import org.fazhi.org.CountySettings;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.review.ReviewKind;
import org.fazhi.review.ReviewRequests;
import org.fazhi.review.ReviewSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo records of the module for the demo county (示范数据): a published market-related document with its filings, a
 * draft open for public comment on the portal, a draft in legality review assigned to the demo reviewer, and a contract
 * review. Created through the module's own services, once, when the county has no documents yet.
 */
@Component
@Order(40)
class NormdocsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NormdocsDemo.class);

    private final boolean enabled;
    private final CountySettings county;
    private final JdbcClient jdbc;
    private final Lifecycle lifecycle;
    private final ReviewRequests reviews;

    NormdocsDemo(@Value("${fazhi.demo.enabled:true}") boolean enabled, CountySettings county, JdbcClient jdbc,
                 Lifecycle lifecycle, ReviewRequests reviews) {
        this.enabled = enabled;
        this.county = county;
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
        this.reviews = reviews;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Integer existing = jdbc.sql("SELECT count(*) FROM nd_document WHERE county_code = :c").param("c", county.code())
                .query(Integer.class).single();
        Optional<Long> market = unit("示范县市场监督管理局");
        Optional<Long> civil = unit("示范县民政局");
        Optional<Long> justice = unit("示范县司法局");
        if (existing > 0 || market.isEmpty() || civil.isEmpty() || justice.isEmpty()) {
            return;
        }
        CurrentUser demo = demoUser(county.code(), justice.get());
        LocalDate today = lifecycle.today();

        long published = lifecycle.propose(new Lifecycle.Proposal(market.get(), DocKind.NORMATIVE,
                "示范县市场监督管理局关于进一步规范个体工商户登记服务的若干措施", "落实《优化营商环境条例》，压减登记材料和时限",
                true, false, null), demo);
        lifecycle.addVersion(published, DemoTexts.MARKET_DRAFT, "初稿", demo);
        lifecycle.addVersion(published, DemoTexts.MARKET_FINAL, "根据征求意见和合法性审核意见修改", demo);
        lifecycle.openComment(published, today.minusDays(60), today.minusDays(20), demo);
        lifecycle.closeComment(published, "征求意见期间未收到意见。", demo);
        lifecycle.fairReview(published, true, "本措施不涉及市场准入和退出限制，不限定经营、购买、使用特定经营者提供的商品和服务，不设置地域壁垒。", demo);
        lifecycle.submitReview(published, demo); // the review module's demo passes it; NormdocsDemoFinish issues it

        long commenting = lifecycle.propose(new Lifecycle.Proposal(civil.get(), DocKind.NORMATIVE,
                "示范县城乡居民最低生活保障审核确认办法", "规范最低生活保障审核确认，保障困难群众基本生活", false, false, null), demo);
        lifecycle.addVersion(commenting, DemoTexts.MINIMUM_LIVING, "初稿", demo);
        lifecycle.openComment(commenting, today, lifecycle.commentMinimum(storeDoc(commenting), today).due().plusDays(7),
                demo);

        long inReview = lifecycle.propose(new Lifecycle.Proposal(market.get(), DocKind.NORMATIVE,
                "示范县农贸市场经营秩序管理办法（试行）", "规范农贸市场经营秩序", true, true, null), demo);
        lifecycle.addVersion(inReview, DemoTexts.MARKET_ORDER, "初稿", demo);
        lifecycle.openComment(inReview, today.minusDays(45), today.minusDays(10), demo);
        lifecycle.closeComment(inReview, "征求意见期间未收到意见。", demo);
        lifecycle.fairReview(inReview, true, "经审查，未发现排除、限制竞争的内容。", demo);
        lifecycle.submitReview(inReview, demo);

        reviews.submit(ReviewSubmission.of("review", "direct", "demo-contract-1", justice.get(), ReviewKind.CONTRACT,
                "示范县司法局公共法律服务中心物业服务合同", DemoTexts.CONTRACT, null));
        log.info("示范县规范性文件与合法性审查示范数据已生成");
    }

    /** The acting user of the demo data: county scope, the module's permissions. */
    static CurrentUser demoUser(String countyCode, long unitId) {
        return new CurrentUser(0, "demo", "示范数据", countyCode, unitId, "示范县司法局", "/", DataScope.COUNTY,
                Set.of("COORDINATOR"), Set.of("normdocs:document:draft", "normdocs:document:issue",
                "normdocs:filing:receipt", "normdocs:cleanup:manage"));
    }

    private NormDocument storeDoc(long id) {
        return jdbc.sql("SELECT " + NormDocument.COLUMNS + NormDocument.FROM + " WHERE d.id = :id").param("id", id)
                .query(NormDocument::map).single();
    }

    private Optional<Long> unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND name = :n AND status = 'ACTIVE'")
                .param("c", county.code()).param("n", name).query(Long.class).optional();
    }
}
