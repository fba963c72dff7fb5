package org.fazhi.reconsideration;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.LegalCalendar;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.files.DocumentNumbers;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reconsideration case aggregate (行政复议案件办理): registers applications and takes every step of 《中华人民共和国
 * 行政复议法》 in order. Each step checks its status and conditions first (so that a refused step changes nothing), then
 * updates the case, its clocks, timeline and documents, and publishes its audit event, all in one transaction.
 */
@Service
public class ReconsiderationCases {

    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final CaseStore store;
    private final CaseClocks clocks;
    private final CaseDocuments documents;
    private final Offices offices;
    private final OrgDirectory org;
    private final DocumentNumbers numbers;
    private final LegalCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReconsiderationCases(CaseStore store, CaseClocks clocks, CaseDocuments documents, Offices offices, OrgDirectory org,
                         DocumentNumbers numbers, LegalCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.clocks = clocks;
        this.documents = documents;
        this.offices = offices;
        this.org = org;
        this.numbers = numbers;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** A registered application: the case, its number and the applicant's verification code (shown once). */
    public record Registered(long id, String number, String verificationCode) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ registration

    @Transactional
    Registered register(ApplicationDraft d, Actor actor) {
        if (!actor.handle() && !"portal".equals(actor.username())) {
            throw BusinessException.forbidden("您没有登记行政复议申请的权限");
        }
        LocalDate today = today();
        Channel channel = d.channel() == null ? Channel.IN_PERSON : d.channel();
        if (d.respondentUnitId() == null) {
            throw BusinessException.invalid("请选择被申请人");
        }
        OrgDirectory.UnitRef respondent = org.activeUnit(d.respondentUnitId(), Offices.county(actor.countyCode()))
                .orElseThrow(() -> BusinessException.invalid("被申请人不是本县的在册单位"));
        List<ApplicationDraft.PartyDraft> applicants = d.applicants() == null ? List.of() : d.applicants();
        if (applicants.isEmpty()) {
            throw BusinessException.invalid("请填写申请人");
        }
        List<ApplicationDraft.PartyDraft> thirdParties = d.thirdParties() == null ? List.of() : d.thirdParties();
        List<ApplicationDraft.PartyDraft> agents = d.agents() == null ? List.of() : d.agents();
        if (applicants.size() + thirdParties.size() + agents.size() > 50) {
            throw BusinessException.invalid("当事人不能超过 50 名");
        }
        if (agents.size() > 2 * applicants.size()) {
            throw BusinessException.invalid("每名申请人可以委托一至二名代理人（第十七条）");
        }
        String request = CaseRules.text(d.request(), "行政复议请求", 4, 2000);
        String facts = d.facts() == null || d.facts().isBlank() ? null : CaseRules.text(d.facts(), "事实和理由", 1, 10000);
        String actType = CaseRules.text(d.actType(), "行政行为类别", 2, 32);
        String actTitle = CaseRules.text(d.actTitle(), "被申请复议的行政行为", 2, 300);
        String actNumber = d.actNumber() == null || d.actNumber().isBlank() ? null : CaseRules.text(d.actNumber(), "行政行为文书编号", 1, 100);
        String field = d.field() == null || d.field().isBlank() ? null : CaseRules.text(d.field(), "行政管理领域", 1, 32);
        if (d.actDate() == null || d.knownOn() == null) {
            throw BusinessException.invalid("请填写行政行为作出之日和知道该行政行为之日");
        }
        LocalDate actDate = CaseRules.date(d.actDate(), today, LocalDate.of(1990, 1, 1), "行政行为作出之日");
        LocalDate knownOn = CaseRules.date(d.knownOn(), today, actDate, "知道该行政行为之日");
        LocalDate receivedOn = CaseRules.date(d.receivedOn() == null ? today : d.receivedOn(), today, knownOn, "收到申请之日");
        BigDecimal amount = d.amountYuan();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(new BigDecimal("1000000000000")) >= 0)) {
            throw BusinessException.invalid("涉案金额不正确");
        }
        boolean informed = d.informedOfRights() == null || d.informedOfRights();
        boolean realProperty = d.realProperty() != null && d.realProperty();
        CaseRules.PeriodCheck period = CaseRules.applicationPeriod(actDate, knownOn, informed, realProperty, receivedOn,
                clocks::compute);

        List<String[]> parties = new ArrayList<>();
        for (ApplicationDraft.PartyDraft p : applicants) {
            parties.add(party("APPLICANT", p));
        }
        for (ApplicationDraft.PartyDraft p : thirdParties) {
            parties.add(party("THIRD_PARTY", p));
        }
        for (ApplicationDraft.PartyDraft p : agents) {
            parties.add(party("AGENT", p));
        }
        String summary = parties.stream().filter(p -> p[0].equals("APPLICANT")).map(p -> p[2])
                .collect(Collectors.joining("、"));
        if (summary.length() > 300) {
            summary = summary.substring(0, 297) + "等";
        }

