package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The request aggregate on the real calendar: every path, its clocks across holidays, its refusals. */
@FazhiIntegrationTest
class DisclosureIntegrationTests {

    @Autowired
    DisclosureRequests requests;
    @Autowired
    DisclosureQueries queries;
    @Autowired
    JdbcClient jdbc;

    long unit;

    @BeforeEach
    void unit() {
        unit = DisclosureFixtures.department(jdbc);
    }

    private DisclosureRequest register(String day) {
        return requests.register(DisclosureFixtures.request(unit, ApplicantType.NATURAL_PERSON, "张三",
                LocalDate.parse(day)), DisclosureFixtures.COUNTY, "test").request();
    }

    private RequestDeadline reply(DisclosureRequest r) {
        return requests.deadlines(queries.get(r.id(), DisclosureFixtures.COUNTY)).stream()
                .filter(d -> d.kind().equals("REPLY")).findFirst().orElseThrow();
    }

    @Test
    void replyDeadlineCrossesNationalDayWithMakeUpDays() {
        // received Fri 2025-09-26: 9/28 (Sun, 调休上班) 9/29 9/30 | 10/1–10/8 off | 10/9 10/10 10/11 (Sat, 调休上班) …
        DisclosureRequests.Registered r = requests.register(DisclosureFixtures.request(unit, ApplicantType.NATURAL_PERSON,
                "李四", LocalDate.of(2025, 9, 26)), DisclosureFixtures.COUNTY, "test");
        RequestDeadline reply = r.deadlines().stream().filter(d -> d.kind().equals("REPLY")).findFirst().orElseThrow();
        assertThat(reply.due()).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(reply.citation()).contains("第三十三条第二款");
        assertThat(r.deadlines()).extracting(RequestDeadline::kind).contains("CURE_NOTICE");
        // 7 WD: 9/28 9/29 9/30 10/9 10/10 10/11 10/13
        assertThat(r.deadlines().stream().filter(d -> d.kind().equals("CURE_NOTICE")).findFirst().orElseThrow().due())
                .isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(r.request().number()).startsWith("GK");
        assertThat(r.verificationCode()).matches("\\d{6}");
        Integer items = jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'disclosure' AND source_id = :id "
                        + "AND deadline_kind = 'reply' AND done_at IS NULL AND due_date = '2025-10-30'")
                .param("id", Long.toString(r.request().id())).query(Integer.class).single();
        assertThat(items).isEqualTo(1);
    }

    @Test
    void cureRestartsTheClockAndNoCureClosesAsOtherHandling() {
        DisclosureRequest r = register("2025-03-03");
        requests.requestCure(r.id(), "请写明文件名称或文号", 10, LocalDate.of(2025, 3, 5), DisclosureFixtures.COUNTY, "test");
        assertThatThrownBy(() -> requests.reply(r.id(), new ReplyCommand(ReplyType.DISCLOSED, null,
                "《中华人民共和国政府信息公开条例》第三十六条第（二）项", "见附件", null, null, LocalDate.of(2025, 3, 6)),
                DisclosureFixtures.COUNTY, "test"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("补正");
        assertThatThrownBy(() -> requests.requestCure(r.id(), "再补", 10, LocalDate.of(2025, 3, 6),
                DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class);
        DisclosureRequest cured = requests.cured(r.id(), LocalDate.of(2025, 3, 14), DisclosureFixtures.COUNTY, "test");
        assertThat(cured.clockStart()).isEqualTo(LocalDate.of(2025, 3, 14));
        // 20 WD from Fri 3/14: 3/17 … 4/11 (清明 4/4 off)
        assertThat(reply(cured).due()).isEqualTo(LocalDate.of(2025, 4, 14));

        DisclosureRequest other = register("2025-03-03");
        requests.requestCure(other.id(), "请写明文件名称", 5, LocalDate.of(2025, 3, 4), DisclosureFixtures.COUNTY, "test");
        assertThatThrownBy(() -> requests.notCured(other.id(), LocalDate.of(2025, 3, 11), DisclosureFixtures.COUNTY, "test"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("尚未届满");
        DisclosureRequest closed = requests.notCured(other.id(), LocalDate.of(2025, 3, 12), DisclosureFixtures.COUNTY, "test");
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.reportRow()).isEqualTo(ReportRow.OTHER_NOT_CURED);
        assertThat(queries.letters(other.id(), false)).extracting(Letter::kind).containsExactly("CURE_NOTICE", "TERMINATION");
    }

    @Test
    void oneApprovedExtensionOnly() {
        DisclosureRequest r = register("2025-03-03");
        assertThatThrownBy(() -> requests.extend(r.id(), 10, null, null, "需检索档案", LocalDate.of(2025, 3, 20),
                DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class).hasMessageContaining("负责人同意");
        assertThatThrownBy(() -> requests.extend(r.id(), 21, "王主任", LocalDate.of(2025, 3, 20), "需检索档案",
                LocalDate.of(2025, 3, 20), DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class);
        assertThat(queries.get(r.id(), DisclosureFixtures.COUNTY).extensionDays()).isZero();
        DisclosureRequest extended = requests.extend(r.id(), 20, "王主任", LocalDate.of(2025, 3, 20), "需检索历史档案",
                LocalDate.of(2025, 3, 21), DisclosureFixtures.COUNTY, "test");
        // 40 WD from Mon 3/3: 4/4 清明 off, 4/27 (Sun) is a make-up day → 4/28
        assertThat(reply(extended).due()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThatThrownBy(() -> requests.extend(r.id(), 5, "王主任", LocalDate.of(2025, 3, 25), "再延",
                LocalDate.of(2025, 3, 25), DisclosureFixtures.COUNTY, "test"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("只允许延长一次");
    }

    @Test
    void consultationTimeIsExcludedAndCoMakerSilenceIsConsent() {
        DisclosureRequest r = register("2025-03-03");
        requests.consult(r.id(), Consultation.Kind.CO_MAKER, "示范县财政局", LocalDate.of(2025, 3, 4),
                LocalDate.of(2025, 3, 5), DisclosureFixtures.COUNTY, "test");
        Consultation c = queries.consultations(r.id()).get(0);
        assertThat(c.due()).isEqualTo(LocalDate.of(2025, 3, 26));
        assertThatThrownBy(() -> requests.reply(r.id(), new ReplyCommand(ReplyType.DISCLOSED, null, "第三十六条第（二）项",
                "见附件", null, null, LocalDate.of(2025, 3, 10)), DisclosureFixtures.COUNTY, "test"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("征求意见");
        DisclosureRequest answered = requests.consultationAnswered(r.id(), c.id(), Consultation.Result.NO_REPLY,
                LocalDate.of(2025, 3, 27), null, DisclosureFixtures.COUNTY, "test");
        assertThat(queries.consultations(r.id()).get(0).result()).isEqualTo(Consultation.Result.DEEMED_CONSENT);
        // 3/4–3/26 (sent … end of the 15 WD) excluded: the 20 WD run 3/27 … 4/24 (清明 4/4 off)
        assertThat(reply(answered).due()).isEqualTo(LocalDate.of(2025, 4, 24));
        assertThat(reply(answered).citation()).contains("第三十三条第三款");
    }

    @Test
    void replyNeedsTypeBasisAndGroundsAndMapsToItsRow() {
        DisclosureRequest r = register("2025-03-03");
        assertThatThrownBy(() -> requests.reply(r.id(), new ReplyCommand(null, null, "x", "y", null, null, null),
                DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class).hasMessageContaining("答复类型");
        assertThatThrownBy(() -> requests.reply(r.id(), new ReplyCommand(ReplyType.NOT_HELD, null, " ", null, null, null,
                null), DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class).hasMessageContaining("法律依据");
        assertThatThrownBy(() -> requests.reply(r.id(), new ReplyCommand(ReplyType.PARTIAL, List.of(), "第三十七条", "第一部分",
                null, null, null), DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class);
        DisclosureRequest done = requests.reply(r.id(), new ReplyCommand(ReplyType.PARTIAL,
                List.of(WithholdGround.THIRD_PARTY), ReplyType.PARTIAL.basis(), "项目批复文件正文",
                "附件中的企业报价含商业秘密", null, LocalDate.of(2025, 3, 20)), DisclosureFixtures.COUNTY, "test");
        assertThat(done.reportRow()).isEqualTo(ReportRow.PARTIAL);
        assertThat(done.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(queries.timeline(r.id())).extracting(DisclosureQueries.Step::action).contains("registered", "replied");
        assertThatThrownBy(() -> requests.reply(r.id(), new ReplyCommand(ReplyType.DISCLOSED, null, "x", "y", null, null,
                null), DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class);
    }

    @Test
    void excessiveRequestWithFee() {
        DisclosureRequest r = register("2025-03-03");
        assertThatThrownBy(() -> requests.notifyFee(r.id(), FeeScale.Method.PER_PAGE, 120, LocalDate.of(2025, 3, 5),
                DisclosureFixtures.COUNTY, "test")).isInstanceOf(BusinessException.class).hasMessageContaining("第四十二条");
        requests.askReasons(r.id(), "该申请人本月已提出 40 件申请", LocalDate.of(2025, 3, 4), DisclosureFixtures.COUNTY, "test");
        DisclosureRequest charged = requests.notifyFee(r.id(), FeeScale.Method.PER_PAGE, 120, LocalDate.of(2025, 3, 5),
                DisclosureFixtures.COUNTY, "test");
        assertThat(charged.status()).isEqualTo(RequestStatus.AWAITING_FEE);
        assertThat(queries.fees(r.id()).get(0).amount()).isEqualByComparingTo("1100");
        DisclosureRequest paid = requests.feePaid(r.id(), LocalDate.of(2025, 3, 12), DisclosureFixtures.COUNTY, "test");
        // 3/5–3/12 excluded: 3/4 counts 1; from 3/13 nineteen more → 4/9
        assertThat(reply(paid).due()).isEqualTo(LocalDate.of(2025, 4, 9));
        DisclosureRequest done = requests.reply(r.id(), new ReplyCommand(ReplyType.DISCLOSED, null,
                ReplyType.DISCLOSED.basis(), "以电子邮件提供", null, null, LocalDate.of(2025, 3, 20)),
                DisclosureFixtures.COUNTY, "test");
        assertThat(done.reportRow()).isEqualTo(ReportRow.OPEN);
    }

    @Test
    void perRequestFeeCountsTheApplicantsRequestsInTheMonth() {
        String id = org.fazhi.org.OrgFixtures.idNumber();
        DisclosureRequest last = null;
        for (int i = 0; i < 11; i++) {
            NewRequest base = DisclosureFixtures.request(unit, ApplicantType.NATURAL_PERSON, "王五", LocalDate.of(2025, 5, 6));
            last = requests.register(new NewRequest(base.unitId(), base.channel(), base.channelDate(), base.applicantType(),
                    base.applicantName(), base.idType(), id, null, base.phone(), null, base.address(), base.description(),
                    "ELECTRONIC", "EMAIL"), DisclosureFixtures.COUNTY, "test").request();
        }
        assertThat(requests.positionInMonth(last)).isEqualTo(11);
        requests.askReasons(last.id(), "本月第 11 件", LocalDate.of(2025, 5, 7), DisclosureFixtures.COUNTY, "test");
        requests.notifyFee(last.id(), FeeScale.Method.PER_REQUEST, null, LocalDate.of(2025, 5, 7), DisclosureFixtures.COUNTY,
                "test");
        assertThat(queries.fees(last.id()).get(0).amount()).isEqualByComparingTo("100");
    }
}
