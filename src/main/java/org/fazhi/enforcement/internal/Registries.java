package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.enforcement.internal.RowsRejected.RowError;
import org.fazhi.org.CreditCodes;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.IdNumbers;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enforcement registries (执法主体、执法人员与证件、培训、考试、执法事项清单、裁量基准) — every change checked row by row,
 * all or nothing, whether it comes from a form (one row) or a spreadsheet (many). Entries are closed, never deleted.
 */
@Service
public class Registries {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registries(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ bodies

    /** 执法主体. {@code unit} and {@code entrustingUnit} are unit names of the county. */
    public record BodyDraft(int row, @Nullable String unit, @Nullable String name, @Nullable String kind,
                            @Nullable String entrustingUnit, @Nullable String creditCode, @Nullable String legalBasis,
                            @Nullable String scope, @Nullable LocalDate effectiveFrom) {
    }

    @Transactional
    public int createBodies(List<BodyDraft> drafts, CurrentUser user) {
        String county = user.countyCode();
        Map<String, Long> units = unitsInScope(user);
        Set<String> existing = new HashSet<>(jdbc.sql("SELECT name FROM enf_body WHERE county_code = :c AND status = 'ACTIVE'")
                .param("c", county).query(String.class).list());
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BodyDraft d : drafts) {
            require(d.row(), d.name(), "执法主体名称", 200, errors);
            require(d.row(), d.legalBasis(), "法律依据", 2000, errors);
            require(d.row(), d.scope(), "执法范围", 2000, errors);
            if (d.effectiveFrom() == null) {
                errors.add(new RowError(d.row(), "起始日期", "主体资格起始日期不能为空"));
            }
            String kind = bodyKind(d.kind());
            if (kind == null) {
                errors.add(new RowError(d.row(), "主体类别", "主体类别应为“法定”“授权”或“委托”"));
            }
            if (d.unit() == null || !units.containsKey(d.unit().trim())) {
                errors.add(new RowError(d.row(), "对应单位", "单位“" + d.unit() + "”不存在或不在您的管理范围内"));
            }
            if ("ENTRUSTED".equals(kind)) {
                if (d.entrustingUnit() == null || !units.containsKey(d.entrustingUnit().trim())) {
                    errors.add(new RowError(d.row(), "委托机关", "受委托组织须填写委托机关（本县已登记的单位）"));
                }
            }
            if (d.creditCode() != null && !d.creditCode().isBlank()) {
                CreditCodes.problem(CreditCodes.normalize(d.creditCode()))
                        .ifPresent(p -> errors.add(new RowError(d.row(), "统一社会信用代码", p)));
            }
            if (d.name() != null) {
                String n = d.name().trim();
                if (existing.contains(n)) {
                    errors.add(new RowError(d.row(), "执法主体名称", "执法主体“" + n + "”已登记"));
                } else if (!seen.add(n)) {
                    errors.add(new RowError(d.row(), "执法主体名称", "执法主体“" + n + "”在表中重复"));
                }
            }
        }
        reject(errors);
        Timestamp now = Timestamp.from(clock.instant());
        for (BodyDraft d : drafts) {
            long id = jdbc.sql("INSERT INTO enf_body (county_code, unit_id, name, kind, entrusting_unit_id, credit_code, legal_basis, "
                            + "scope, effective_from, created_at, created_by, updated_at, updated_by) VALUES (:c, :u, :n, :k, :e, :cc, "
                            + ":b, :s, :f, :now, :by, :now, :by) RETURNING id")
                    .param("c", county).param("u", units.get(d.unit().trim())).param("n", d.name().trim())
                    .param("k", bodyKind(d.kind()))
                    .param("e", d.entrustingUnit() == null ? null : units.get(d.entrustingUnit().trim()))
                    .param("cc", blank(d.creditCode()) == null ? null : CreditCodes.normalize(d.creditCode()))
                    .param("b", d.legalBasis().trim()).param("s", d.scope().trim()).param("f", d.effectiveFrom())
                    .param("now", now).param("by", user.username()).query(Long.class).single();
            audit(user, "enforcement.body.created", "enf_body", id, "登记执法主体“" + d.name().trim() + "”");
        }
        return drafts.size();
    }

