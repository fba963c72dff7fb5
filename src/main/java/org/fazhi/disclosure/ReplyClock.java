package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Deadlines;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.calendar.StoppedInterval;
import org.springframework.stereotype.Component;

/**
 * The clocks of a request (答复期限等), all computed by {@code calendar}:
 * <ul>
 *   <li>REPLY: 20 个工作日 from {@code clockStart} (收到申请之日, or 收到补正申请之日, 第三十条), plus the approved extension
 *       (≤ 20 个工作日, 第三十三条第二款), with consultation time excluded (第三十三条第三款: from the day the consultation is
 *       sent to the day its answer arrives, or its 15-day end while still open) and the time between a fee notice and
 *       payment excluded (国办函〔2020〕109号 — the exclusion is practice, see rules-digest §12 item 2); for an excessive
 *       request with a reasonable delayed deadline (第三十五条) that date instead;</li>
 *   <li>CURE_NOTICE: the 7 个工作日 within which one consolidated 补正 notice must go out (第三十条);</li>
 *   <li>CURE: the reasonable cure period the notice gave the applicant;</li>
 *   <li>CONSULTATION: the 15 个工作日 of each open consultation (第三十二条、第三十四条);</li>
 *   <li>FEE_PAYMENT: the payment period of the fee notice.</li>
 * </ul>
 */
@Component
public class ReplyClock {

    static final String EXCESSIVE_CITATION = "《中华人民共和国政府信息公开条例》第三十五条";
    static final String CURE_CITATION = "《中华人民共和国政府信息公开条例》第三十条";

    private final Deadlines deadlines;
    private final DisclosureSettings settings;