        long authority = offices.authority(actor.countyCode());
        String number = numbers.next(actor.countyCode(), authority, "recon-case", receivedOn.getYear()).number().render();
        String code = verificationCode();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("county_code", actor.countyCode());
        row.put("unit_id", respondent.id());
        row.put("office_unit_id", offices.office(actor.countyCode()));
        row.put("number", number);
        row.put("channel", channel.name());
        row.put("status", CaseStatus.RECEIVED.name());
        row.put("applicant_summary", summary);
        row.put("request_text", request);
        row.put("facts_text", facts);
        row.put("act_type", actType);
        row.put("act_number", actNumber);
        row.put("act_title", actTitle);
        row.put("act_date", actDate);
        row.put("known_on", knownOn);
        row.put("informed_of_rights", informed);
        row.put("real_property", realProperty);
        row.put("field", field);
        row.put("amount_yuan", amount);
        row.put("period_result", period.text());
        row.put("period_ok", period.ok());
        row.put("received_on", receivedOn);
        row.put("review_start_on", receivedOn);
        row.put("e_service_consent", d.electronicServiceConsent() != null && d.electronicServiceConsent());
        row.put("verify_hash", sha256(code));
        long id = store.insert(row, actor.username());
        for (String[] p : parties) {
            store.addParty(actor.countyCode(), id, p[0], p[1], p[2], p[3], p[4], p[5]);
        }
        ReconCase c = store.lock(id);
        Deadline review = clocks.start(c, ClockKind.ACCEPTANCE_REVIEW, c.officeUnitId(),
                DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_ACCEPTANCE_REVIEW, receivedOn));
        String text = channel.label() + "；被申请人：" + respondent.name() + "；" + period.text() + "；受理审查期限届满日 " + review.due();
        store.addStep(c.countyCode(), id, "REGISTER", receivedOn, text, actor.username());
        events.publishEvent(new ReconsiderationCaseChanged(c.countyCode(), actor.username(), "reconsideration.case.register",
                id, number, "登记行政复议申请 " + number + "（" + summary + "）"));
        return new Registered(id, number, code);
    }

    private static String[] party(String role, ApplicationDraft.PartyDraft p) {
        String kind = p.kind() == null || p.kind().isBlank() ? "PERSON" : p.kind();
        if (!kind.equals("PERSON") && !kind.equals("ORGANISATION")) {
            throw BusinessException.invalid("当事人类型应为自然人或法人、其他组织");
        }
        String name = CaseRules.text(p.name(), "当事人姓名或名称", 1, 200);
        String idNumber = blank(p.idNumber(), 32, "身份证号或统一社会信用代码");
        String phone = blank(p.phone(), 32, "联系电话");
        if (phone != null && !phone.matches("[0-9+\\- ]{5,32}")) {
            throw BusinessException.invalid("联系电话格式不正确");
        }
        return new String[]{role, kind, name, idNumber, phone, blank(p.address(), 300, "地址")};
    }

    private static @Nullable String blank(@Nullable String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw BusinessException.invalid(what + "不能超过 " + max + " 个字");
        }
        return value.strip();
    }

    private String verificationCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ steps

    /** Takes one step of the case; refused steps change nothing. */
    @Transactional
    public ReconCase act(long id, CaseAction action, CaseCommand cmd, Actor actor) {
        store.get(id, actor.scope());
        if (action.respondent() ? !(actor.handle() || actor.respond()) : !actor.handle()) {
            throw BusinessException.forbidden("您没有办理“" + action.label() + "”的权限");
        }
        ReconCase c = store.lock(id);
        CaseRules.allowed(action, c.status());
        LocalDate today = today();
        LocalDate last = store.steps(id).stream().map(CaseView.Step::onDate).max(LocalDate::compareTo)
                .orElse(c.receivedOn());
        String respondent = offices.unitName(c.unitId());
        String u = actor.username();
        String summary = switch (action) {
            case REQUEST_CURE -> requestCure(c, cmd, today, last, u);
            case CURE_RECEIVED -> cureReceived(c, cmd, today, last, u);
            case CURE_LAPSED -> cureLapsed(c, cmd, today, last, u);
            case ACCEPT -> accept(c, cmd, today, last, respondent, false, u);
            case DEEM_ACCEPTED -> accept(c, cmd, today, last, respondent, true, u);
            case REJECT -> reject(c, cmd, today, last, respondent, u);
            case REFER -> refer(c, cmd, today, last, respondent, u);
            case RESOLVE_BEFORE_ACCEPTANCE -> closeEarly(c, cmd, today, last, CaseStatus.RESOLVED_BEFORE_ACCEPTANCE,
                    "受理前化解情况", u);
            case WITHDRAW -> withdraw(c, cmd, today, last, respondent, u);
            case SEND_COPY -> sendCopy(c, cmd, today, last, respondent, u);
            case RECORD_ANSWER -> recordAnswer(c, cmd, today, last, u);
            case CONVERT_TO_ORDINARY -> convert(c, cmd, today, last, u);
            case SCHEDULE_HEARING -> scheduleHearing(c, cmd, today, last, respondent, u);
            case HOLD_HEARING -> holdHearing(c, cmd, today, last, u);
            case CONSULT_COMMITTEE -> consult(cmd, today, last);
            case EXTEND -> extend(c, cmd, today, last, u);
            case SUSPEND -> suspend(c, cmd, today, last, u);
            case RESUME -> resume(c, cmd, today, last, u);
            case MEDIATE -> mediate(c, cmd, today, last, respondent, u);
            case SETTLE -> settle(c, cmd, today, last, respondent, u);
            case TERMINATE -> terminate(c, cmd, today, last, respondent, u);
            case DECIDE -> decide(c, cmd, today, last, respondent, u);
            case ISSUE_OPINION -> issueOpinion(c, cmd, today, last, u);
            case CLOSE -> close(c, cmd, today, last, u);
        };
        LocalDate on = action == CaseAction.DEEM_ACCEPTED ? store.lock(id).acceptedOn() : cmd.date();
        store.addStep(c.countyCode(), id, action.name(), on == null ? today : on, summary, u);
        events.publishEvent(new ReconsiderationCaseChanged(c.countyCode(), u, "reconsideration.case." + action.slug(),
                id, c.number(), action.label() + "：" + c.number() + "。" + summary));
        return store.lock(id);
    }

    private LocalDate date(CaseCommand cmd, LocalDate today, LocalDate last, String what) {
        return CaseRules.date(cmd.date(), today, last, what);
    }

    private ServiceMethod method(ReconCase c, CaseCommand cmd) {
        if (cmd.serviceMethod() != null) {
            if (cmd.serviceMethod() == ServiceMethod.ELECTRONIC && !c.electronicServiceConsent()) {
                throw BusinessException.invalid("申请人未同意电子送达，不能采用电子送达方式");
            }
            return cmd.serviceMethod();
        }
        return c.electronicServiceConsent() ? ServiceMethod.ELECTRONIC : ServiceMethod.DIRECT;
    }

    private LocalDate reviewDue(ReconCase c) {
        return store.clock(c.id(), ClockKind.ACCEPTANCE_REVIEW.name())
                .orElseThrow(() -> new IllegalStateException("no review clock")).due();
    }

    private void requireWithinReview(ReconCase c, LocalDate on, String what) {
        LocalDate due = reviewDue(c);
        if (on.isAfter(due)) {
            throw BusinessException.conflict("受理审查期限已于 " + due + " 届满，依法视为受理（第三十条第三款），不能再" + what);
        }
    }

    private String requestCure(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "补正通知送达之日");
        if (store.stops(c.id()).stream().anyMatch(s -> s.kind().equals("CURE"))) {
            throw BusinessException.conflict("补正通知应当一次性载明需要补正的事项，本案已发过补正通知，不能再次要求补正（第三十一条第一款）");
        }
        requireWithinReview(c, on, "要求补正");
        String defects = CaseRules.text(cmd.reason(), "需要补正的事项", 4, 4000);
        Deadline cure = clocks.compute(DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_CURE, on));
        clocks.close(c, ClockKind.ACCEPTANCE_REVIEW, "STOPPED", on);
        clocks.start(c, ClockKind.CURE, c.officeUnitId(), DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_CURE, on));
        store.openStop(c.countyCode(), c.id(), "CURE", on, defects.length() > 500 ? defects.substring(0, 500) : defects);
        store.update(c, Map.of("status", CaseStatus.CURING), u);
        documents.issue(c, DocKind.CURE, c.applicantSummary(), DocumentTexts.cure(c, defects, cure), on, method(c, cmd),
                cmd.proof(), u);
        return "一次性告知补正事项；补正期限届满日 " + cure.due() + "（" + cure.citation() + "）";
    }

    private String cureReceived(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "收到补正材料之日");
        CaseView.ClockRow cure = store.clock(c.id(), ClockKind.CURE.name()).orElseThrow();
        String note = "";
        if (on.isAfter(cure.due())) {
            note = CaseRules.text(cmd.reason(), "逾期补正的正当理由（第三十一条第二款：有正当理由的可以延长合理的补正期限）", 4, 500);
        }
        clocks.close(c, ClockKind.CURE, "DONE", on);
        store.closeStop(c.id(), "CURE", on);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("status", CaseStatus.RECEIVED);
        columns.put("review_start_on", on);
        store.update(c, columns, u);
        Deadline review = clocks.start(c, ClockKind.ACCEPTANCE_REVIEW, c.officeUnitId(),
                DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_ACCEPTANCE_REVIEW, on));
        return "收到补正材料，重新进行受理审查（第三十一条第三款），受理审查期限届满日 " + review.due()
                + (note.isEmpty() ? "" : "；逾期补正理由：" + note);
    }

    private String cureLapsed(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "认定日期");
        CaseView.ClockRow cure = store.clock(c.id(), ClockKind.CURE.name()).orElseThrow();
        if (!on.isAfter(cure.due())) {
            throw BusinessException.conflict("补正期限 " + cure.due() + " 尚未届满，不能认定视为放弃申请");
        }
        clocks.closeAll(c, on);
        store.closeStop(c.id(), "CURE", on);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("status", CaseStatus.ABANDONED);
        columns.put("closed_on", on);
        columns.put("outcome_note", "申请人无正当理由逾期不补正，视为放弃行政复议申请（第三十一条第二款）");
        store.update(c, columns, u);
        return "申请人无正当理由逾期不补正，视为放弃行政复议申请，记录在案（第三十一条第二款）";
    }

    private String accept(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent,
                          boolean deemed, String u) {
        LocalDate on;
        LocalDate documentDate;
        LocalDate due = reviewDue(c);
        if (deemed) {
            if (!today.isAfter(due)) {
                throw BusinessException.conflict("受理审查期限 " + due + " 尚未届满，不能视为受理；请作出受理、补正、不予受理或告知转送的决定");
            }
            on = due;
            documentDate = today;
        } else {
            on = date(cmd, today, last, "受理之日");
            if (on.isAfter(due)) {
                throw BusinessException.conflict("受理审查期限已于 " + due + " 届满，依法视为受理（第三十条第三款），请办理“视为受理”");
            }
            documentDate = on;
        }
        Procedure procedure = cmd.procedure() == null ? (deemed ? Procedure.ORDINARY : null) : cmd.procedure();
        if (procedure == null) {
            throw BusinessException.invalid("请选择审理程序（简易程序或普通程序）");
        }
        if (procedure == Procedure.SIMPLE) {
            CaseRules.simpleProcedure(cmd.reason());
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("status", CaseStatus.IN_REVIEW);
        columns.put("accepted_on", on);
        columns.put("deemed_accepted", deemed);
        columns.put("procedure_kind", procedure);
        store.update(c, columns, u);
        clocks.close(c, ClockKind.ACCEPTANCE_REVIEW, deemed ? "CANCELLED" : "DONE", on);
        ReconCase accepted = store.lock(c.id());
        Deadline copy = clocks.start(accepted, ClockKind.COPY_TO_RESPONDENT, c.officeUnitId(),
                DeadlineRequest.of(procedure.copyPeriod(), on));
        Deadline decision = clocks.decision(accepted, procedure, on, 0);
        documents.issue(accepted, DocKind.ACCEPTANCE, c.applicantSummary(),
                DocumentTexts.acceptance(accepted, respondent, procedure, decision), documentDate,
                deemed && cmd.serviceMethod() == null ? null : method(c, cmd), cmd.proof(), u);
        return (deemed ? "受理审查期限 " + due + " 届满未作出不予受理决定，依法视为受理（第三十条第三款）" : "决定受理")
                + "；适用" + procedure.label() + (procedure == Procedure.SIMPLE ? "（" + cmd.reason().strip() + "）" : "")
                + "；发送申请书副本期限 " + copy.due() + "；决定期限 " + decision.due() + "（" + decision.citation() + "）";
    }

    private String reject(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        LocalDate on = date(cmd, today, last, "不予受理决定送达之日");
        requireWithinReview(c, on, "作出不予受理决定");
        String reasons = CaseRules.text(cmd.reason(), "不予受理的理由", 10, 4000);
        finishEarly(c, on, CaseStatus.NOT_ACCEPTED, reasons, u);
        documents.issue(c, DocKind.REJECTION, c.applicantSummary(), DocumentTexts.rejection(c, respondent, reasons), on,
                method(c, cmd), cmd.proof(), u);
        return "不予受理（第三十条第二款）：" + reasons;
    }

    private String refer(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        LocalDate on = date(cmd, today, last, "告知书送达之日");
        requireWithinReview(c, on, "告知或转送");
        String body = CaseRules.text(cmd.competentBody(), "有权处理的机关", 2, 200);
        String reasons = CaseRules.text(cmd.reason(), "告知或转送的理由", 4, 2000);
        finishEarly(c, on, CaseStatus.REFERRED, "告知向" + body + "申请：" + reasons, u);
        documents.issue(c, DocKind.REFERRAL, c.applicantSummary(), DocumentTexts.referral(c, respondent, body, reasons),
                on, method(c, cmd), cmd.proof(), u);
        return "告知申请人向" + body + "提出申请：" + reasons;
    }

    private String closeEarly(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, CaseStatus status,
                              String what, String u) {
        LocalDate on = date(cmd, today, last, "办理日期");
        String note = CaseRules.text(cmd.reason(), what, 4, 2000);
        finishEarly(c, on, status, note, u);
        return note;
    }

    private void finishEarly(ReconCase c, LocalDate on, CaseStatus status, String note, String u) {
        clocks.closeAll(c, on);
        store.closeStop(c.id(), "CURE", on);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("status", status);
        columns.put("closed_on", on);
        columns.put("outcome_note", note);
        store.update(c, columns, u);
    }

    private String withdraw(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        if (c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.CURING) {
            return "受理前撤回申请：" + closeEarly(c, cmd, today, last, CaseStatus.WITHDRAWN, "撤回申请的情况", u);
        }
        LocalDate on = date(cmd, today, last, "准予撤回之日");
        String note = CaseRules.text(cmd.reason(), "撤回申请的情况", 4, 2000);
        finishReview(c, on, DecisionType.TERMINATION_WITHDRAWN, "申请人撤回行政复议申请，准予撤回：" + note, u);
        documents.issue(c, DocKind.TERMINATION, c.applicantSummary(),
                DocumentTexts.termination(c, respondent, TerminationGround.WITHDRAWN, "申请人于审理期间提出撤回申请：" + note),
                on, method(c, cmd), cmd.proof(), u);
        return "申请人撤回申请，准予撤回，终止行政复议（第四十一条第一项）：" + note;
    }

    /** Ends the review of an accepted case with a decision, mediation or termination. */
    private void finishReview(ReconCase c, LocalDate on, DecisionType type, String basis, String u) {
        for (String kind : store.openClockKinds(c.id())) {
            if (!kind.startsWith(ClockKind.OPINION_FEEDBACK.name())) {
                clocks.close(c, kind, kind.equals(ClockKind.DECISION.name()) ? "DONE" : "CANCELLED", on);
            }
        }
        store.closeStop(c.id(), "SUSPENSION", on);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("status", CaseStatus.DECIDED);
        columns.put("decision_type", type);
        columns.put("decided_on", on);
        columns.put("decision_basis", basis);
        store.update(c, columns, u);
    }

    private String sendCopy(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        if (c.copyServedOn() != null) {
            throw BusinessException.conflict("申请书副本已于 " + c.copyServedOn() + " 送达被申请人");
        }
        LocalDate on = date(cmd, today, last, "被申请人收到申请书副本之日");
        store.update(c, Map.of("copy_served_on", on), u);
        clocks.close(c, ClockKind.COPY_TO_RESPONDENT, "DONE", on);
        Procedure procedure = c.procedure() == null ? Procedure.ORDINARY : c.procedure();
        Deadline answer = clocks.start(c, ClockKind.RESPONDENT_ANSWER, c.unitId(),
                DeadlineRequest.of(procedure.answerPeriod(), on));
        documents.issue(c, DocKind.ANSWER_NOTICE, respondent, DocumentTexts.answerNotice(c, c.applicantSummary(),
                procedure, answer), on, cmd.serviceMethod() == null ? ServiceMethod.DIRECT : cmd.serviceMethod(),
                cmd.proof(), u);
        return "申请书副本送达被申请人，书面答复期限届满日 " + answer.due() + "（" + answer.citation() + "）";
    }

    private String recordAnswer(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        if (c.copyServedOn() == null) {
            throw BusinessException.conflict("尚未向被申请人发送申请书副本，不能登记答复");
        }
        if (c.answerReceivedOn() != null) {
            throw BusinessException.conflict("已于 " + c.answerReceivedOn() + " 收到书面答复");
        }
        LocalDate on = date(cmd, today, last, "收到书面答复之日");
        LocalDate due = store.clock(c.id(), ClockKind.RESPONDENT_ANSWER.name()).map(CaseView.ClockRow::due).orElse(on);
        store.update(c, Map.of("answer_received_on", on), u);
        clocks.close(c, ClockKind.RESPONDENT_ANSWER, "DONE", on);
        String points = cmd.reason() == null || cmd.reason().isBlank() ? "" : "；答复要点：" + CaseRules.text(cmd.reason(), "答复要点", 1, 2000);
        return "收到被申请人书面答复及证据、依据" + (on.isAfter(due) ? "（逾期，期限届满日 " + due + "，第七十条）" : "") + points;
    }

    private String convert(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        if (c.procedure() != Procedure.SIMPLE) {
            throw BusinessException.conflict("本案已适用普通程序");
        }
        LocalDate on = date(cmd, today, last, "批准转为普通程序之日");
        String approver = CaseRules.text(cmd.approver(), "批准的行政复议机构负责人", 2, 100);
        store.update(c, Map.of("procedure_kind", Procedure.ORDINARY), u);
        ReconCase converted = store.lock(c.id());
        // 第五十五条 does not say whether the periods restart; they keep running from the acceptance with the ordinary
        // lengths (docs/rules-digest.md §12 item 1).
        if (c.copyServedOn() == null) {
            clocks.start(converted, ClockKind.COPY_TO_RESPONDENT, c.officeUnitId(),
                    DeadlineRequest.of(Procedure.ORDINARY.copyPeriod(), c.acceptedOn()));
        } else if (c.answerReceivedOn() == null) {
            clocks.start(converted, ClockKind.RESPONDENT_ANSWER, c.unitId(),
                    DeadlineRequest.of(Procedure.ORDINARY.answerPeriod(), c.copyServedOn()));
        }
        Deadline decision = clocks.decision(converted, Procedure.ORDINARY, c.acceptedOn(), 0);
        return "经" + approver + "批准转为普通程序（第五十五条）；决定期限 " + decision.due();
    }

    private String scheduleHearing(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent,
                                   String u) {
        if (c.procedure() != Procedure.ORDINARY) {
            throw BusinessException.conflict("简易程序案件可以书面审理；需要听证的，应先经批准转为普通程序（第五十四条、第五十五条）");
        }
        if (c.hearingHeldOn() != null) {
            throw BusinessException.conflict("本案已于 " + c.hearingHeldOn() + " 举行听证");
        }
        LocalDate on = date(cmd, today, last, "听证通知送达之日");
        if (cmd.hearingOn() == null) {
            throw BusinessException.invalid("请填写听证日期");
        }
        String place = CaseRules.text(cmd.place(), "听证地点", 2, 200);
        CaseRules.hearingNotice(on, cmd.hearingOn(), calendar::workingDaysBetween);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("hearing_on", cmd.hearingOn());
        columns.put("hearing_place", place);
        store.update(c, columns, u);
        ServiceMethod method = method(c, cmd);
        long doc = documents.issue(c, DocKind.HEARING, c.applicantSummary() + "、" + respondent,
                DocumentTexts.hearing(c, cmd.hearingOn(), place), on, method, cmd.proof(), u);
        store.addService(c.countyCode(), c.id(), doc, respondent, ServiceMethod.DIRECT, on, "送达回证", u);
        return "通知于 " + cmd.hearingOn() + " 在" + place + "举行听证（第五十条、第五十一条）";
    }

    private String holdHearing(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        if (c.hearingOn() == null) {
            throw BusinessException.conflict("尚未通知听证");
        }
        if (c.hearingHeldOn() != null) {
            throw BusinessException.conflict("本案已于 " + c.hearingHeldOn() + " 举行听证");
        }
        LocalDate on = date(cmd, today, c.hearingOn().isAfter(last) ? c.hearingOn() : last, "听证举行之日");
        String record = CaseRules.text(cmd.reason(), "听证笔录要点", 4, 4000);
        store.update(c, Map.of("hearing_held_on", on), u);
        return "举行听证，制作听证笔录（第五十条第二款）：" + record;
    }

    private String consult(CaseCommand cmd, LocalDate today, LocalDate last) {
        date(cmd, today, last, "咨询日期");
        String members = CaseRules.text(cmd.members(), "参加咨询的委员和专家", 2, 1000);
        String opinion = CaseRules.text(cmd.reason(), "行政复议委员会咨询意见", 4, 4000);
        return "提请行政复议委员会提出咨询意见（第五十二条）；参加人员：" + members + "；咨询意见：" + opinion;
    }

    private String extend(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "批准延期之日");
        CaseView.ClockRow decisionClock = store.clock(c.id(), ClockKind.DECISION.name()).orElseThrow();
        int days = CaseRules.extension(c.procedure(), c.extensionDays(), cmd.days(), cmd.approver(), on,
                decisionClock.due());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("extension_days", days);
        columns.put("extension_approver", cmd.approver().strip());
        store.update(c, columns, u);
        ReconCase extended = store.lock(c.id());
        Deadline decision = clocks.decision(extended, Procedure.ORDINARY, c.acceptedOn(), days);
        documents.issue(extended, DocKind.EXTENSION, c.applicantSummary() + "、" + offices.unitName(c.unitId()),
                DocumentTexts.extension(extended, days, cmd.approver().strip(), decision), on, method(c, cmd),
                cmd.proof(), u);
        return "经" + cmd.approver().strip() + "批准延长审理期限 " + days + " 日，决定期限延至 " + decision.due() + "（第六十二条第一款）";
    }

    private String suspend(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "中止之日");
        SuspensionGround ground = suspensionGround(cmd.ground());
        String note = cmd.reason() == null ? "" : cmd.reason().strip();
        if (note.length() > 400) {
            throw BusinessException.invalid("中止情况说明不能超过 400 字");
        }
        store.openStop(c.countyCode(), c.id(), "SUSPENSION", on, ground.name() + "：" + ground.text()
                + (note.isEmpty() ? "" : "（" + note + "）"));
        store.update(c, Map.of("status", CaseStatus.SUSPENDED), u);
        if (excludesSuspension()) {
            clocks.close(c, ClockKind.DECISION, "STOPPED", on);
        }
        documents.issue(c, DocKind.SUSPENSION, c.applicantSummary() + "、" + offices.unitName(c.unitId()),
                DocumentTexts.suspension(c, ground, note), on, method(c, cmd), cmd.proof(), u);
        return "中止审理：" + ground.label() + (note.isEmpty() ? "" : "；" + note);
    }

    private boolean excludesSuspension() {
        return clocks.excludesSuspension();
    }

    private static SuspensionGround suspensionGround(@Nullable String ground) {
        if (ground == null || ground.isBlank()) {
            throw BusinessException.invalid("请选择中止事由（第三十九条第一款）");
        }
        try {
            return SuspensionGround.valueOf(ground);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("未知的中止事由“" + ground + "”");
        }
    }

    private String resume(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "恢复审理之日");
        CaseView.Stop open = openSuspension(c.id());
        store.closeStop(c.id(), "SUSPENSION", on);
        store.update(c, Map.of("status", CaseStatus.IN_REVIEW), u);
        ReconCase resumed = store.lock(c.id());
        Deadline decision = clocks.decision(resumed, c.procedure(), c.acceptedOn(), c.extensionDays());
        documents.issue(resumed, DocKind.RESUMPTION, c.applicantSummary() + "、" + offices.unitName(c.unitId()),
                DocumentTexts.resumption(resumed, open.fromOn(), decision), on, method(c, cmd), cmd.proof(), u);
        return "中止原因消除，恢复审理（第三十九条第二款）；决定期限 " + decision.due()
                + (excludesSuspension() ? "（中止期间不计入审理期限）" : "");
    }

    private CaseView.Stop openSuspension(long caseId) {
        return store.stops(caseId).stream().filter(s -> s.kind().equals("SUSPENSION") && s.toOn() == null)
                .findFirst().orElseThrow(() -> BusinessException.conflict("本案没有正在中止的审理"));
    }

    private String mediate(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        LocalDate on = date(cmd, today, last, "调解书生效之日");
        String agreement = CaseRules.text(cmd.reason(), "调解协议内容", 10, 4000);
        finishReview(c, on, DecisionType.MEDIATION, agreement, u);
        long doc = documents.issue(c, DocKind.MEDIATION, c.applicantSummary() + "、" + respondent,
                DocumentTexts.mediation(c, respondent, agreement), on, method(c, cmd), cmd.proof(), u);
        store.addService(c.countyCode(), c.id(), doc, respondent, ServiceMethod.DIRECT, on, "当事人签字盖章", u);
        return "经调解达成协议，制作行政复议调解书（第七十三条）：" + agreement;
    }

    private String settle(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        LocalDate on = date(cmd, today, last, "准予撤回之日");
        String terms = CaseRules.text(cmd.reason(), "和解协议内容", 10, 4000);
        finishReview(c, on, DecisionType.TERMINATION_SETTLED, terms, u);
        documents.issue(c, DocKind.TERMINATION, c.applicantSummary(), DocumentTexts.termination(c, respondent,
                TerminationGround.WITHDRAWN, "申请人与被申请人在行政复议决定作出前自愿达成和解（第七十四条第一款）：" + terms
                        + "。申请人据此撤回行政复议申请，行政复议机构准予撤回。"), on, method(c, cmd), cmd.proof(), u);
        return "当事人自愿和解，申请人撤回申请，终止行政复议（第七十四条）：" + terms;
    }

    private String terminate(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        LocalDate on = date(cmd, today, last, "终止之日");
        TerminationGround ground;
        try {
            ground = TerminationGround.valueOf(cmd.ground() == null ? "" : cmd.ground());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("请选择终止事由（第四十一条）");
        }
        SuspensionGround suspendedFor = null;
        LocalDate suspendedOn = null;
        if (c.status() == CaseStatus.SUSPENDED) {
            CaseView.Stop open = openSuspension(c.id());
            suspendedFor = SuspensionGround.valueOf(open.reason().substring(0, open.reason().indexOf('：')));
            suspendedOn = open.fromOn();
        }
        CaseRules.termination(ground, suspendedFor, suspendedOn, on);
        String note = cmd.reason() == null ? "" : CaseRules.text(cmd.reason(), "终止情况说明", 1, 2000);
        finishReview(c, on, DecisionType.TERMINATION, ground.label() + (note.isEmpty() ? "" : "；" + note), u);
        documents.issue(c, DocKind.TERMINATION, c.applicantSummary(), DocumentTexts.termination(c, respondent, ground, note),
                on, method(c, cmd), cmd.proof(), u);
        return "终止行政复议：" + ground.label();
    }

    private String decide(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String respondent, String u) {
        LocalDate on = date(cmd, today, last, "决定书送达申请人之日");
        CaseRules.decision(cmd.decisionType(), cmd.reason(), c.copyServedOn(), c.hearingOn(), c.hearingHeldOn());
        DecisionType type = cmd.decisionType();
        String basis = cmd.reason().strip();
        LocalDate due = store.clock(c.id(), ClockKind.DECISION.name()).map(CaseView.ClockRow::due).orElse(on);
        finishReview(c, on, type, basis, u);
        ReconCase decided = store.lock(c.id());
        long doc = documents.issue(decided, DocKind.DECISION, c.applicantSummary() + "、" + respondent,
                DocumentTexts.decision(decided, respondent, type, basis), on, method(c, cmd), cmd.proof(), u);
        store.addService(c.countyCode(), c.id(), doc, respondent, ServiceMethod.DIRECT, on, "送达回证", u);
        return "作出行政复议决定：" + type.label() + "（" + type.article() + "）" + (on.isAfter(due) ? "；超过决定期限 " + due : "");
    }

    private String issueOpinion(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "意见书送达之日");
        String content = CaseRules.text(cmd.reason(), "意见内容", 10, 4000);
        Deadline due = clocks.compute(DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_OPINION_FOLLOW_UP, on));
        long opinion = store.addOpinion(c.countyCode(), c.id(), c.unitId(), content, on, due.due(), u);
        clocks.start(c, ClockKind.OPINION_FEEDBACK.name() + "-" + opinion, c.unitId(),
                DeadlineRequest.of(StatutoryPeriod.RECONSIDERATION_OPINION_FOLLOW_UP, on));
        String respondent = offices.unitName(c.unitId());
        documents.issue(c, DocKind.OPINION, respondent, DocumentTexts.opinion(c, content, due), on,
                cmd.serviceMethod() == null ? ServiceMethod.DIRECT : cmd.serviceMethod(), cmd.proof(), u);
        return "向" + respondent + "制发行政复议意见书，整改反馈期限 " + due.due() + "（第七十六条）";
    }

    private String close(ReconCase c, CaseCommand cmd, LocalDate today, LocalDate last, String u) {
        LocalDate on = date(cmd, today, last, "结案日期");
        boolean served = store.documents(c.id()).stream()
                .filter(d -> d.kind().equals(DocKind.DECISION.name()) || d.kind().equals(DocKind.MEDIATION.name())
                        || d.kind().equals(DocKind.TERMINATION.name()))
                .anyMatch(d -> store.services(c.id()).stream().anyMatch(s -> s.documentId() == d.id()));
        if (!served) {
            throw BusinessException.conflict("决定书（调解书、终止决定书）尚未送达，不能结案（第七十五条第二款：决定书一经送达即发生法律效力）");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("status", CaseStatus.CLOSED);
        columns.put("closed_on", on);
        store.update(c, columns, u);
        return "结案归档";
    }

    // ------------------------------------------------------------------ further records

    /** Records a further service (送达) of one of the case's documents. */
    @Transactional
    public void serve(long caseId, long documentRowId, String recipient, ServiceMethod method, LocalDate servedOn,
                      @Nullable String proof, Actor actor) {
        ReconCase c = store.get(caseId, actor.scope());
        if (!actor.handle()) {
            throw BusinessException.forbidden("您没有登记送达的权限");
        }
        CaseView.Doc doc = store.documents(caseId).stream().filter(d -> d.id() == documentRowId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("文书不存在"));
        LocalDate on = CaseRules.date(servedOn, today(), doc.documentDate(), "送达之日");
        String to = CaseRules.text(recipient, "受送达人", 1, 200);
        if (method == ServiceMethod.ELECTRONIC && !c.electronicServiceConsent()) {
            throw BusinessException.invalid("申请人未同意电子送达，不能采用电子送达方式");
        }
        store.addService(c.countyCode(), caseId, documentRowId, to, method, on, CaseDocuments.proofOr(proof, method),
                actor.username());
        store.addStep(c.countyCode(), caseId, "SERVE", on, doc.title() + "（" + (doc.numberText() == null ? "" : doc.numberText())
                + "）" + method.label() + "至" + to, actor.username());
        events.publishEvent(new ReconsiderationCaseChanged(c.countyCode(), actor.username(), "reconsideration.case.serve",
                caseId, c.number(), "送达 " + doc.title() + " 至 " + to));
    }

    /** The respondent reports how it corrected what the 意见书 found (第七十六条). */
    @Transactional
    public void opinionFeedback(long caseId, long opinionId, @Nullable String feedback, @Nullable LocalDate on,
                                Actor actor) {
        ReconCase c = store.get(caseId, actor.scope());
        if (!actor.handle() && !actor.respond()) {
            throw BusinessException.forbidden("您没有反馈整改情况的权限");
        }
        String text = CaseRules.text(feedback, "整改情况", 10, 4000);
        CaseView.Opinion opinion = store.opinions(caseId).stream().filter(o -> o.id() == opinionId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("意见书不存在"));
        LocalDate date = CaseRules.date(on, today(), opinion.servedOn(), "反馈之日");
        if (!store.opinionFeedback(caseId, opinionId, text, date, actor.username())) {
            throw BusinessException.conflict("该意见书已反馈整改情况");
        }
        clocks.close(c, ClockKind.OPINION_FEEDBACK.name() + "-" + opinionId, "DONE", date);
        store.addStep(c.countyCode(), caseId, "OPINION_FEEDBACK", date, "被申请人反馈整改情况"
                + (date.isAfter(opinion.due()) ? "（逾期，期限 " + opinion.due() + "）" : "") + "：" + text, actor.username());
        events.publishEvent(new ReconsiderationCaseChanged(c.countyCode(), actor.username(),
                "reconsideration.case.opinion-feedback", caseId, c.number(), "意见书整改反馈：" + c.number()));
    }

    /** Publishes the decision on the portal with personal data removed (第七十九条第一款). */
    @Transactional
    public void publish(long caseId, Actor actor) {
        ReconCase c = store.get(caseId, actor.scope());
        if (!actor.handle()) {
            throw BusinessException.forbidden("您没有公开决定书的权限");
        }
        if (c.decisionType() == null || (!c.decisionType().decidable() && c.decisionType() != DecisionType.MEDIATION)) {
            throw BusinessException.conflict("只有已作出的行政复议决定书、调解书可以公开");
        }
        if (c.published()) {
            throw BusinessException.conflict("决定书已经公开");
        }
        String respondent = offices.unitName(c.unitId());
        List<String> paragraphs = c.decisionType() == DecisionType.MEDIATION
                ? DocumentTexts.mediation(c, respondent, c.decisionBasis())
                : DocumentTexts.decision(c, respondent, c.decisionType(), c.decisionBasis());
        String text = Redaction.redact(String.join("\n", paragraphs), store.parties(caseId));
        store.publish(caseId, text, actor.username());
        store.addStep(c.countyCode(), caseId, "PUBLISH", today(), "决定书去除个人信息后在门户公开", actor.username());
        events.publishEvent(new ReconsiderationCaseChanged(c.countyCode(), actor.username(), "reconsideration.case.publish",
                caseId, c.number(), "公开决定书 " + c.number()));
    }

    /** Adds an uploaded material (申请材料、补正材料、答复证据) to a case in scope. */
    @Transactional
    public void addMaterial(long caseId, long attachmentId, String source, String name, Actor actor) {
        ReconCase c = store.get(caseId, actor.scope());
        store.addMaterial(c.countyCode(), caseId, attachmentId, source, name, actor.username());
        events.publishEvent(new ReconsiderationCaseChanged(c.countyCode(), actor.username(),
                "reconsideration.case.material", caseId, c.number(), "提交材料：" + name));
    }

    /**
     * Deems accepted every case of the county whose review period ran out without a decision (第三十条第三款). Run daily;
     * returns how many cases it accepted.
     */
    @Transactional
    public int deemLapsedReviews(String countyCode) {
        LocalDate today = today();
        List<Long> ids = store.lapsedReviews(countyCode, today);
        Actor system = Actor.system(countyCode);
        for (long id : ids) {
            act(id, CaseAction.DEEM_ACCEPTED, CaseCommand.on(today).withProcedure(Procedure.ORDINARY), system);
        }
        return ids.size();
    }

    // ------------------------------------------------------------------ reading

    /** The case with everything its page shows. */
    public CaseView view(long id, Actor actor) {
        ReconCase c = store.get(id, actor.scope());
        LocalDate today = today();
        List<CaseView.ClockView> clockViews = store.clocks(id).stream().map(r -> new CaseView.ClockView(r,
                ClockKind.labelOf(r.kind()), light(r, today), switch (r.status()) {
                    case "OPEN" -> "进行中";
                    case "DONE" -> "已办";
                    case "STOPPED" -> "停止计算";
                    default -> "不再需要";
                })).toList();
        List<CaseView.Service> services = store.services(id);
        List<CaseView.DocView> docs = store.documents(id).stream().map(d -> new CaseView.DocView(d,
                services.stream().filter(s -> s.documentId() == d.id()).toList())).toList();
        List<CaseAction> allowed = new ArrayList<>();
        for (CaseAction a : CaseAction.values()) {
            if (a.allowedFrom(c.status()) && (a.respondent() ? actor.handle() || actor.respond() : actor.handle())
                    && applicable(a, c)) {
                allowed.add(a);
            }
        }
        return new CaseView(c, offices.unitName(c.unitId()), offices.unitName(c.officeUnitId()), store.parties(id),
                store.steps(id), clockViews, store.stops(id), docs, store.materials(id), store.opinions(id),
                allowed);
    }

    /** Whether a step allowed by the status also makes sense now, so that the page offers only meaningful steps. */
    private static boolean applicable(CaseAction a, ReconCase c) {
        return switch (a) {
            case SEND_COPY -> c.copyServedOn() == null;
            case RECORD_ANSWER -> c.copyServedOn() != null && c.answerReceivedOn() == null;
            case CONVERT_TO_ORDINARY -> c.procedure() == Procedure.SIMPLE;
            case SCHEDULE_HEARING -> c.procedure() == Procedure.ORDINARY && c.hearingHeldOn() == null;
            case HOLD_HEARING -> c.hearingOn() != null && c.hearingHeldOn() == null;
            case EXTEND -> c.procedure() == Procedure.ORDINARY && c.extensionDays() == 0;
            case ISSUE_OPINION -> c.decisionType() != null && c.decisionType().decidable();
            default -> true;
        };
    }

    /** 红黄绿: overdue, at most three working days left, more left; grey when no longer running. */
    String light(CaseView.ClockRow r, LocalDate today) {
        if (!r.status().equals("OPEN")) {
            return "grey";
        }
        return lightOf(r.due(), today);
    }

    String lightOf(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return "red";
        }
        return calendar.workingDaysBetween(today, due) <= 3 ? "yellow" : "green";
    }

    /** The case of a portal lookup: number and verification code must both match. */
    public ReconCase lookup(String countyCode, @Nullable String number, @Nullable String code) {
        BusinessException notFound = BusinessException.notFound("案号或查询码不正确");
        if (number == null || code == null || number.isBlank() || code.isBlank() || number.length() > 64 || code.length() > 32) {
            throw notFound;
        }
        ReconCase c = store.byNumber(countyCode, number.strip()).orElseThrow(() -> notFound);
        String hash = store.verifyHash(c.id());
        if (hash == null || !MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                sha256(code).getBytes(StandardCharsets.US_ASCII))) {
            throw notFound;
        }
        return c;
    }
}
