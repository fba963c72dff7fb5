package org.fazhi.normdocs;

import org.fazhi.files.DocumentRequest;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 清理 campaigns (规范性文件清理): a set of documents, each given 保留/修改/废止/宣布失效 with reasons; publishing the campaign
 * applies 废止 and 宣布失效 to the documents and publishes the lists (documents not on the list of valid documents can
 * no longer be relied on — local clean-up rules [S]).
 */
@Service
class Cleanups {

    private final JdbcClient jdbc;
    private final NormdocStore store;
    private final Lifecycle lifecycle;
    private final OrgDirectory org;
    private final OfficialDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cleanups(JdbcClient jdbc, NormdocStore store, Lifecycle lifecycle, OrgDirectory org, OfficialDocuments documents,
             ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.lifecycle = lifecycle;
        this.org = org;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    public record Campaign(long id, String countyCode, long unitId, String name, @Nullable String basis, String status,
                           @Nullable LocalDate publishedOn, @Nullable Long resultDocumentId) {
        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    public record Item(long id, long documentId, String title, @Nullable String number, String unitName,
                       @Nullable CleanupDecision decision, @Nullable String reason) {
        public String decisionLabel() {
            return decision == null ? "待定" : decision.label();
        }
    }

    List<Campaign> list(CurrentUser user) {
        return jdbc.sql("SELECT * FROM nd_cleanup c WHERE " + user.filter().on("c.county_code", "c.unit_id")
                        + " ORDER BY c.id DESC LIMIT 200").params(user.filter().params()).query(Cleanups::campaign).list();
    }

    List<Campaign> published(String countyCode) {
        return jdbc.sql("SELECT * FROM nd_cleanup c WHERE c.county_code = :c AND c.status = 'PUBLISHED' ORDER BY c.published_on DESC, c.id DESC LIMIT 100")
                .param("c", countyCode).query(Cleanups::campaign).list();
    }

    Campaign get(long id, CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>(user.filter().params());
        params.put("id", id);
        return jdbc.sql("SELECT * FROM nd_cleanup c WHERE c.id = :id AND " + user.filter().on("c.county_code", "c.unit_id"))
                .params(params).query(Cleanups::campaign).optional()
                .orElseThrow(() -> BusinessException.notFound("清理不存在或不在您的数据范围内"));
    }

    Campaign publishedCampaign(String countyCode, long id) {
        return jdbc.sql("SELECT * FROM nd_cleanup c WHERE c.id = :id AND c.county_code = :c AND c.status = 'PUBLISHED'")
                .param("id", id).param("c", countyCode).query(Cleanups::campaign).optional()
                .orElseThrow(() -> BusinessException.notFound("清理结果不存在"));
    }

    List<Item> items(long cleanupId) {
        return jdbc.sql("""
                        SELECT i.id, i.document_id, d.title, d.doc_number, u.name, i.decision, i.reason
                        FROM nd_cleanup_item i JOIN nd_document d ON d.id = i.document_id JOIN org_unit u ON u.id = d.unit_id
                        WHERE i.cleanup_id = :c ORDER BY d.published_on, d.id""")
                .param("c", cleanupId)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : CleanupDecision.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }

    @Transactional
    long create(long unitId, String name, @Nullable String basis, CurrentUser user) {
        require(user);
        OrgDirectory.UnitRef unit = org.activeUnit(unitId, user.filter())
                .orElseThrow(() -> BusinessException.notFound("组织单位不存在或不在您的数据范围内"));
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO nd_cleanup (county_code, unit_id, name, basis, status, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, :n, :b, 'OPEN', :now, :by, :now, :by) RETURNING id""")
                .param("c", unit.countyCode()).param("u", unit.id()).param("n", Lifecycle.text(name, "清理名称", 200))
                .param("b", basis == null || basis.isBlank() ? null : Lifecycle.limit(basis.strip(), 1000))
                .param("now", now).param("by", user.username()).query(Long.class).single();
        events.publishEvent(new NormdocChanged(unit.countyCode(), user.username(), "normdocs.cleanup.created", 0,
                "发起规范性文件清理：" + name));
        return id;
    }

    /** Adds every document in force of the user's scope that is not yet in the campaign. */
    @Transactional
    int addDocumentsInForce(long cleanupId, CurrentUser user) {
        Campaign c = open(cleanupId, user);
        Map<String, Object> params = new LinkedHashMap<>(user.filter().params());
        params.put("cid", cleanupId);
        params.put("c", c.countyCode());
        return jdbc.sql("INSERT INTO nd_cleanup_item (county_code, cleanup_id, document_id) SELECT d.county_code, :cid, d.id "
                        + "FROM nd_document d WHERE d.status = 'PUBLISHED' AND d.county_code = :c AND "
                        + user.filter().on("d.county_code", "d.unit_id") + " ON CONFLICT DO NOTHING")
                .params(params).update();
    }

    @Transactional
    void decide(long cleanupId, long itemId, CleanupDecision decision, String reason, CurrentUser user) {
        open(cleanupId, user);
        if (decision == null) {
            throw BusinessException.invalid("请选择处理意见");
        }
        int n = jdbc.sql("UPDATE nd_cleanup_item SET decision = :d, reason = :r WHERE id = :id AND cleanup_id = :c")
                .param("d", decision.name()).param("r", Lifecycle.text(reason, "理由", 1000)).param("id", itemId)
                .param("c", cleanupId).update();
        if (n == 0) {
            throw BusinessException.notFound("清理对象不存在");
        }
    }

    /** 公布清理结果: every item decided; 废止 and 宣布失效 take effect on the documents; the result notice is generated. */
    @Transactional
    OfficialDocument publish(long cleanupId, CurrentUser user) {
        Campaign c = open(cleanupId, user);
        List<Item> items = items(cleanupId);
        if (items.isEmpty()) {
            throw BusinessException.conflict("清理对象为空");
        }
        if (items.stream().anyMatch(i -> i.decision() == null)) {
            throw BusinessException.conflict("还有文件未提出处理意见");
        }
        LocalDate today = LocalDate.now(clock);
        for (Item i : items) {
            if (i.decision() == CleanupDecision.REPEAL || i.decision() == CleanupDecision.DECLARE_INVALID) {
                lifecycle.repeal(i.documentId(), today, c.name() + "：" + i.reason(),
                        i.decision() == CleanupDecision.DECLARE_INVALID, user);
            }
            NormDocument d = store.get(i.documentId(), user.filter());
            store.step(d, StepCode.CLEANUP, today, c.name() + "：" + i.decisionLabel() + "（" + i.reason() + "）", null,
                    user.username());
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("根据" + (c.basis() == null ? "规范性文件清理工作的要求" : c.basis()) + "，现将" + c.name() + "结果公布如下：");
        for (CleanupDecision decision : CleanupDecision.values()) {
            List<Item> group = items.stream().filter(i -> i.decision() == decision).toList();
            if (group.isEmpty()) {
                continue;
            }
            paragraphs.add(decision.label() + "的文件（" + group.size() + "件）：");
            for (Item i : group) {
                paragraphs.add("《" + i.title() + "》（" + (i.number() == null ? "" : i.number()) + "）：" + i.reason());
            }
        }
        paragraphs.add("未列入继续有效目录的规范性文件，不得作为行政管理的依据。");
        OfficialDocument doc = documents.generate(DocumentRequest.letter(c.unitId(), Lifecycle.WORK_DOC_TYPE,
                "关于公布" + c.name() + "结果的通知", "", paragraphs).unnumbered()
                .ownedBy(Lifecycle.MODULE, "nd_cleanup", Long.toString(cleanupId)));
        jdbc.sql("UPDATE nd_cleanup SET status = 'PUBLISHED', published_on = :t, result_document_id = :doc, updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("t", today).param("doc", doc.id()).param("now", Timestamp.from(clock.instant()))
                .param("by", user.username()).param("id", cleanupId).update();
        events.publishEvent(new NormdocChanged(c.countyCode(), user.username(), "normdocs.cleanup.published", 0,
                "公布清理结果：" + c.name()));
        return doc;
    }

    private Campaign open(long id, CurrentUser user) {
        require(user);
        Campaign c = get(id, user);
        if (!c.open()) {
            throw BusinessException.conflict("清理结果已公布，不能再修改");
        }
        return c;
    }

    private static void require(CurrentUser user) {
        if (!user.can("normdocs:cleanup:manage")) {
            throw BusinessException.forbidden("无权组织规范性文件清理");
        }
    }

    private static Campaign campaign(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"), rs.getString("name"),
                rs.getString("basis"), rs.getString("status"), rs.getObject("published_on", LocalDate.class),
                rs.getObject("result_document_id", Long.class));
    }
}