    static @Nullable String bodyKind(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "STATUTORY", "法定", "法定行政机关", "行政机关" -> "STATUTORY";
            case "AUTHORISED", "授权", "法律法规授权组织", "授权组织" -> "AUTHORISED";
            case "ENTRUSTED", "委托", "受委托组织" -> "ENTRUSTED";
            default -> null;
        };
    }

    // ------------------------------------------------------------------ officers and certificates

    /** An officer with his or her first certificate (执法人员及执法证). */
    public record OfficerDraft(int row, @Nullable String body, @Nullable String name, @Nullable String idNumber,
                               @Nullable String position, @Nullable Boolean legalQualification, @Nullable String certNo,
                               @Nullable String category, @Nullable String areas, @Nullable LocalDate issuedOn,
                               @Nullable LocalDate expiresOn) {
    }

    @Transactional
    public int createOfficers(List<OfficerDraft> drafts, CurrentUser user) {
        String county = user.countyCode();
        Map<String, long[]> bodies = bodiesInScope(user);
        Set<String> ids = new HashSet<>();
        Set<String> certs = new HashSet<>();
        drafts.forEach(d -> {
            if (d.idNumber() != null) {
                ids.add(IdNumbers.normalize(d.idNumber()));
            }
            if (d.certNo() != null) {
                certs.add(d.certNo().trim());
            }
        });
        Set<String> idsUsed = ids.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                "SELECT id_number FROM enf_officer WHERE county_code = :c AND id_number IN (:ids)")
                .param("c", county).param("ids", ids).query(String.class).list());
        Set<String> certsUsed = certs.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                "SELECT cert_no FROM enf_certificate WHERE county_code = :c AND cert_no IN (:n)")
                .param("c", county).param("n", certs).query(String.class).list());
        List<RowError> errors = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        Set<String> seenCerts = new HashSet<>();
        for (OfficerDraft d : drafts) {
            require(d.row(), d.name(), "姓名", 50, errors);
            if (d.body() == null || !bodies.containsKey(d.body().trim())) {
                errors.add(new RowError(d.row(), "执法主体", "执法主体“" + d.body() + "”未登记或不在您的管理范围内"));
            }
            String id = d.idNumber() == null ? null : IdNumbers.normalize(d.idNumber());
            if (id == null || id.isBlank()) {
                errors.add(new RowError(d.row(), "身份证号", "身份证号不能为空"));
            } else {
                IdNumbers.problem(id).ifPresent(p -> errors.add(new RowError(d.row(), "身份证号", p)));
                if (idsUsed.contains(id)) {
                    errors.add(new RowError(d.row(), "身份证号", "该执法人员已登记（身份证号相同）"));
                } else if (!seenIds.add(id)) {
                    errors.add(new RowError(d.row(), "身份证号", "身份证号在表中重复"));
                }
            }
            checkCertificate(d.row(), d.certNo(), d.category(), d.areas(), d.issuedOn(), d.expiresOn(), certsUsed,
                    seenCerts, errors);
        }
        reject(errors);
        Timestamp now = Timestamp.from(clock.instant());
        for (OfficerDraft d : drafts) {
            long[] body = bodies.get(d.body().trim());
            long officer = jdbc.sql("INSERT INTO enf_officer (county_code, unit_id, body_id, name, id_number, position, "
                            + "has_legal_qualification, created_at, created_by, updated_at, updated_by) VALUES (:c, :u, :b, :n, "
                            + ":id, :p, :q, :now, :by, :now, :by) RETURNING id")
                    .param("c", county).param("u", body[1]).param("b", body[0]).param("n", d.name().trim())
                    .param("id", IdNumbers.normalize(d.idNumber())).param("p", blank(d.position()))
                    .param("q", Boolean.TRUE.equals(d.legalQualification())).param("now", now).param("by", user.username())
                    .query(Long.class).single();
            insertCertificate(county, body[1], officer, d.certNo(), d.category(), d.areas(), d.issuedOn(), d.expiresOn(),
                    now, user.username());
            audit(user, "enforcement.officer.created", "enf_officer", officer, "登记执法人员" + d.name().trim()
                    + "，执法证号 " + d.certNo().trim());
        }
        return drafts.size();
    }

    private void checkCertificate(int row, @Nullable String certNo, @Nullable String category, @Nullable String areas,
                                  @Nullable LocalDate issued, @Nullable LocalDate expires, Set<String> used,
                                  Set<String> seen, List<RowError> errors) {
        if (certNo == null || certNo.isBlank() || certNo.trim().length() > 40) {
            errors.add(new RowError(row, "证件编号", "证件编号不能为空且不超过40个字符"));
        } else if (used.contains(certNo.trim())) {
            errors.add(new RowError(row, "证件编号", "证件编号“" + certNo.trim() + "”已登记"));
        } else if (!seen.add(certNo.trim())) {
            errors.add(new RowError(row, "证件编号", "证件编号在表中重复"));
        }
        if (certCategory(category) == null) {
            errors.add(new RowError(row, "证件类别", "证件类别应为“执法证”或“监督证”"));
        }
        require(row, areas, "执法领域", 500, errors);
        if (issued == null || expires == null) {
            errors.add(new RowError(row, "有效期", "发证日期和有效期至不能为空"));
        } else if (expires.isBefore(issued)) {
            errors.add(new RowError(row, "有效期", "有效期至早于发证日期"));
        }
    }

    private void insertCertificate(String county, long unitId, long officer, String certNo, @Nullable String category,
                                   String areas, LocalDate issued, LocalDate expires, Timestamp now, String by) {
        jdbc.sql("INSERT INTO enf_certificate (county_code, unit_id, officer_id, cert_no, category, areas, issued_on, expires_on, "
                        + "created_at, created_by, updated_at, updated_by) VALUES (:c, :u, :o, :n, :cat, :a, :i, :e, :now, :by, :now, :by)")
                .param("c", county).param("u", unitId).param("o", officer).param("n", certNo.trim())
                .param("cat", certCategory(category)).param("a", areas.trim()).param("i", issued).param("e", expires)
                .param("now", now).param("by", by).update();
    }

    static @Nullable String certCategory(@Nullable String value) {
        if (value == null) {
            return "ENFORCEMENT";
        }
        return switch (value.trim()) {
            case "", "ENFORCEMENT", "执法证", "行政执法证" -> "ENFORCEMENT";
            case "SUPERVISION", "监督证", "行政执法监督证" -> "SUPERVISION";
            default -> null;
        };
    }

    /** A new certificate for a registered officer (换发、新领). */
    @Transactional
    public void addCertificate(long officerId, String certNo, @Nullable String category, String areas, LocalDate issued,
                               LocalDate expires, CurrentUser user) {
        Map<String, Object> o = officer(officerId, user);
        List<RowError> errors = new ArrayList<>();
        Set<String> used = new HashSet<>(jdbc.sql("SELECT cert_no FROM enf_certificate WHERE county_code = :c AND cert_no = :n")
                .param("c", user.countyCode()).param("n", certNo == null ? "" : certNo.trim()).query(String.class).list());
        checkCertificate(0, certNo, category, areas, issued, expires, used, new HashSet<>(), errors);
        reject(errors);
        insertCertificate(user.countyCode(), (Long) o.get("unit_id"), officerId, certNo, category, areas, issued, expires,
                Timestamp.from(clock.instant()), user.username());
        audit(user, "enforcement.certificate.issued", "enf_officer", officerId, "为" + o.get("name") + "登记执法证 " + certNo.trim());
    }

    /**
     * A change of a certificate's state (证件状态变更): {@code suspend} (暂扣) from a day, {@code resume} (恢复) on a day,
     * {@code revoke} (注销/吊销) or {@code recover} (退休、调离收回) effective from a day, {@code check} (年审) for a year.
     */
    @Transactional
    public void certificateAction(long certId, String action, LocalDate day, @Nullable String reason,
                                  @Nullable Boolean passed, CurrentUser user) {
        Map<String, Object> c = jdbc.sql("SELECT c.id, c.cert_no, c.suspended_from, c.suspended_to, c.ended_on, c.issued_on, "
                        + "c.officer_id FROM enf_certificate c WHERE c.id = :id AND "
                        + user.filter().on("c.county_code", "c.unit_id"))
                .params(user.filter().params()).param("id", certId).query().singleRow();
        if (day == null) {
            throw BusinessException.invalid("请填写日期");
        }
        if (c.get("ended_on") != null) {
            throw BusinessException.conflict("该证件已注销或收回，不能再变更");
        }
        String certNo = (String) c.get("cert_no");
        String text;
        switch (action) {
            case "suspend" -> {
                if (c.get("suspended_from") != null && c.get("suspended_to") == null) {
                    throw BusinessException.conflict("该证件已处于暂扣状态");
                }
                requireReason(reason);
                jdbc.sql("UPDATE enf_certificate SET suspended_from = :d, suspended_to = NULL, suspension_reason = :r WHERE id = :id")
                        .param("d", day).param("r", reason.trim()).param("id", certId).update();
                text = "暂扣执法证 " + certNo + "：" + reason.trim();
            }
            case "resume" -> {
                if (c.get("suspended_from") == null || c.get("suspended_to") != null) {
                    throw BusinessException.conflict("该证件未被暂扣");
                }
                if (day.isBefore(((java.sql.Date) c.get("suspended_from")).toLocalDate())) {
                    throw BusinessException.invalid("恢复日期早于暂扣日期");
                }
                jdbc.sql("UPDATE enf_certificate SET suspended_to = :d WHERE id = :id").param("d", day).param("id", certId).update();
                text = "恢复执法证 " + certNo;
            }
            case "revoke", "recover" -> {
                requireReason(reason);
                jdbc.sql("UPDATE enf_certificate SET ended_on = :d, end_kind = :k, end_reason = :r WHERE id = :id")
                        .param("d", day).param("k", "revoke".equals(action) ? "REVOKED" : "RECOVERED")
                        .param("r", reason.trim()).param("id", certId).update();
                text = ("revoke".equals(action) ? "注销执法证 " : "收回执法证 ") + certNo + "：" + reason.trim();
            }
            case "check" -> {
                if (passed == null) {
                    throw BusinessException.invalid("请选择年审结果");
                }
                jdbc.sql("UPDATE enf_certificate SET last_annual_check_year = :y, last_annual_check_passed = :p WHERE id = :id")
                        .param("y", day.getYear()).param("p", passed).param("id", certId).update();
                text = "执法证 " + certNo + " " + day.getYear() + " 年度年审" + (passed ? "合格" : "不合格");
            }
            default -> throw BusinessException.invalid("不支持的证件操作");
        }
        jdbc.sql("UPDATE enf_certificate SET updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", user.username()).param("id", certId).update();
        audit(user, "enforcement.certificate." + action, "enf_certificate", certId, text);
    }

    /** An officer leaves (退休、调离、辞退): every live certificate is recovered from that day (收回证件). */
    @Transactional
    public void officerLeaves(long officerId, String status, LocalDate day, String reason, CurrentUser user) {
        Map<String, Object> o = officer(officerId, user);
        if (!Set.of("RETIRED", "TRANSFERRED", "DISMISSED").contains(status)) {
            throw BusinessException.invalid("离岗类型应为退休、调离或辞退");
        }
        requireReason(reason);
        if (!"ACTIVE".equals(o.get("status"))) {
            throw BusinessException.conflict("该执法人员已不在岗");
        }
        jdbc.sql("UPDATE enf_officer SET status = :s, status_reason = :r, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id")
                .param("s", status).param("r", reason.trim()).param("at", Timestamp.from(clock.instant()))
                .param("by", user.username()).param("id", officerId).update();
        int n = jdbc.sql("UPDATE enf_certificate SET ended_on = :d, end_kind = 'RECOVERED', end_reason = :r WHERE officer_id = :id "
                        + "AND county_code = :c AND ended_on IS NULL")
                .param("d", day).param("r", reason.trim()).param("id", officerId).param("c", user.countyCode()).update();
        audit(user, "enforcement.officer.left", "enf_officer", officerId, o.get("name") + " 离岗（" + reason.trim()
                + "），收回执法证件 " + n + " 本");
    }

    private static void requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw BusinessException.invalid("请填写原因（不超过500字）");
        }
    }

    private Map<String, Object> officer(long id, CurrentUser user) {
        return jdbc.sql("SELECT o.id, o.name, o.unit_id, o.status FROM enf_officer o WHERE o.id = :id AND "
                        + user.filter().on("o.county_code", "o.unit_id"))
                .params(user.filter().params()).param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("执法人员不存在或不在您的数据范围内"));
    }

    // ------------------------------------------------------------------ training and exams

    /** 培训 (by identity number) or 考试 — {@code hours} for training, {@code score}/{@code passed} for an exam. */
    public record LearningDraft(int row, @Nullable String idNumber, @Nullable String title, @Nullable LocalDate date,
                                @Nullable BigDecimal hours, @Nullable BigDecimal score, @Nullable Boolean passed) {
    }

    @Transactional
    public int addLearning(List<LearningDraft> drafts, boolean exam, CurrentUser user) {
        Map<String, long[]> officers = new HashMap<>();
        jdbc.sql("SELECT o.id_number, o.id, o.unit_id FROM enf_officer o WHERE " + user.filter().on("o.county_code", "o.unit_id"))
                .params(user.filter().params())
                .query(rs -> {
                    officers.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        List<RowError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (LearningDraft d : drafts) {
            String id = d.idNumber() == null ? null : IdNumbers.normalize(d.idNumber());
            if (id == null || !officers.containsKey(id)) {
                errors.add(new RowError(d.row(), "身份证号", "身份证号对应的执法人员未登记或不在您的数据范围内"));
            }
            require(d.row(), d.title(), exam ? "考试名称" : "培训名称", 200, errors);
            if (d.date() == null || d.date().isAfter(today)) {
                errors.add(new RowError(d.row(), "日期", "日期不能为空，也不能晚于今天"));
            }
            if (exam) {
                if (d.passed() == null) {
                    errors.add(new RowError(d.row(), "是否通过", "请填写是否通过（是/否）"));
                }
                if (d.score() != null && (d.score().signum() < 0 || d.score().compareTo(BigDecimal.valueOf(1000)) > 0)) {
                    errors.add(new RowError(d.row(), "成绩", "成绩应在 0 到 1000 之间"));
                }
            } else if (d.hours() == null || d.hours().signum() <= 0 || d.hours().compareTo(BigDecimal.valueOf(200)) > 0) {
                errors.add(new RowError(d.row(), "学时", "学时应大于 0 且不超过 200"));
            }
        }
        reject(errors);
        Timestamp now = Timestamp.from(clock.instant());
        for (LearningDraft d : drafts) {
            long[] o = officers.get(IdNumbers.normalize(d.idNumber()));
            if (exam) {
                jdbc.sql("INSERT INTO enf_exam (county_code, unit_id, officer_id, exam_name, exam_date, score, passed, created_at, "
                                + "created_by) VALUES (:c, :u, :o, :t, :d, :s, :p, :now, :by)")
                        .param("c", user.countyCode()).param("u", o[1]).param("o", o[0]).param("t", d.title().trim())
                        .param("d", d.date()).param("s", d.score()).param("p", d.passed()).param("now", now)
                        .param("by", user.username()).update();
            } else {
                jdbc.sql("INSERT INTO enf_training (county_code, unit_id, officer_id, course, completed_on, hours, created_at, "
                                + "created_by) VALUES (:c, :u, :o, :t, :d, :h, :now, :by)")
                        .param("c", user.countyCode()).param("u", o[1]).param("o", o[0]).param("t", d.title().trim())
                        .param("d", d.date()).param("h", d.hours()).param("now", now).param("by", user.username()).update();
            }
        }
        events.publishEvent(new EnforcementChanged(user.countyCode(), user.username(),
                exam ? "enforcement.exam.recorded" : "enforcement.training.recorded", exam ? "enf_exam" : "enf_training",
                "-", "登记" + (exam ? "执法资格考试成绩 " : "执法人员培训 ") + drafts.size() + " 条"));
        return drafts.size();
    }

    /** The yearly training minimum (培训学时要求), 60 by default. */
    public BigDecimal minTrainingHours(String county) {
        return jdbc.sql("SELECT min_training_hours FROM enf_setting WHERE county_code = :c").param("c", county)
                .query(BigDecimal.class).optional().orElse(BigDecimal.valueOf(60));
    }

    @Transactional
    public void setMinTrainingHours(BigDecimal hours, CurrentUser user) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(500)) > 0) {
            throw BusinessException.invalid("每年培训学时要求应大于 0 且不超过 500");
        }
        jdbc.sql("INSERT INTO enf_setting (county_code, min_training_hours, updated_at, updated_by) VALUES (:c, :h, :at, :by) "
                        + "ON CONFLICT (county_code) DO UPDATE SET min_training_hours = :h, updated_at = :at, updated_by = :by")
                .param("c", user.countyCode()).param("h", hours).param("at", Timestamp.from(clock.instant()))
                .param("by", user.username()).update();
        audit(user, "enforcement.setting.changed", "enf_setting", 0, "执法人员年度培训学时要求改为 " + hours.toPlainString());
    }

    // ------------------------------------------------------------------ powers

    /** An item of the enforcement power list (执法事项); {@code townships} are names separated by 、 or , */
    public record PowerDraft(int row, @Nullable String body, @Nullable String code, @Nullable String name,
                             @Nullable String type, @Nullable String legalBasis, @Nullable LocalDate effectiveFrom,
                             @Nullable String townships, @Nullable String delegationBasis) {
    }

    @Transactional
    public int createPowers(List<PowerDraft> drafts, CurrentUser user) {
        String county = user.countyCode();
        Map<String, long[]> bodies = bodiesInScope(user);
        Map<String, Long> townships = new HashMap<>();
        jdbc.sql("SELECT name, short_name, id FROM org_unit WHERE county_code = :c AND kind IN ('TOWNSHIP', 'SUBDISTRICT') "
                        + "AND status = 'ACTIVE'").param("c", county)
                .query(rs -> {
                    townships.put(rs.getString(1), rs.getLong(3));
                    if (rs.getString(2) != null) {
                        townships.putIfAbsent(rs.getString(2), rs.getLong(3));
                    }
                });
        Set<String> used = new HashSet<>(jdbc.sql("SELECT code FROM enf_power WHERE county_code = :c").param("c", county)
                .query(String.class).list());
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, List<Long>> delegations = new LinkedHashMap<>();
        for (PowerDraft d : drafts) {
            require(d.row(), d.code(), "事项编码", 40, errors);
            require(d.row(), d.name(), "事项名称", 300, errors);
            require(d.row(), d.legalBasis(), "设定和实施依据", 4000, errors);
            if (PowerType.parse(d.type()).isEmpty()) {
                errors.add(new RowError(d.row(), "职权类型", "职权类型应为处罚、许可、强制、检查、征收、给付、确认、裁决、奖励或其他"));
            }
            if (d.body() == null || !bodies.containsKey(d.body().trim())) {
                errors.add(new RowError(d.row(), "实施主体", "实施主体“" + d.body() + "”未登记或不在您的管理范围内"));
            }
            if (d.effectiveFrom() == null) {
                errors.add(new RowError(d.row(), "生效日期", "生效日期不能为空"));
            }
            if (d.code() != null) {
                if (used.contains(d.code().trim())) {
                    errors.add(new RowError(d.row(), "事项编码", "事项编码“" + d.code().trim() + "”已登记"));
                } else if (!seen.add(d.code().trim())) {
                    errors.add(new RowError(d.row(), "事项编码", "事项编码在表中重复"));
                }
            }
            List<Long> ids = new ArrayList<>();
            if (d.townships() != null && !d.townships().isBlank()) {
                for (String t : d.townships().split("[、,，;；]")) {
                    if (t.isBlank()) {
                        continue;
                    }
                    Long id = townships.get(t.trim());
                    if (id == null) {
                        errors.add(new RowError(d.row(), "赋权乡镇", "乡镇（街道）“" + t.trim() + "”不存在"));
                    } else {
                        ids.add(id);
                    }
                }
                if (!ids.isEmpty() && blank(d.delegationBasis()) == null) {
                    errors.add(new RowError(d.row(), "赋权依据", "向乡镇赋权的事项须填写赋权依据（决定文件）"));
                }
            }
            delegations.put(d.row(), ids);
        }
        reject(errors);
        Timestamp now = Timestamp.from(clock.instant());
        for (PowerDraft d : drafts) {
            long[] body = bodies.get(d.body().trim());
            long id = jdbc.sql("INSERT INTO enf_power (county_code, unit_id, body_id, code, name, power_type, legal_basis, "
                            + "effective_from, created_at, created_by, updated_at, updated_by) VALUES (:c, :u, :b, :code, :n, :t, :l, "
                            + ":f, :now, :by, :now, :by) RETURNING id")
                    .param("c", county).param("u", body[1]).param("b", body[0]).param("code", d.code().trim())
                    .param("n", d.name().trim()).param("t", PowerType.parse(d.type()).orElseThrow().name())
                    .param("l", d.legalBasis().trim()).param("f", d.effectiveFrom()).param("now", now)
                    .param("by", user.username()).query(Long.class).single();
            for (Long township : delegations.get(d.row())) {
                jdbc.sql("INSERT INTO enf_power_delegation (county_code, power_id, township_unit_id, basis, delegated_on, created_at, "
                                + "created_by) VALUES (:c, :p, :t, :b, :d, :now, :by)")
                        .param("c", county).param("p", id).param("t", township).param("b", d.delegationBasis().trim())
                        .param("d", d.effectiveFrom()).param("now", now).param("by", user.username()).update();
            }
            audit(user, "enforcement.power.created", "enf_power", id, "登记执法事项 " + d.code().trim() + " " + d.name().trim());
        }
        return drafts.size();
    }

    // ------------------------------------------------------------------ discretion standards and lenient lists

    /** An entry of a 裁量基准 or a lenient list. */
    public record StandardItem(int row, @Nullable String powerCode, @Nullable String violation,
                               @Nullable String circumstances, @Nullable String measure, @Nullable String basis) {
    }

    /** Creates a new version (a draft) of a body's standard of one kind; it replaces the previous one when published. */
    @Transactional
    public long createStandardSet(String body, String kind, String title, LocalDate effectiveFrom, List<StandardItem> items,
                                  CurrentUser user) {
        Map<String, long[]> bodies = bodiesInScope(user);
        long[] b = body == null ? null : bodies.get(body.trim());
        List<RowError> errors = new ArrayList<>();
        if (b == null) {
            errors.add(new RowError(0, "执法主体", "执法主体“" + body + "”未登记或不在您的管理范围内"));
        }
        if (StandardKind.parse(kind) == null) {
            errors.add(new RowError(0, "类别", "类别应为裁量基准、不予处罚清单、从轻处罚清单、减轻处罚清单、免予处罚清单或不予实施行政强制清单"));
        }
        require(0, title, "名称", 300, errors);
        if (effectiveFrom == null) {
            errors.add(new RowError(0, "施行日期", "施行日期不能为空"));
        }
        if (items.isEmpty()) {
            errors.add(new RowError(0, "条目", "至少需要一个条目"));
        }
        for (StandardItem i : items) {
            require(i.row(), i.violation(), "违法行为", 1000, errors);
            require(i.row(), i.circumstances(), "情形", 2000, errors);
            require(i.row(), i.measure(), "处罚幅度或处理方式", 1000, errors);
            require(i.row(), i.basis(), "依据", 2000, errors);
        }
        reject(errors);
        StandardKind k = StandardKind.parse(kind);
        int version = jdbc.sql("SELECT COALESCE(max(version_no), 0) + 1 FROM enf_standard_set WHERE county_code = :c AND body_id = :b "
                        + "AND kind = :k").param("c", user.countyCode()).param("b", b[0]).param("k", k.name())
                .query(Integer.class).single();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("INSERT INTO enf_standard_set (county_code, unit_id, body_id, kind, title, version_no, effective_from, "
                        + "created_at, created_by, updated_at, updated_by) VALUES (:c, :u, :b, :k, :t, :v, :f, :now, :by, :now, :by) "
                        + "RETURNING id")
                .param("c", user.countyCode()).param("u", b[1]).param("b", b[0]).param("k", k.name())
                .param("t", title.trim()).param("v", version).param("f", effectiveFrom).param("now", now)
                .param("by", user.username()).query(Long.class).single();
        int seq = 0;
        for (StandardItem i : items) {
            jdbc.sql("INSERT INTO enf_standard_item (county_code, set_id, seq, power_code, violation, circumstances, measure, basis) "
                            + "VALUES (:c, :s, :q, :p, :v, :ci, :m, :b)")
                    .param("c", user.countyCode()).param("s", id).param("q", ++seq).param("p", blank(i.powerCode()))
                    .param("v", i.violation().trim()).param("ci", i.circumstances().trim()).param("m", i.measure().trim())
                    .param("b", i.basis().trim()).update();
        }
        audit(user, "enforcement.standard.drafted", "enf_standard_set", id, "起草" + k.label() + "“" + title.trim() + "”第"
                + version + "版（" + items.size() + " 条）");
        return id;
    }

    /**
     * Publishes a draft version (公布, 行政处罚法第三十四条): the body's previous published version of the same kind is
     * superseded and ends the day before the new one takes effect.
     */
    @Transactional
    public void publishStandardSet(long id, CurrentUser user) {
        Map<String, Object> s = jdbc.sql("SELECT s.id, s.body_id, s.kind, s.status, s.effective_from, s.title FROM enf_standard_set s "
                        + "WHERE s.id = :id AND " + user.filter().on("s.county_code", "s.unit_id"))
                .params(user.filter().params()).param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("基准或清单不存在或不在您的数据范围内"));
        if (!"DRAFT".equals(s.get("status"))) {
            throw BusinessException.conflict("只有草稿可以公布");
        }
        LocalDate from = ((java.sql.Date) s.get("effective_from")).toLocalDate();
        List<Map<String, Object>> previous = jdbc.sql("SELECT id, effective_from FROM enf_standard_set WHERE county_code = :c "
                        + "AND body_id = :b AND kind = :k AND status = 'PUBLISHED'")
                .param("c", user.countyCode()).param("b", s.get("body_id")).param("k", s.get("kind")).query().listOfRows();
        for (Map<String, Object> p : previous) {
            if (!((java.sql.Date) p.get("effective_from")).toLocalDate().isBefore(from)) {
                throw BusinessException.invalid("新版本的施行日期应晚于现行版本的施行日期 " + p.get("effective_from"));
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (Map<String, Object> p : previous) {
            jdbc.sql("UPDATE enf_standard_set SET status = 'SUPERSEDED', effective_to = :to, updated_at = :now, updated_by = :by, "
                            + "version = version + 1 WHERE id = :id")
                    .param("to", from.minusDays(1)).param("now", now).param("by", user.username()).param("id", p.get("id"))
                    .update();
        }
        jdbc.sql("UPDATE enf_standard_set SET status = 'PUBLISHED', published_at = :now, supersedes_id = :prev, updated_at = :now, "
                        + "updated_by = :by, version = version + 1 WHERE id = :id")
                .param("now", now).param("prev", previous.isEmpty() ? null : previous.get(0).get("id"))
                .param("by", user.username()).param("id", id).update();
        audit(user, "enforcement.standard.published", "enf_standard_set", id, "公布“" + s.get("title") + "”");
    }

    // ------------------------------------------------------------------ helpers

    Map<String, Long> unitsInScope(CurrentUser user) {
        Map<String, Long> units = new HashMap<>();
        jdbc.sql("SELECT u.name, u.id FROM org_unit u WHERE u.status = 'ACTIVE' AND " + user.filter().onUnitTable("u"))
                .params(user.filter().params()).query(rs -> {
                    units.put(rs.getString(1), rs.getLong(2));
                });
        return units;
    }

    /** The county's active townships and subdistricts by name (乡镇、街道), for the forms. */
    Map<String, Long> townships(String county) {
        Map<String, Long> townships = new LinkedHashMap<>();
        jdbc.sql("SELECT name, id FROM org_unit WHERE county_code = :c AND kind IN ('TOWNSHIP', 'SUBDISTRICT') "
                        + "AND status = 'ACTIVE' ORDER BY sort_order, name").param("c", county)
                .query(rs -> {
                    townships.put(rs.getString(1), rs.getLong(2));
                });
        return townships;
    }

    /** Active bodies in scope by name: [id, unit id]. */
    Map<String, long[]> bodiesInScope(CurrentUser user) {
        Map<String, long[]> bodies = new HashMap<>();
        jdbc.sql("SELECT b.name, b.id, b.unit_id FROM enf_body b WHERE b.status = 'ACTIVE' AND "
                        + user.filter().on("b.county_code", "b.unit_id"))
                .params(user.filter().params()).query(rs -> {
                    bodies.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        return bodies;
    }

    private static void require(int row, @Nullable String value, String label, int max, List<RowError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new RowError(row, label, label + "不能为空"));
        } else if (value.trim().length() > max) {
            errors.add(new RowError(row, label, label + "不能超过" + max + "字"));
        }
    }

    private static void reject(List<RowError> errors) {
        if (!errors.isEmpty()) {
            throw new RowsRejected(errors);
        }
    }

    static @Nullable String blank(@Nullable String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private void audit(CurrentUser user, String action, String type, long id, String summary) {
        events.publishEvent(new EnforcementChanged(user.countyCode(), user.username(), action, type, Long.toString(id), summary));
    }
}
