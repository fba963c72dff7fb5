package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.Consultation;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.FeeScale;
import org.fazhi.disclosure.Remedies;
import org.fazhi.disclosure.ReplyCommand;
import org.fazhi.disclosure.ReplyType;
import org.fazhi.disclosure.Table4;
import org.fazhi.disclosure.WithholdGround;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The state-changing actions of a request (办理动作), shared by the pages (form fields) and the API (JSON fields): one
 * parser, one set of rules. Unknown actions and malformed values are refused in Chinese.
 */
@Component
class RequestActions {

    static final List<String> ACTIONS = List.of("confirm", "transfer", "cure-request", "cured", "not-cured", "extend",
            "consult", "consultation-answer", "ask-reasons", "delay", "fee-notice", "fee-paid", "fee-unpaid", "reply",
            "close", "serve", "remedy");

    private final DisclosureRequests requests;
    private final Remedies remedies;

    RequestActions(DisclosureRequests requests, Remedies remedies) {
        this.requests = requests;
        this.remedies = remedies;
    }

    /** Runs {@code action}; values are strings (form) or lists of strings (multi-select grounds). */
    DisclosureRequest run(long id, String action, Map<String, ?> in, ScopeFilter scope, String actor) {
        Fields f = new Fields(in);
        return switch (action) {
            case "confirm" -> requests.confirmReceipt(id, f.date("on"), scope, actor);
            case "transfer" -> requests.transfer(id, f.longValue("unitId"), f.text("reason"), scope, actor);
            case "cure-request" -> requests.requestCure(id, f.text("items"), f.intValue("cureDays", 15), f.date("on"),
                    scope, actor);
            case "cured" -> requests.cured(id, f.date("on"), scope, actor);
            case "not-cured" -> requests.notCured(id, f.date("on"), scope, actor);
            case "extend" -> requests.extend(id, f.intValue("days", 0), f.text("approver"), f.date("approvedOn"),
                    f.text("reason"), f.date("on"), scope, actor);
            case "consult" -> requests.consult(id, f.enumValue("kind", Consultation.Kind.class), f.text("party"),
                    f.date("sentOn"), f.date("partyReceivedOn"), scope, actor);
            case "consultation-answer" -> requests.consultationAnswered(id, f.longRequired("consultationId"),
                    f.enumValue("result", Consultation.Result.class), f.date("on"), f.text("opinion"), scope, actor);
            case "ask-reasons" -> requests.askReasons(id, f.text("note"), f.date("on"), scope, actor);
            case "delay" -> requests.delay(id, f.date("delayedDue"), f.text("reason"), f.date("on"), scope, actor);
            case "fee-notice" -> requests.notifyFee(id, f.enumValue("method", FeeScale.Method.class),
                    f.intOrNull("pages"), f.date("on"), scope, actor);
            case "fee-paid" -> requests.feePaid(id, f.date("on"), scope, actor);
            case "fee-unpaid" -> requests.feeUnpaid(id, f.date("on"), scope, actor);
            case "reply" -> requests.reply(id, new ReplyCommand(f.enumValue("type", ReplyType.class),
                    f.enums("grounds", WithholdGround.class), f.text("legalBasis"), f.text("text"),
                    f.text("withheldReasons"), f.text("repeatOf"), f.date("on")), scope, actor);
            case "close" -> requests.close(id, f.text("reason"), f.date("on"), scope, actor);
            case "serve" -> requests.serve(id, f.longRequired("letterId"), f.text("method"), f.date("on"),
                    f.text("note"), scope, actor);
            case "remedy" -> {
                remedies.link(id, f.enumValue("kind", Table4.Kind.class), f.text("caseNumber"), f.date("filedOn"),
                        f.enumValue("outcome", Table4.Outcome.class), f.date("concludedOn"), f.text("note"), scope,
                        actor);
                yield requests.reloaded(id, scope);
            }
            default -> throw BusinessException.notFound("未知的办理动作“" + action + "”");
        };
    }

    /** Typed access to loosely typed input. */
    private record Fields(Map<String, ?> in) {

        @Nullable String text(String name) {
            Object v = in.get(name);
            if (v instanceof List<?> list) {
                v = list.isEmpty() ? null : list.get(0);
            }
            if (v instanceof String[] array) {
                v = array.length == 0 ? null : array[0];
            }
            return v == null || v.toString().isBlank() ? null : v.toString().strip();
        }

        @Nullable LocalDate date(String name) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw BusinessException.invalid("日期“" + v + "”格式不正确，应为 YYYY-MM-DD");
            }
        }

        @Nullable Long longValue(String name) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw BusinessException.invalid("“" + v + "”不是有效的编号");
            }
        }

        long longRequired(String name) {
            Long v = longValue(name);
            if (v == null) {
                throw BusinessException.invalid("缺少参数 " + name);
            }
            return v;
        }

        @Nullable Integer intOrNull(String name) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw BusinessException.invalid("“" + v + "”不是有效的整数");
            }
        }

        int intValue(String name, int fallback) {
            Integer v = intOrNull(name);
            return v == null ? fallback : v;
        }

        <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("“" + v + "”不是有效的选项");
            }
        }

        <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
            Object v = in.get(name);
            List<String> raw = new ArrayList<>();
            if (v instanceof List<?> list) {
                list.forEach(x -> raw.add(String.valueOf(x)));
            } else if (v instanceof String[] array) {
                raw.addAll(List.of(array));
            } else if (v != null) {
                for (String s : v.toString().split(",")) {
                    raw.add(s);
                }
            }
            List<E> out = new ArrayList<>();
            for (String s : raw) {
                if (!s.isBlank()) {
                    try {
                        out.add(Enum.valueOf(type, s.strip()));
                    } catch (IllegalArgumentException e) {
                        throw BusinessException.invalid("“" + s + "”不是有效的选项");
                    }
                }
            }
            return out;
        }
    }
}
