package org.fazhi.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.files.DocumentRequest;
import org.fazhi.files.DocumentTypes;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates the letters of a request as GB/T 9704 documents (文书) through {@code files.OfficialDocuments} and records
 * them in {@code disc_letter}. The bodies are written from 《中华人民共和国政府信息公开条例》: each cites its article and
 * tells the applicant the remedy (救济途径); a 不予公开 reply says that reconsideration must come first
 * (《中华人民共和国行政复议法》第二十三条第一款第（四）项).
 */
@Component
@Order(5)
public class DisclosureLetters implements ApplicationRunner {

    static final String REPLY_TYPE = "disc-reply";
    static final String NOTICE_TYPE = "disc-notice";
    static final String REPORT_TYPE = "disc-report";
    static final String ACT = "《中华人民共和国政府信息公开条例》";

    private final OfficialDocuments documents;
    private final DocumentTypes types;
    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final Clock clock;

    DisclosureLetters(OfficialDocuments documents, DocumentTypes types, OrgDirectory org, JdbcClient jdbc, Clock clock) {
        this.documents = documents;
        this.types = types;
        this.org = org;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        types.declare(REPLY_TYPE, "政府信息公开申请答复书", "依申公开");
        types.declare(NOTICE_TYPE, "政府信息公开告知书", "公开告");
        types.declare(REPORT_TYPE, "政府信息公开工作年度报告", "");
    }

    /** Generates a letter to the applicant (or, for a consultation, to the party) and records it. */
    Letter issue(DisclosureRequest r, LetterKind kind, String recipient, List<String> body, LocalDate on,
                 boolean publicLetter, String actor) {
        String title = "关于" + r.applicantName() + "政府信息公开申请的" + shortName(kind) + "（申请编号：" + r.number() + "）";
        if (kind == LetterKind.CONSULTATION) {
            title = "政府信息公开征求意见书（申请编号：" + r.number() + "）";
        }
        OfficialDocument doc = documents.generate(DocumentRequest.letter(r.unitId(), kind.docType(), title, recipient, body)
                .datedOn(on).ownedBy("disclosure", "disc_request", Long.toString(r.id())));
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO disc_letter (county_code, unit_id, request_id, kind, document_id, title, number_text,
                            issued_on, public, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :request, :kind, :doc, :title, :number, :on, :public, :at, :by, :at, :by)
                        RETURNING id""")
                .param("county", r.countyCode()).param("unit", r.unitId()).param("request", r.id())
                .param("kind", kind.name()).param("doc", doc.id()).param("title", doc.title())
                .param("number", doc.number()).param("on", on).param("public", publicLetter).param("at", now)
                .param("by", actor).query(Long.class).single();
        return new Letter(id, r.id(), kind.name(), doc.id(), doc.title(), doc.number(), on, publicLetter, null, null, null);
    }

    List<Letter> letters(long requestId, boolean publicOnly) {
        return jdbc.sql("SELECT id, request_id, kind, document_id, title, number_text, issued_on, public, served_on, "
                        + "service_method, service_note FROM disc_letter WHERE request_id = :id"
                        + (publicOnly ? " AND public" : "") + " ORDER BY id")
                .param("id", requestId)
                .query((rs, n) -> new Letter(rs.getLong("id"), rs.getLong("request_id"), rs.getString("kind"),
                        rs.getLong("document_id"), rs.getString("title"), rs.getString("number_text"),
                        RequestStore.date(rs, "issued_on"), rs.getBoolean("public"), RequestStore.date(rs, "served_on"),
                        rs.getString("service_method"), rs.getString("service_note")))
                .list();
    }

    private static String shortName(LetterKind kind) {
        return switch (kind) {
            case REPLY -> "答复";
            case CURE_NOTICE -> "补正告知书";
            case EXTENSION_NOTICE -> "延长答复期限告知书";
            case DELAY_NOTICE -> "延迟答复告知书";
            case REASONS_REQUEST -> "说明理由通知书";
            case FEE_NOTICE -> "信息处理费收费通知书";
            case TERMINATION -> "终止处理告知书";
            case CONSULTATION -> "征求意见书";
        };
    }

    /** The opening sentence every letter to the applicant shares. */
    static String received(DisclosureRequest r) {
        return "本机关于" + cn(r.receivedOn()) + "收到您（单位）通过" + r.channel().label() + "方式提出的政府信息公开申请"
                + "（申请编号：" + r.number() + "），申请获取“" + r.description() + "”。";
    }

    /**
     * The remedy paragraph (救济途径). The reconsideration body for a county department is the county government
     * (《中华人民共和国行政复议法》第二十四条第一款第（一）项); for the county government it is the government one level up.
     */
    List<String> remedy(DisclosureRequest r, boolean withheld) {
        String organ = reconsiderationOrgan(r);
        List<String> lines = new ArrayList<>();
        if (withheld) {
            lines.add("如对本答复不服，可以自收到本答复书之日起六十日内向" + organ + "申请行政复议。根据《中华人民共和国行政复议法》"
                    + "第二十三条第一款第（四）项的规定，对行政机关不予公开政府信息不服的，应当先申请行政复议；对行政复议决定不服的，"
                    + "可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。");
        } else {
            lines.add("如对本答复不服，可以自收到本答复书之日起六十日内向" + organ + "申请行政复议，或者自收到本答复书之日起六个月内"
                    + "依法向人民法院提起行政诉讼（《中华人民共和国行政复议法》第二十条第一款、《中华人民共和国行政诉讼法》第四十六条第一款）。");
        }
        lines.add("认为本机关在政府信息公开工作中侵犯您合法权益的，也可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报"
                + "（" + ACT + "第五十一条）。");
        return lines;
    }

    String reconsiderationOrgan(DisclosureRequest r) {
        OrgDirectory.UnitRef unit = org.unitById(r.unitId()).orElse(null);
        if (unit != null && unit.kind() == UnitKind.GOVERNMENT) {
            return "上一级人民政府";
        }
        return org.units(new ScopeFilter(DataScope.COUNTY, r.countyCode(), null, null), 2000).stream()
                .filter(u -> u.kind() == UnitKind.GOVERNMENT).map(OrgDirectory.UnitRef::name).findFirst()
                .orElse("本级人民政府");
    }

    String unitName(long unitId) {
        return org.unitById(unitId).map(OrgDirectory.UnitRef::name).orElse("本机关");
    }

    static String cn(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