    ReplyClock(Deadlines deadlines, DisclosureSettings settings) {
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** The reply deadline, or {@code null} while the clock has not started (待确认收到). */
    public RequestDeadline reply(DisclosureRequest r, List<Consultation> consultations, List<FeeRecord> fees) {
        if (r.delayedDue() != null) {
            return new RequestDeadline("REPLY", "答复期限（申请数量、频次明显超过合理范围，确定的延迟答复期限）", r.delayedDue(),
                    EXCESSIVE_CITATION, "本机关依照第三十五条确定延迟答复的合理期限为 " + r.delayedDue() + "。", "reply",
                    false);
        }
        LocalDate start = r.clockStart();
        if (start == null) {
            throw new IllegalStateException("clock not started");
        }
        DeadlineRequest request = DeadlineRequest.of(StatutoryPeriod.DISCLOSURE_REPLY, start)
                .withStops(stops(start, consultations, fees))
                .withExtension(r.extensionDays());
        Deadline d = deadlines.compute(request);
        String explanation = d.explanation();
        if (r.curedOn() != null && r.curedOn().equals(start)) {
            explanation = "申请经补正，答复期限自收到补正申请之日（" + start + "）起计算（第三十条）。" + explanation;
        }
        String citation = d.citation() + (r.extensionDays() > 0 ? "、第三十三条第二款（延长）" : "")
                + (request.stops().isEmpty() ? "" : "、第三十三条第三款（征求意见时间不计算在内）");
        return new RequestDeadline("REPLY", "答复期限", d.due(), citation, explanation, "reply", d.unknownYear());
    }

    /** The last day to send the one consolidated 补正 notice (7 个工作日 from receipt). */
    public RequestDeadline cureNotice(LocalDate receivedOn) {
        Deadline d = deadlines.compute(StatutoryPeriod.DISCLOSURE_CURE_NOTICE, receivedOn);
        return new RequestDeadline("CURE_NOTICE", "一次性告知补正期限", d.due(), d.citation(), d.explanation(),
                "cure-notice", d.unknownYear());
    }

    /** The applicant's cure period: {@code workingDays} 个工作日 from the notice (a "reasonable" period, 第三十条). */
    public Deadline cureDue(LocalDate noticeOn, int workingDays) {
        return deadlines.compute(DeadlineRequest.of(noticeOn, workingDays, PeriodUnit.WORKING_DAYS));
    }

    public Deadline consultationDue(Consultation.Kind kind, LocalDate partyReceivedOn) {
        return deadlines.compute(kind == Consultation.Kind.THIRD_PARTY ? StatutoryPeriod.DISCLOSURE_THIRD_PARTY
                : StatutoryPeriod.DISCLOSURE_CO_MAKER, partyReceivedOn);
    }

    public Deadline feePaymentDue(LocalDate noticeOn) {
        return deadlines.compute(DeadlineRequest.of(noticeOn, settings.feePaymentWorkingDays(), PeriodUnit.WORKING_DAYS));
    }

    /** All running clocks of a request (none once it is concluded). */
    public List<RequestDeadline> running(DisclosureRequest r, List<Consultation> consultations, List<FeeRecord> fees) {
        List<RequestDeadline> result = new ArrayList<>();
        if (r.concluded() || r.clockStart() == null) {
            return result;
        }
        switch (r.status()) {
            case AWAITING_CURE -> {
                if (r.cureDue() != null) {
                    result.add(new RequestDeadline("CURE", "申请人补正期限", r.cureDue(), CURE_CITATION,
                            "补正通知（" + r.cureNoticeOn() + "）给予申请人的合理补正期限；逾期无正当理由不补正的，视为放弃申请。",
                            "cure", false));
                }
            }
            case AWAITING_FEE -> fees.stream().filter(f -> "NOTIFIED".equals(f.status())).forEach(f ->
                    result.add(new RequestDeadline("FEE_PAYMENT", "申请人缴纳信息处理费期限", f.payDue(),
                            settings.feePaymentCitation(), "自收费通知（" + f.noticeOn() + "）次日起 "
                            + settings.feePaymentWorkingDays() + " 个工作日；逾期未缴纳的，不再处理该申请。",
                            "fee-payment", false)));
            default -> {
                result.add(reply(r, consultations, fees));
                if (r.cureNoticeOn() == null && r.curedOn() == null && r.receivedOn() != null
                        && r.receivedOn().equals(r.clockStart())) {
                    result.add(cureNotice(r.receivedOn()));
                }
                for (Consultation c : consultations) {
                    if (c.open()) {
                        result.add(new RequestDeadline("CONSULTATION", "征求" + c.kind().label() + "（" + c.party()
                                + "）意见期限", c.due(), c.kind() == Consultation.Kind.THIRD_PARTY
                                ? StatutoryPeriod.DISCLOSURE_THIRD_PARTY.citation()
                                : StatutoryPeriod.DISCLOSURE_CO_MAKER.citation(),
                                "自对方收到征求意见书（" + c.partyReceivedOn() + "）次日起 15 个工作日。"
                                        + (c.kind() == Consultation.Kind.CO_MAKER ? "逾期未提出意见的视为同意公开。"
                                        : "逾期未提出意见的，由本机关依照条例规定决定。"),
                                "consultation-" + c.id(), false));
                    }
                }
            }
        }
        return result;
    }

    /**
     * The stopped intervals of the reply clock: consultations and fee waits after the clock start, clipped to start the
     * day after it and merged where they overlap (several consultations may run at once).
     */
    static List<StoppedInterval> stops(LocalDate start, List<Consultation> consultations, List<FeeRecord> fees) {
        List<LocalDate[]> raw = new ArrayList<>();
        for (Consultation c : consultations) {
            raw.add(new LocalDate[]{c.sentOn(), c.answeredOn() != null ? c.answeredOn() : c.due()});
        }
        for (FeeRecord f : fees) {
            raw.add(new LocalDate[]{f.noticeOn(), f.paidOn() != null ? f.paidOn() : f.payDue()});
        }
        raw.sort(Comparator.comparing(a -> a[0]));
        List<StoppedInterval> merged = new ArrayList<>();
        LocalDate curFrom = null;
        LocalDate curTo = null;
        for (LocalDate[] interval : raw) {
            LocalDate from = interval[0].isAfter(start) ? interval[0] : start.plusDays(1);
            LocalDate to = interval[1];
            if (to.isBefore(from)) {
                continue;
            }
            if (curFrom != null && !from.isAfter(curTo.plusDays(1))) {
                if (to.isAfter(curTo)) {
                    curTo = to;
                }
                continue;
            }
            if (curFrom != null) {
                merged.add(new StoppedInterval(curFrom, curTo));
            }
            curFrom = from;
            curTo = to;
        }
        if (curFrom != null) {
            merged.add(new StoppedInterval(curFrom, curTo));
        }
        return merged;
    }
}
