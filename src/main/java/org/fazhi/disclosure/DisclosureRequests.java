package org.fazhi.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.calendar.Deadline;
import org.fazhi.org.DataScope;
import org.fazhi.org.IdNumbers;
import org.fazhi.files.Attachments;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure request aggregate (依申请公开办理): every step a request can take, each checked against its state and the
 * rules of 《中华人民共和国政府信息公开条例》, recorded on the timeline, audited, and followed by the worklist clocks.
 * An action out of order is refused with a Chinese message and changes nothing.
 */
@Service
public class DisclosureRequests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestStore store;
    private final ReplyClock clocks;
    private final DisclosureLetters letters;
    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Attachments attachments;

    DisclosureRequests(RequestStore store, ReplyClock clocks, DisclosureLetters letters, OrgDirectory org,
                       JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Attachments attachments) {
        this.attachments = attachments;
        this.store = store;
        this.clocks = clocks;
        this.letters = letters;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A registered request with the verification code the applicant needs to follow it (shown once). */
    public record Registered(DisclosureRequest request, String verificationCode, List<RequestDeadline> deadlines) {
    }

    /** Registers an application received by staff (the unit must be in the user's scope). */
    @Transactional
    public Registered register(NewRequest in, ScopeFilter scope, String actor) {
        if (in.unitId() == null) {
            throw BusinessException.invalid("请选择承办单位");
        }
        OrgDirectory.UnitRef unit = org.activeUnit(in.unitId(), scope)
                .orElseThrow(() -> BusinessException.notFound("承办单位不存在或不在您的数据范围内"));
        if (in.channelDate() == null) {
            throw BusinessException.invalid("请填写" + (in.channel() == null ? "收到申请的日期" : in.channel().dateLabel())
                    + "（据此确定收到申请之日，第三十一条）");
        }
        return create(in, unit, in.channelDate(), actor);
    }

    /** An application submitted on the portal: it waits for both sides to confirm (第三十一条第（三）项). */
    @Transactional
    public Registered submitOnline(NewRequest in, String countyCode) {
        if (in.unitId() == null) {
            throw BusinessException.invalid("请选择受理机关");
        }
        OrgDirectory.UnitRef unit = org.activeUnit(in.unitId(), new ScopeFilter(DataScope.COUNTY, countyCode, null, null))
                .orElseThrow(() -> BusinessException.invalid("受理机关不存在"));
        NewRequest online = new NewRequest(in.unitId(), Channel.PORTAL, null, in.applicantType(), in.applicantName(),
                in.idType(), in.idNumber(), in.contactPerson(), in.phone(), in.email(), in.address(), in.description(),
                in.formWanted(), in.deliveryWanted());
        return create(online, unit, null, "portal");
    }

    private Registered create(NewRequest in, OrgDirectory.UnitRef unit, @Nullable LocalDate channelDate, String actor) {
        LocalDate today = today();
        if (in.channel() == null) {
            throw BusinessException.invalid("请选择申请渠道");
        }
        if (in.applicantType() == null) {
            throw BusinessException.invalid("请选择申请人类型");
        }
        String name = required(in.applicantName(), "申请人姓名或名称", 100);
        String description = required(in.description(), "所需政府信息的名称、文号或者特征性描述", 4000);
        String idNumber = trim(in.idNumber());
        if (idNumber == null) {
            throw BusinessException.invalid(in.applicantType().person() ? "请填写申请人身份证件号码（第二十九条）"
                    : "请填写统一社会信用代码或其他身份证明（第二十九条）");
        }
        if (in.applicantType().person() && "身份证".equals(in.idType()) && !IdNumbers.isValid(idNumber)) {
            throw BusinessException.invalid("居民身份证号码“" + idNumber + "”不正确");
        }
        if (trim(in.phone()) == null && trim(in.email()) == null && trim(in.address()) == null) {
            throw BusinessException.invalid("请至少填写一种联系方式（电话、电子邮箱或通信地址，第二十九条）");
        }
        String form = "PAPER".equals(in.formWanted()) ? "PAPER" : "ELECTRONIC";
        String delivery = in.deliveryWanted() == null || !Set.of("POST", "EMAIL", "PICKUP", "ONLINE")
                .contains(in.deliveryWanted()) ? "ONLINE" : in.deliveryWanted();
        if (channelDate != null && channelDate.isAfter(today)) {
            throw BusinessException.invalid(in.channel().dateLabel() + "不能晚于今天");
        }
        long seq = jdbc.sql("SELECT nextval('disc_request_number_seq')").query(Long.class).single();
        String number = "GK" + today.getYear() + String.format("%06d", seq);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Timestamp now = Timestamp.from(clock.instant());
        RequestStatus status = channelDate == null ? RequestStatus.SUBMITTED : RequestStatus.PROCESSING;
        long id = jdbc.sql("""
                        INSERT INTO disc_request (county_code, unit_id, number, verification_hash, channel, channel_date,
                            received_on, clock_start, applicant_type, applicant_name, id_type, id_number, contact_person,
                            phone, email, address, description, form_wanted, delivery_wanted, status,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :number, :hash, :channel, :channelDate, :received, :received, :type, :name,
                            :idType, :idNumber, :contact, :phone, :email, :address, :description, :form, :delivery, :status,
                            :at, :by, :at, :by) RETURNING id""")
                .param("county", unit.countyCode()).param("unit", unit.id()).param("number", number)
                .param("hash", hash(number, code)).param("channel", in.channel().name())
                .param("channelDate", channelDate).param("received", channelDate)
                .param("type", in.applicantType().name()).param("name", name).param("idType", trim(in.idType()))
                .param("idNumber", idNumber).param("contact", trim(in.contactPerson())).param("phone", trim(in.phone()))
                .param("email", trim(in.email())).param("address", trim(in.address())).param("description", description)
                .param("form", form).param("delivery", delivery).param("status", status.name())
                .param("at", now).param("by", actor).query(Long.class).single();
        DisclosureRequest r = load(id);
        String detail = channelDate == null
                ? "申请人通过互联网提交申请，待双方确认后确定收到申请之日（第三十一条第（三）项）"
                : "登记申请（" + in.channel().label() + "，" + in.channel().dateLabel() + " " + channelDate + "）。"
                + in.channel().rule() + "。收到申请之日：" + channelDate;
        step(r, "registered", channelDate == null ? today : channelDate, detail, actor);
        List<RequestDeadline> deadlines = sync(r);
        return new Registered(load(id), code, deadlines);
    }

    /** Confirms an online application (双方确认): the confirmation day is the receipt day (第三十一条第（三）项). */
    @Transactional
    public DisclosureRequest confirmReceipt(long id, @Nullable LocalDate on, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(id, scope);
        if (r.status() != RequestStatus.SUBMITTED) {
            throw BusinessException.conflict("该申请已确认收到，不能重复确认");
        }
        LocalDate day = date(on, null);
        store.update(r, Map.of("received_on", day, "clock_start", day, "channel_date", day,
                "status", RequestStatus.PROCESSING), actor);
        r = load(id);
        step(r, "received", day, "与申请人确认收到网上申请，确认之日 " + day + " 为收到申请之日（第三十一条第（三）项）", actor);
        sync(r);
        return r;
    }

    /** Routes the request to the unit that holds the information (转办), recorded on the timeline. */
    @Transactional
    public DisclosureRequest transfer(long id, @Nullable Long targetUnitId, @Nullable String reason, ScopeFilter scope,
                                      String actor) {
        DisclosureRequest r = open(id, scope);
        if (targetUnitId == null) {
            throw BusinessException.invalid("请选择转办的单位");
        }
        OrgDirectory.UnitRef target = org.activeUnit(targetUnitId,
                        new ScopeFilter(DataScope.COUNTY, r.countyCode(), null, null))
                .orElseThrow(() -> BusinessException.invalid("转办单位不存在"));
        if (target.id() == r.unitId()) {
            throw BusinessException.invalid("该申请已由该单位承办");
        }
        String why = required(reason, "转办理由", 500);
        String from = letters.unitName(r.unitId());
        store.update(r, Map.of("unit_id", target.id()), actor);
        // The applicant's files go with the request, or the unit now answering could not open them.
        attachments.reassignOwner(r.countyCode(), "disclosure", "disc_request", Long.toString(id), target.id());
        DisclosureRequest moved = load(id);
        step(moved, "transferred", today(), "由" + from + "转" + target.name() + "办理。理由：" + why, actor);
        sync(moved);
        return moved;
    }

    /** One consolidated 补正 notice (一次性告知补正, 第三十条) with a reasonable cure period in working days. */
    @Transactional
    public DisclosureRequest requestCure(long id, @Nullable String items, int cureWorkingDays, @Nullable LocalDate on,
                                         ScopeFilter scope, String actor) {
        DisclosureRequest r = processing(id, scope, "告知补正");
        if (r.cureNoticeOn() != null) {
            throw BusinessException.conflict("已于 " + r.cureNoticeOn() + " 一次性告知补正，第三十条规定只能一次性告知，不能再次要求补正");
        }
        if (store.consultations(id).stream().anyMatch(Consultation::open)) {
            throw BusinessException.conflict("正在征求意见，不能再要求补正");
        }
        String what = required(items, "需要补正的事项", 2000);
        if (cureWorkingDays < 1 || cureWorkingDays > 60) {
            throw BusinessException.invalid("补正期限应为 1 至 60 个工作日");
        }
        LocalDate day = date(on, r.clockStart());
        RequestDeadline noticeDue = clocks.cureNotice(r.receivedOn());
        Deadline cureDue = clocks.cureDue(day, cureWorkingDays);
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.add("经审查，您的申请内容不明确。根据" + DisclosureLetters.ACT + "第二十九条、第三十条的规定，现一次性告知您需要补正的事项如下："
                + what);
        body.add("请您于" + DisclosureLetters.cn(cureDue.due()) + "前补正。答复期限自本机关收到补正的申请之日起计算。"
                + "无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。");
        Letter letter = letters.issue(r, LetterKind.CURE_NOTICE, r.applicantName(), body, day, true, actor);
        store.update(r, Map.of("cure_notice_on", day, "cure_items", what, "cure_due", cureDue.due(),
                "status", RequestStatus.AWAITING_CURE), actor);
        DisclosureRequest updated = load(id);
        step(updated, "cure-requested", day, "一次性告知补正（" + letter.number() + "），补正期限至 " + cureDue.due()
                + (day.isAfter(noticeDue.due()) ? "。注意：告知晚于第三十条规定的 7 个工作日（" + noticeDue.due() + "）" : ""), actor);
        sync(updated);
        return updated;
    }

    /** The cured application arrived: the reply period restarts from that day (第三十条). */
    @Transactional
    public DisclosureRequest cured(long id, @Nullable LocalDate on, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(id, scope);
        if (r.status() != RequestStatus.AWAITING_CURE) {
            throw BusinessException.conflict("该申请不在待补正状态");
        }
        LocalDate day = date(on, r.cureNoticeOn());
        store.update(r, Map.of("cured_on", day, "clock_start", day, "status", RequestStatus.PROCESSING), actor);
        DisclosureRequest updated = load(id);
        step(updated, "cured", day, "收到补正后的申请，答复期限自 " + day + " 起重新计算（第三十条）", actor);
        sync(updated);
        return updated;
    }

    /** No cure by the end of the cure period: the application is deemed abandoned (第三十条), Table 三 （六）1. */
    @Transactional
    public DisclosureRequest notCured(long id, @Nullable LocalDate on, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(id, scope);
        if (r.status() != RequestStatus.AWAITING_CURE) {
            throw BusinessException.conflict("该申请不在待补正状态");
        }
        LocalDate day = date(on, r.cureNoticeOn());
        if (r.cureDue() != null && !day.isAfter(r.cureDue())) {
            throw BusinessException.conflict("补正期限至 " + r.cureDue() + " 尚未届满，不能按逾期不补正处理");
        }
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.add("本机关已于" + DisclosureLetters.cn(r.cureNoticeOn()) + "一次性告知您补正申请，补正期限至"
                + DisclosureLetters.cn(r.cureDue()) + "。您无正当理由逾期未补正，根据" + DisclosureLetters.ACT
                + "第三十条的规定，视为放弃申请，本机关不再处理该政府信息公开申请。");
        body.addAll(letters.remedy(r, false));
        return conclude(r, ReportRow.OTHER_NOT_CURED, day, LetterKind.TERMINATION, body,
                "申请人逾期不补正，视为放弃申请，终止处理（表三（六）1）", "not-cured", actor);
    }

    /** One extension of at most 20 个工作日, only with the office head's consent and notice to the applicant (第三十三条第二款). */
    @Transactional
    public DisclosureRequest extend(long id, int days, @Nullable String approver, @Nullable LocalDate approvedOn,
                                    @Nullable String reason, @Nullable LocalDate on, ScopeFilter scope, String actor) {
        DisclosureRequest r = processing(id, scope, "延长答复期限");
        if (r.extensionDays() > 0) {
            throw BusinessException.conflict("答复期限已于 " + r.extensionApprovedOn() + " 延长，第三十三条第二款只允许延长一次");
        }
        if (r.delayedDue() != null) {
            throw BusinessException.conflict("已依第三十五条确定延迟答复期限，不再适用延长");
        }
        String who = trim(approver);
        if (who == null || approvedOn == null) {
            throw BusinessException.invalid("延长答复期限须经政府信息公开工作机构负责人同意，请填写同意人和同意日期（第三十三条第二款）");
        }
        if (days < 1 || days > 20) {
            throw BusinessException.invalid("延长的期限最长不得超过 20 个工作日（第三十三条第二款）");
        }
        String why = required(reason, "延长理由", 500);
        LocalDate day = date(on, r.clockStart());
        RequestDeadline current = clocks.reply(r, store.consultations(id), store.fees(id));
        if (day.isAfter(current.due()) || approvedOn.isAfter(current.due())) {
            throw BusinessException.conflict("答复期限已于 " + current.due() + " 届满，不能再延长");
        }
        if (approvedOn.isAfter(day)) {
            throw BusinessException.invalid("同意日期不能晚于告知日期");
        }
        store.update(r, Map.of("extension_days", days, "extension_approver", who, "extension_approved_on", approvedOn,
                "extension_reason", why, "extension_notified_on", day), actor);
        DisclosureRequest updated = load(id);
        RequestDeadline extended = clocks.reply(updated, store.consultations(id), store.fees(id));
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.add("因" + why + "，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据"
                + DisclosureLetters.ACT + "第三十三条第二款的规定，答复期限延长 " + days + " 个工作日，延长后的答复期限为"
                + DisclosureLetters.cn(extended.due()) + "。特此告知。");
        Letter letter = letters.issue(updated, LetterKind.EXTENSION_NOTICE, r.applicantName(), body, day, true, actor);
        step(updated, "extended", day, "经" + who + "于 " + approvedOn + " 同意延长 " + days + " 个工作日，已告知申请人（"
                + letter.number() + "），答复期限至 " + extended.due(), actor);
        sync(updated);
        return updated;
    }

    /** Written consultation of a third party (第三十二条) or a co-maker (第三十四条); the time is excluded (第三十三条第三款). */
    @Transactional
    public DisclosureRequest consult(long id, Consultation.@Nullable Kind kind, @Nullable String party,
                                     @Nullable LocalDate sentOn, @Nullable LocalDate partyReceivedOn, ScopeFilter scope,
                                     String actor) {
        DisclosureRequest r = processing(id, scope, "征求意见");
        if (kind == null) {
            throw BusinessException.invalid("请选择征求意见的对象类别（第三方或共同制作机关）");
        }
        String who = required(party, "被征求意见的第三方或机关", 200);
        LocalDate sent = date(sentOn, r.clockStart());
        LocalDate received = partyReceivedOn == null ? sent : partyReceivedOn;
        if (received.isBefore(sent)) {
            throw BusinessException.invalid("对方收到征求意见书的日期不能早于发出日期");
        }
        Deadline due = clocks.consultationDue(kind, received);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO disc_consultation (county_code, unit_id, request_id, kind, party, sent_on,
                            party_received_on, due, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :request, :kind, :party, :sent, :received, :due, :at, :by, :at, :by)""")
                .param("county", r.countyCode()).param("unit", r.unitId()).param("request", id).param("kind", kind.name())
                .param("party", who).param("sent", sent).param("received", received).param("due", due.due())
                .param("at", now).param("by", actor).update();
        List<String> body = new ArrayList<>();
        body.add("本机关于" + DisclosureLetters.cn(r.receivedOn()) + "收到政府信息公开申请（申请编号：" + r.number()
                + "），申请获取“" + r.description() + "”。");
        if (kind == Consultation.Kind.THIRD_PARTY) {
            body.add("经审查，该政府信息公开后可能损害贵方合法权益。根据" + DisclosureLetters.ACT
                    + "第三十二条的规定，现书面征求贵方意见。请贵方自收到本征求意见书之日起 15 个工作日内（即"
                    + DisclosureLetters.cn(due.due()) + "前）提出意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。");
        } else {
            body.add("该政府信息由本机关与贵机关共同制作。根据" + DisclosureLetters.ACT
                    + "第三十四条的规定，现征求贵机关意见。请贵机关自收到本函之日起 15 个工作日内（即"
                    + DisclosureLetters.cn(due.due()) + "前）提出意见；逾期未提出意见的，视为同意公开。");
        }
        Letter letter = letters.issue(r, LetterKind.CONSULTATION, who, body, sent, false, actor);
        step(r, "consulted", sent, "书面征求" + kind.label() + "（" + who + "）意见（" + letter.number() + "），对方 "
                + received + " 收到，15 个工作日至 " + due.due() + "；征求意见时间不计入答复期限（第三十三条第三款）", actor);
        sync(load(id));
        return load(id);
    }

    /** The answer to a consultation, or its silence once the 15 working days are over. */
    @Transactional
    public DisclosureRequest consultationAnswered(long id, long consultationId, Consultation.@Nullable Result result,
                                                  @Nullable LocalDate on, @Nullable String opinion, ScopeFilter scope,
                                                  String actor) {
        DisclosureRequest r = store.get(id, scope);
        Consultation c = store.consultations(id).stream().filter(x -> x.id() == consultationId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("征求意见记录不存在"));
        if (!c.open()) {
            throw BusinessException.conflict("该征求意见已办结");
        }
        if (result == null) {
            throw BusinessException.invalid("请选择对方的意见");
        }
        LocalDate day = date(on, c.sentOn());
        Consultation.Result effective = result;
        if (result == Consultation.Result.NO_REPLY || result == Consultation.Result.DEEMED_CONSENT) {
            if (!day.isAfter(c.due())) {
                throw BusinessException.conflict("对方提出意见的期限至 " + c.due() + " 尚未届满，不能按逾期未提出意见处理");
            }
            // 第三十四条: a co-maker's silence is consent; 第三十二条: a third party's silence leaves the decision to the agency.
            effective = c.kind() == Consultation.Kind.CO_MAKER ? Consultation.Result.DEEMED_CONSENT
                    : Consultation.Result.NO_REPLY;
            day = c.due();
        } else if (result == Consultation.Result.OBJECT && trim(opinion) == null) {
            throw BusinessException.invalid("第三方不同意公开的，请记录其理由（第三十二条）");
        }
        jdbc.sql("""
                        UPDATE disc_consultation SET answered_on = :on, result = :result, opinion = :opinion,
                            updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("on", day).param("result", effective.name()).param("opinion", trim(opinion))
                .param("at", Timestamp.from(clock.instant())).param("by", actor).param("id", consultationId).update();
        store.update(r, Map.of(), actor);
        DisclosureRequest updated = load(id);
        step(updated, "consultation-answered", day, c.kind().label() + "（" + c.party() + "）意见：" + effective.label()
                + (trim(opinion) == null ? "" : "。" + trim(opinion)), actor);
        sync(updated);
        return updated;
    }

    /** Marks a request as plainly excessive and asks the applicant for reasons (第三十五条). */
    @Transactional
    public DisclosureRequest askReasons(long id, @Nullable String note, @Nullable LocalDate on, ScopeFilter scope,
                                        String actor) {
        DisclosureRequest r = processing(id, scope, "要求说明理由");
        if (r.excessive()) {
            throw BusinessException.conflict("已于 " + r.excessiveReasonsAskedOn() + " 要求申请人说明理由");
        }
        String why = required(note, "认定申请数量、频次明显超过合理范围的情况", 1000);
        LocalDate day = date(on, r.clockStart());
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.add("经查，" + why + "，申请公开政府信息的数量、频次明显超过合理范围。根据" + DisclosureLetters.ACT
                + "第三十五条的规定，请您说明理由。本机关认为理由不合理的，将告知不予处理；认为理由合理但无法在规定期限内答复的，"
                + "将确定延迟答复的合理期限并告知您。根据第四十二条的规定，本机关可以依照《政府信息公开信息处理费管理办法》收取信息处理费。");
        Letter letter = letters.issue(r, LetterKind.REASONS_REQUEST, r.applicantName(), body, day, true, actor);
        store.update(r, Map.of("excessive", true, "excessive_reasons_asked_on", day, "excessive_note", why), actor);
        DisclosureRequest updated = load(id);
        step(updated, "reasons-asked", day, "认定申请数量、频次明显超过合理范围，要求说明理由（" + letter.number() + "）：" + why,
                actor);
        sync(updated);
        return updated;
    }

    /** Reasons accepted but the Art. 33 period cannot be met: a reasonable delayed deadline, notified (第三十五条). */
    @Transactional
    public DisclosureRequest delay(long id, @Nullable LocalDate delayedDue, @Nullable String reason, @Nullable LocalDate on,
                                   ScopeFilter scope, String actor) {
        DisclosureRequest r = processing(id, scope, "确定延迟答复期限");
        if (!r.excessive()) {
            throw BusinessException.conflict("只有经认定申请数量、频次明显超过合理范围并要求说明理由后，才能确定延迟答复期限（第三十五条）");
        }
        if (delayedDue == null) {
            throw BusinessException.invalid("请填写延迟答复的合理期限");
        }
        String why = required(reason, "申请人说明的理由及本机关的认定", 1000);
        RequestDeadline current = clocks.reply(r, store.consultations(id), store.fees(id));
        if (!delayedDue.isAfter(current.due())) {
            throw BusinessException.invalid("延迟答复期限应晚于现答复期限 " + current.due());
        }
        LocalDate day = date(on, r.clockStart());
        store.update(r, Map.of("delayed_due", delayedDue, "excessive_note", r.excessiveNote() + "；" + why), actor);
        DisclosureRequest updated = load(id);
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.add("本机关已要求您说明理由。经审查，" + why + "，理由合理，但本机关无法在" + DisclosureLetters.ACT
                + "第三十三条规定的期限内答复。根据第三十五条的规定，本机关确定延迟答复的合理期限为"
                + DisclosureLetters.cn(delayedDue) + "。特此告知。");
        Letter letter = letters.issue(updated, LetterKind.DELAY_NOTICE, r.applicantName(), body, day, true, actor);
        step(updated, "delayed", day, "理由合理，确定延迟答复期限至 " + delayedDue + "，已告知（" + letter.number() + "）", actor);
        sync(updated);
        return updated;
    }

    /** Fee notice (收费通知, 第四十二条, 国办函〔2020〕109号): only for an excessive request; the clock stops until paid. */
    @Transactional
    public DisclosureRequest notifyFee(long id, FeeScale.@Nullable Method method, @Nullable Integer pages,
                                       @Nullable LocalDate on, ScopeFilter scope, String actor) {
        DisclosureRequest r = processing(id, scope, "收费");
        if (!r.excessive()) {
            throw BusinessException.conflict("只有申请数量、频次明显超过合理范围的，才可以收取信息处理费（第四十二条）；请先认定并要求说明理由");
        }
        if (store.fees(id).stream().anyMatch(f -> !"UNPAID".equals(f.status()))) {
            throw BusinessException.conflict("该申请已发出收费通知，按件计收与按量计收不得重复计算（国办函〔2020〕109号第三条）");
        }
        if (method == null) {
            throw BusinessException.invalid("请选择计收方式（按件或按量）");
        }
        FeeScale.Fee fee;
        if (method == FeeScale.Method.PER_PAGE) {
            if (pages == null || pages < 1) {
                throw BusinessException.invalid("按量计收请填写页数");
            }
            fee = FeeScale.perPage(pages);
        } else {
            fee = FeeScale.perRequest(positionInMonth(r));
        }
        if (fee.amount().signum() == 0) {
            throw BusinessException.invalid("按标准不收费：" + fee.calculation());
        }
        LocalDate day = date(on, r.clockStart());
        Deadline payDue = clocks.feePaymentDue(day);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO disc_fee (county_code, unit_id, request_id, method, quantity, amount, calculation,
                            notice_on, pay_due, status, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :request, :method, :quantity, :amount, :calc, :on, :due, 'NOTIFIED',
                            :at, :by, :at, :by)""")
                .param("county", r.countyCode()).param("unit", r.unitId()).param("request", id)
                .param("method", fee.method().name()).param("quantity", fee.quantity()).param("amount", fee.amount())
                .param("calc", fee.calculation()).param("on", day).param("due", payDue.due()).param("at", now)
                .param("by", actor).update();
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.add("您申请公开政府信息的数量、频次明显超过合理范围。根据" + DisclosureLetters.ACT + "第四十二条和《政府信息公开信息处理费管理办法》"
                + "（国办函〔2020〕109号）的规定，本机关决定" + fee.method().label() + "收取信息处理费人民币 " + fee.amount().toPlainString()
                + " 元。计算方法：" + fee.calculation() + "。");
        body.add("请您于" + DisclosureLetters.cn(payDue.due()) + "前缴纳。答复期限自您缴纳费用之日起恢复计算；逾期未缴纳的，"
                + "视为放弃申请，本机关不再处理该政府信息公开申请。");
        Letter letter = letters.issue(r, LetterKind.FEE_NOTICE, r.applicantName(), body, day, true, actor);
        store.update(r, Map.of("status", RequestStatus.AWAITING_FEE), actor);
        DisclosureRequest updated = load(id);
        step(updated, "fee-notified", day, "发出收费通知（" + letter.number() + "），" + fee.method().label() + " "
                + fee.amount().toPlainString() + " 元，缴费期限至 " + payDue.due() + "。" + fee.calculation(), actor);
        sync(updated);
        return updated;
    }

    /** The fee was paid: processing resumes, the time waiting for payment stays excluded. */
    @Transactional
    public DisclosureRequest feePaid(long id, @Nullable LocalDate on, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(id, scope);
        if (r.status() != RequestStatus.AWAITING_FEE) {
            throw BusinessException.conflict("该申请不在待缴费状态");
        }
        FeeRecord fee = store.fees(id).stream().filter(f -> "NOTIFIED".equals(f.status())).findFirst().orElseThrow();
        LocalDate day = date(on, fee.noticeOn());
        if (day.isAfter(fee.payDue())) {
            throw BusinessException.conflict("缴费期限已于 " + fee.payDue() + " 届满，逾期缴费的申请不再处理");
        }
        jdbc.sql("UPDATE disc_fee SET paid_on = :on, status = 'PAID', updated_at = :at, updated_by = :by, "
                        + "version = version + 1 WHERE id = :id")
                .param("on", day).param("at", Timestamp.from(clock.instant())).param("by", actor).param("id", fee.id())
                .update();
        store.update(r, Map.of("status", RequestStatus.PROCESSING), actor);
        DisclosureRequest updated = load(id);
        step(updated, "fee-paid", day, "申请人缴纳信息处理费 " + fee.amount().toPlainString() + " 元，答复期限恢复计算", actor);
        sync(updated);
        return updated;
    }

    /** Not paid in time: processing stops, Table 三 （六）2. */
    @Transactional
    public DisclosureRequest feeUnpaid(long id, @Nullable LocalDate on, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(id, scope);
        if (r.status() != RequestStatus.AWAITING_FEE) {
            throw BusinessException.conflict("该申请不在待缴费状态");
        }
        FeeRecord fee = store.fees(id).stream().filter(f -> "NOTIFIED".equals(f.status())).findFirst().orElseThrow();
        LocalDate day = date(on, fee.noticeOn());
        if (!day.isAfter(fee.payDue())) {
            throw BusinessException.conflict("缴费期限至 " + fee.payDue() + " 尚未届满");
        }
        jdbc.sql("UPDATE disc_fee SET status = 'UNPAID', updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", actor).param("id", fee.id()).update();
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.add("本机关已于" + DisclosureLetters.cn(fee.noticeOn()) + "向您发出信息处理费收费通知，缴费期限至"
                + DisclosureLetters.cn(fee.payDue()) + "。您逾期未缴纳费用，根据" + DisclosureLetters.ACT
                + "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关不再处理该政府信息公开申请。");
        body.addAll(letters.remedy(r, false));
        return conclude(r, ReportRow.OTHER_FEE_UNPAID, day, LetterKind.TERMINATION, body,
                "申请人逾期未缴纳信息处理费，不再处理（表三（六）2）", "fee-unpaid", actor);
    }

    /** The reply (答复, 第三十六条至第三十九条): refused while 补正, payment or a consultation is pending. */
    @Transactional
    public DisclosureRequest reply(long id, ReplyCommand cmd, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(id, scope);
        switch (r.status()) {
            case SUBMITTED -> throw BusinessException.conflict("尚未确认收到该申请，不能答复");
            case AWAITING_CURE -> throw BusinessException.conflict("该申请正在等待申请人补正，不能答复；收到补正后再答复，或逾期不补正的终止处理");
            case AWAITING_FEE -> throw BusinessException.conflict("该申请正在等待申请人缴纳信息处理费，不能答复");
            case ANSWERED, CLOSED -> throw BusinessException.conflict("该申请已办结，不能重复答复");
            default -> {
            }
        }
        if (store.consultations(id).stream().anyMatch(Consultation::open)) {
            throw BusinessException.conflict("尚有未办结的征求意见，请先登记对方意见或逾期情况");
        }
        ReplyType type = cmd.type();
        if (type == null) {
            throw BusinessException.invalid("请选择答复类型");
        }
        String basis = trim(cmd.legalBasis());
        if (basis == null) {
            throw BusinessException.invalid("请填写答复的法律依据");
        }
        List<WithholdGround> grounds = cmd.grounds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(cmd.grounds()));
        String text = trim(cmd.text());
        String withheld = trim(cmd.withheldReasons());
        if (type.withholds() && (grounds.isEmpty() || withheld == null)) {
            throw BusinessException.invalid("不予公开（含部分不予公开）的，须选择理由类别并说明理由（第三十六条第（三）项、第三十七条）");
        }
        if (!type.withholds() && !grounds.isEmpty()) {
            throw BusinessException.invalid("“" + type.label() + "”不涉及不予公开的理由");
        }
        if ((type == ReplyType.DISCLOSED || type == ReplyType.ALREADY_PUBLIC || type == ReplyType.PARTIAL
                || type == ReplyType.NOT_THIS_AGENCY || type == ReplyType.PUBLICATION || type == ReplyType.SPECIAL_REGIME)
                && text == null) {
            throw BusinessException.invalid("“" + type.label() + "”须填写提供的信息或获取的方式、途径");
        }
        if (type == ReplyType.STILL_UNCLEAR && r.curedOn() == null) {
            throw BusinessException.conflict("只有经补正后申请内容仍不明确的，才能按“补正后申请内容仍不明确”答复（第三十条）");
        }
        if (type == ReplyType.EXCESSIVE && !r.excessive()) {
            throw BusinessException.conflict("须先认定申请数量、频次明显超过合理范围并要求申请人说明理由（第三十五条）");
        }
        String repeatOf = trim(cmd.repeatOf());
        if (type == ReplyType.REPEAT && repeatOf == null) {
            throw BusinessException.invalid("重复申请须填写此前已答复的申请编号");
        }
        LocalDate day = date(cmd.on(), r.clockStart());
        ReportRow row = type.row(grounds.isEmpty() ? null : grounds.get(0));
        List<String> body = new ArrayList<>();
        body.add(DisclosureLetters.received(r));
        body.addAll(ReplyTexts.body(r, type, grounds, basis, text, withheld, repeatOf));
        body.addAll(letters.remedy(r, type.withholds()));
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        columns.put("reply_type", type);
        columns.put("withhold_grounds", grounds.isEmpty() ? null
                : grounds.stream().map(Enum::name).collect(Collectors.joining(",")));
        columns.put("legal_basis", basis);
        columns.put("reply_text", text);
        columns.put("withheld_reasons", withheld);
        columns.put("repeat_of", repeatOf);
        store.update(r, columns, actor);
        DisclosureRequest withReply = load(id);
        return conclude(withReply, row, day, LetterKind.REPLY, body, "答复：" + type.label() + "（依据：" + basis
                + "），计入年度报告表三“" + row.label() + "”", "replied", actor);
    }

    /** Closes a request without a reply for another reason (e.g. withdrawn by the applicant): Table 三 （六）3. */
    @Transactional
    public DisclosureRequest close(long id, @Nullable String reason, @Nullable LocalDate on, ScopeFilter scope,
                                   String actor) {
        DisclosureRequest r = open(id, scope);
        String why = required(reason, "终止处理的理由", 1000);
        LocalDate day = date(on, r.receivedOn());
        List<String> body = new ArrayList<>();
        if (r.receivedOn() != null) {
            body.add(DisclosureLetters.received(r));
        }
        body.add("因" + why + "，本机关终止处理该政府信息公开申请。");
        body.addAll(letters.remedy(r, false));
        store.update(r, Map.of("closing_note", why), actor);
        return conclude(load(id), ReportRow.OTHER, day, LetterKind.TERMINATION, body, "终止处理：" + why + "（表三（六）3）",
                "closed", actor);
    }

    /** Records the service of a letter (送达). */
    @Transactional
    public DisclosureRequest serve(long id, long letterId, @Nullable String method, @Nullable LocalDate on,
                                   @Nullable String note, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(id, scope);
        Letter letter = letters.letters(id, false).stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("文书不存在"));
        if (letter.servedOn() != null) {
            throw BusinessException.conflict("该文书已于 " + letter.servedOn() + " 送达");
        }
        if (method == null || !Set.of("DIRECT", "POST", "ELECTRONIC", "ONLINE").contains(method)) {
            throw BusinessException.invalid("请选择送达方式");
        }
        LocalDate day = date(on, letter.issuedOn());
        jdbc.sql("UPDATE disc_letter SET served_on = :on, service_method = :method, service_note = :note, "
                        + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("on", day).param("method", method).param("note", trim(note))
                .param("at", Timestamp.from(clock.instant())).param("by", actor).param("id", letterId).update();
        store.update(r, Map.of(), actor);
        DisclosureRequest updated = load(id);
        Letter served = letters.letters(id, false).stream().filter(l -> l.id() == letterId).findFirst().orElseThrow();
        step(updated, "served", day, served.kindLabel() + "（" + served.number() + "）" + served.serviceLabel()
                + (trim(note) == null ? "" : "：" + trim(note)), actor);
        return updated;
    }

    /** The request as it is now, for callers that changed a child record. */
    public DisclosureRequest reloaded(long id, ScopeFilter scope) {
        return store.get(id, scope);
    }

    /** The running clocks of a request. */
    public List<RequestDeadline> deadlines(DisclosureRequest r) {
        return clocks.running(r, store.consultations(r.id()), store.fees(r.id()));
    }

    private DisclosureRequest conclude(DisclosureRequest r, ReportRow row, LocalDate day, LetterKind kind,
                                       List<String> body, String detail, String stepCode, String actor) {
        Letter letter = letters.issue(r, kind, r.applicantName(), body, day, true, actor);
        RequestStatus status = kind == LetterKind.REPLY ? RequestStatus.ANSWERED : RequestStatus.CLOSED;
        store.update(r, Map.of("status", status, "report_row", row, "concluded_on", day), actor);
        DisclosureRequest done = load(r.id());
        step(done, stepCode, day, detail + "（" + letter.number() + "）", actor);
        sync(done);
        return done;
    }

    /** This request's position among the same applicant's requests received in its natural month (109号第四条). */
    int positionInMonth(DisclosureRequest r) {
        LocalDate received = r.receivedOn();
        LocalDate first = received.withDayOfMonth(1);
        return jdbc.sql("""
                        SELECT count(*) FROM disc_request
                        WHERE county_code = :county AND applicant_name = :name AND COALESCE(id_number, '') = :idNumber
                          AND received_on >= :first AND received_on < :next
                          AND (received_on < :received OR (received_on = :received AND id <= :id))""")
                .param("county", r.countyCode()).param("name", r.applicantName())
                .param("idNumber", r.idNumber() == null ? "" : r.idNumber()).param("first", first)
                .param("next", first.plusMonths(1)).param("received", received).param("id", r.id())
                .query(Integer.class).single();
    }

    /** Re-publishes the running clocks to the worklist and clears those that stopped; stores the reply due date. */
    private List<RequestDeadline> sync(DisclosureRequest r) {
        List<Consultation> consultations = store.consultations(r.id());
        List<RequestDeadline> running = clocks.running(r, consultations, store.fees(r.id()));
        Set<String> keys = new LinkedHashSet<>(List.of("reply", "cure-notice", "cure", "fee-payment"));
        consultations.forEach(c -> keys.add("consultation-" + c.id()));
        String title = "政府信息公开申请 " + r.number() + "（" + r.applicantName() + "）";
        for (RequestDeadline d : running) {
            keys.remove(d.worklistKey());
            events.publishEvent(new DeadlineSet(r.countyCode(), r.unitId(), null, "disclosure", "request",
                    Long.toString(r.id()), d.worklistKey(), title + " " + d.label(), d.due(),
                    d.citation().length() > 300 ? d.citation().substring(0, 300) : d.citation(),
                    "/disclosure/requests/" + r.id()));
        }
        for (String key : keys) {
            events.publishEvent(new DeadlineCleared(r.countyCode(), "disclosure", "request", Long.toString(r.id()), key));
        }
        LocalDate replyDue = running.stream().filter(d -> d.kind().equals("REPLY")).map(RequestDeadline::due).findFirst()
                .orElse(r.replyDue());
        if (replyDue != null && !replyDue.equals(r.replyDue())) {
            jdbc.sql("UPDATE disc_request SET reply_due = :due WHERE id = :id").param("due", replyDue)
                    .param("id", r.id()).update();
        }
        return running;
    }

    private void step(DisclosureRequest r, String code, LocalDate on, String detail, String actor) {
        store.step(r, r.unitId(), code, on, detail, actor);
        events.publishEvent(new DisclosureRequestChanged(r.countyCode(), actor, r.id(), r.number(), r.unitId(), code,
                "政府信息公开申请 " + r.number() + "：" + (detail.length() > 400 ? detail.substring(0, 400) : detail)));
    }

    private DisclosureRequest open(long id, ScopeFilter scope) {
        DisclosureRequest r = store.get(id, scope);
        if (r.concluded()) {
            throw BusinessException.conflict("该申请已办结");
        }
        return r;
    }

    private DisclosureRequest processing(long id, ScopeFilter scope, String what) {
        DisclosureRequest r = store.get(id, scope);
        switch (r.status()) {
            case PROCESSING -> {
                return r;
            }
            case SUBMITTED -> throw BusinessException.conflict("尚未确认收到该申请，不能" + what);
            case AWAITING_CURE -> throw BusinessException.conflict("该申请正在等待补正，不能" + what);
            case AWAITING_FEE -> throw BusinessException.conflict("该申请正在等待缴费，不能" + what);
            default -> throw BusinessException.conflict("该申请已办结，不能" + what);
        }
    }

    private DisclosureRequest load(long id) {
        // the caller has already checked the scope on this id
        return jdbc.sql("SELECT " + RequestStore.COLUMNS + " FROM disc_request r WHERE r.id = :id")
                .param("id", id).query(RequestStore::map).single();
    }

    /** The action date: today when not given; never in the future, never before {@code notBefore}. */
    private LocalDate date(@Nullable LocalDate given, @Nullable LocalDate notBefore) {
        LocalDate today = today();
        LocalDate day = given == null ? today : given;
        if (day.isAfter(today)) {
            throw BusinessException.invalid("日期 " + day + " 不能晚于今天");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw BusinessException.invalid("日期 " + day + " 不能早于 " + notBefore);
        }
        return day;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String hash(String number, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((number + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(@Nullable String value, String what, int max) {
        String v = trim(value);
        if (v == null) {
            throw BusinessException.invalid("请填写" + what);
        }
        if (v.length() > max) {
            throw BusinessException.invalid(what + "不能超过 " + max + " 字");
        }
        return v;
    }

    static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
