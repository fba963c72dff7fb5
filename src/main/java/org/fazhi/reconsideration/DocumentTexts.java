package org.fazhi.reconsideration;

import org.fazhi.calendar.Deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body paragraphs of the case documents (文书正文), written from the articles of 《中华人民共和国行政复议法》 they apply,
 * each telling the recipient what follows and what remedies remain. {@code who} is how the applicant is addressed.
 */
final class DocumentTexts {

    private DocumentTexts() {
    }

    private static String act(ReconCase c) {
        return c.actTitle() + (c.actNumber() == null || c.actNumber().isBlank() ? "" : "（" + c.actNumber() + "）");
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static List<String> acceptance(ReconCase c, String respondent, Procedure procedure, Deadline decision) {
        return List.of(
                "你（单位）不服" + respondent + "作出的" + act(c) + "，于" + date(c.receivedOn()) + "向本机关提出的行政复议申请，"
                        + "经审查，符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件，本机关决定予以受理，案号为" + c.number() + "。",
                "本案适用" + procedure.label() + "审理。依照《中华人民共和国行政复议法》第六十二条，本机关将于" + date(decision.due())
                        + "前作出行政复议决定；" + (procedure == Procedure.ORDINARY
                        ? "情况复杂、不能在规定期限内作出决定的，经行政复议机构负责人批准，可以适当延长，延长期限最多不超过三十日，并书面告知当事人。"
                        : "简易程序案件不得延长审理期限。"),
                "行政复议期间，你（单位）可以查阅、复制被申请人提出的书面答复、作出行政行为的证据、依据和其他有关材料（第四十七条）。"
                        + "行政复议期间行政行为不停止执行，但有《中华人民共和国行政复议法》第四十二条规定情形的除外。",
                "行政复议机关受理行政复议申请，不得向申请人收取任何费用（第八十七条）。");
    }

    static List<String> cure(ReconCase c, String defects, Deadline cure) {
        return List.of(
                "你（单位）于" + date(c.receivedOn()) + "提出的行政复议申请（" + c.number() + "），经审查，申请材料不齐全或者表述不清楚，"
                        + "无法判断是否符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件。依照该法第三十一条第一款，现一次性告知需要补正的事项如下：",
                defects,
                "请自收到本通知之日起十个工作日内提交补正材料（第三十一条第一款、第八十八条第二款），本案补正期限届满日为" + date(cure.due())
                        + "。有正当理由不能按期补正的，可以向本机关申请延长合理的补正期限；无正当理由逾期不补正的，视为放弃行政复议申请，并记录在案（第三十一条第二款）。",
                "本机关收到补正材料后，依照《中华人民共和国行政复议法》第三十条的规定重新进行受理审查（第三十一条第三款）。");
    }

    static List<String> rejection(ReconCase c, String respondent, String reasons) {
        return List.of(
                "你（单位）不服" + respondent + "作出的" + act(c) + "，于" + date(c.receivedOn()) + "向本机关提出行政复议申请（" + c.number() + "）。",
                "经审查，本机关认为：" + reasons,
                "该申请不符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件。依照该法第三十条第二款，本机关决定不予受理。",
                "你（单位）如不服本决定，可以自收到本决定书之日起十五日内，依照《中华人民共和国行政诉讼法》的规定向人民法院提起行政诉讼；"
                        + "依法应当先申请行政复议的，可以依照《中华人民共和国行政复议法》第三十四条的规定起诉。");
    }

    static List<String> referral(ReconCase c, String respondent, String body, String reasons) {
        return List.of(
                "你（单位）于" + date(c.receivedOn()) + "对" + respondent + "作出的" + act(c) + "提出的行政复议申请（" + c.number() + "），经审查，"
                        + reasons,
                "该申请不属于本机关管辖。依照《中华人民共和国行政复议法》第三十条第二款，现告知你（单位）向有权受理的" + body + "提出申请；"
                        + "你（单位）在法定期限内向本机关提出申请的，申请期限不因此受到影响。");
    }

    static List<String> answerNotice(ReconCase c, String applicant, Procedure procedure, Deadline answer) {
        String days = procedure == Procedure.ORDINARY ? "十个工作日" : "五个工作日";
        String article = procedure == Procedure.ORDINARY ? "第四十八条" : "第五十四条";
        return List.of(
                applicant + "不服你单位作出的" + act(c) + "，向本机关申请行政复议，本机关已依法受理（" + c.number() + "，" + procedure.label() + "）。现将行政复议申请书副本发送你单位。",
                "依照《中华人民共和国行政复议法》" + article + "，请你单位自收到申请书副本之日起" + days + "内（届满日" + date(answer.due())
                        + "），提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。",
                "被申请人不按照规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据，"
                        + "本机关将依照《中华人民共和国行政复议法》第七十条决定撤销、部分撤销该行政行为，确认该行政行为违法、无效或者决定被申请人在一定期限内履行。",
                "在行政复议期间，被申请人不得自行向申请人和其他有关单位或者个人收集证据（第四十六条）。");
    }

    static List<String> hearing(ReconCase c, LocalDate on, String place) {
        return List.of(
                "本机关受理的" + c.number() + "行政复议案件（" + c.applicantSummary() + "不服" + act(c) + "），依照《中华人民共和国行政复议法》第五十条决定举行听证。",
                "听证时间：" + date(on) + "；听证地点：" + place + "。听证将就案件的事实、证据、法律适用等争议事项听取各方意见。",
                "申请人无正当理由拒不参加听证的，视为放弃听证权利；被申请人的负责人应当参加听证，不能参加的，应当说明理由并委托相应的工作人员参加听证（第五十一条）。");
    }

    static List<String> extension(ReconCase c, int days, String approver, Deadline due) {
        return List.of(
                "本机关于" + date(c.acceptedOn()) + "受理的" + c.number() + "行政复议案件，因案情复杂，不能在规定期限内作出行政复议决定。",
                "经行政复议机构负责人" + approver + "批准，依照《中华人民共和国行政复议法》第六十二条第一款，审理期限延长" + days
                        + "日，本机关将于" + date(due.due()) + "前作出行政复议决定。");
    }

    static List<String> suspension(ReconCase c, SuspensionGround ground, String note) {
        List<String> p = new ArrayList<>();
        p.add("本机关受理的" + c.number() + "行政复议案件，因" + ground.text() + "，依照《中华人民共和国行政复议法》" + ground.label().split("：")[0]
                + "，决定自即日起中止行政复议。");
        if (!note.isBlank()) {
            p.add(note);
        }
        p.add("中止行政复议的原因消除后，本机关将及时恢复审理，并书面告知当事人（第三十九条第二款、第三款）。");
        return p;
    }

    static List<String> resumption(ReconCase c, LocalDate suspendedOn, Deadline decision) {
        return List.of(
                "本机关于" + date(suspendedOn) + "中止审理的" + c.number() + "行政复议案件，中止原因已经消除。依照《中华人民共和国行政复议法》第三十九条第二款、第三款，决定恢复审理。",
                "本案的审理期限依法计算，本机关将于" + date(decision.due()) + "前作出行政复议决定。");
    }

    static List<String> termination(ReconCase c, String respondent, TerminationGround ground, String note) {
        List<String> p = new ArrayList<>();
        p.add("申请人" + c.applicantSummary() + "不服" + respondent + "作出的" + act(c) + "，于" + date(c.receivedOn()) + "提出行政复议申请，本机关依法受理（" + c.number() + "）。");
        if (!note.isBlank()) {
            p.add(note);
        }
        p.add("本案有" + ground.text() + "的情形。依照《中华人民共和国行政复议法》" + ground.label().split("：")[0] + "，本机关决定终止行政复议。");
        if (ground == TerminationGround.WITHDRAWN) {
            p.add("申请人撤回行政复议申请，行政复议机构准予撤回后，申请人不得再以同一事实和理由提出行政复议申请，但申请人能够证明撤回行政复议申请违背其真实意愿的除外（第七十四条第二款）。");
        }
        return p;
    }

    static List<String> decision(ReconCase c, String respondent, DecisionType type, String basis) {
        return List.of(
                "申请人：" + c.applicantSummary() + "。被申请人：" + respondent + "。",
                "申请人不服被申请人作出的" + act(c) + "，于" + date(c.receivedOn()) + "向本机关申请行政复议，本机关于" + date(c.acceptedOn())
                        + (c.deemedAccepted() ? "依法视为受理" : "依法受理") + "，适用" + c.procedureLabel() + "审理。申请人请求：" + c.requestText(),
                "本机关认为：" + basis,
                "依照《中华人民共和国行政复议法》" + type.article() + "，本机关决定：" + type.label() + "。",
                "本决定书一经送达，即发生法律效力（第七十五条第二款）。申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十五条）。"
                        + "被申请人应当履行本决定；不履行或者无正当理由拖延履行的，本机关或者有关上级行政机关将责令其限期履行，并依法追究责任（第七十七条）。");
    }

    static List<String> mediation(ReconCase c, String respondent, String agreement) {
        return List.of(
                "申请人：" + c.applicantSummary() + "。被申请人：" + respondent + "。",
                "申请人不服被申请人作出的" + act(c) + "，向本机关申请行政复议（" + c.number() + "）。本案审理中，经本机关依照《中华人民共和国行政复议法》第五条、第七十三条主持调解，当事人自愿达成如下协议：",
                agreement,
                "上述协议不违反法律、法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益。本调解书经各方当事人签字或者签章，并加盖本机关印章，即具有法律效力。"
                        + "调解书生效前一方反悔的，本机关将依法审查或者及时作出行政复议决定（第七十三条第二款）。");
    }

    static List<String> opinion(ReconCase c, String content, Deadline due) {
        return List.of(
                "本机关在办理" + c.number() + "行政复议案件中发现你单位有关行政行为存在违法或者不当的问题，依照《中华人民共和国行政复议法》第七十六条提出如下意见：",
                content,
                "请你单位依照本意见书纠正相关行政行为或者做好善后处理，并自收到本意见书之日起六十日内（届满日" + date(due.due()) + "）将纠正相关违法或者不当行政行为的情况报送本机关。");
    }
}
