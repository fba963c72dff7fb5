package org.fazhi.enforcement.internal;

import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.CreditCodes;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgFixtures;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Registry entries with names unique to this run, registered through the module's own service (测试数据). */
final class EnforcementFixtures {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100000));

    final Registries registries;
    final UserDetailsService users;

    EnforcementFixtures(Registries registries, UserDetailsService users) {
        this.registries = registries;
        this.users = users;
    }

    CurrentUser user(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).user();
    }

    /** A body at {@code unitName} with a penalty, a licence and an inspection power and two officers. */
    record Setup(String body, String penalty, String licence, String inspection, String certA, String certB,
                 String expiredCert) {
    }

    Setup setup(String unitName, LocalDate since) {
        int n = SEQ.incrementAndGet();
        String body = "测试执法主体" + n + OrgFixtures.unique("");
        CurrentUser admin = user("sifaju");
        registries.createBodies(List.of(new Registries.BodyDraft(1, unitName, body, "法定", null, null, "测试依据", "测试范围",
                since)), admin);
        String a = "TA" + n;
        String b = "TB" + n;
        String x = "TX" + n;
        registries.createOfficers(List.of(
                new Registries.OfficerDraft(1, body, "甲" + n, OrgFixtures.idNumber(), null, false, a, "执法证", "食品安全",
                        since, since.plusYears(20)),
                new Registries.OfficerDraft(2, body, "乙" + n, OrgFixtures.idNumber(), null, false, b, "执法证", "食品安全",
                        since, since.plusYears(20)),
                new Registries.OfficerDraft(3, body, "丙" + n, OrgFixtures.idNumber(), null, false, x, "执法证", "食品安全",
                        since, since.plusYears(1))), admin);
        registries.createPowers(List.of(
                new Registries.PowerDraft(1, body, "P" + n, "测试处罚事项" + n, "处罚", "《中华人民共和国食品安全法》第一百二十四条",
                        since, null, null),
                new Registries.PowerDraft(2, body, "L" + n, "测试许可事项" + n, "许可", "《中华人民共和国食品安全法》第三十五条",
                        since, null, null),
                new Registries.PowerDraft(3, body, "I" + n, "测试检查事项" + n, "检查", "《中华人民共和国食品安全法》第一百一十条",
                        since, null, null)), admin);
        return new Setup(body, "P" + n, "L" + n, "I" + n, a, b, x);
    }

    static String creditCode(int n) {
        String first17 = "91990121" + String.format("MA%06d", n % 1_000_000) + "X";
        return first17 + CreditCodes.checkCharacter(first17);
    }

    static Map<String, Object> penalty(Setup s, String number, LocalDate day, int party) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("body", s.body());
        r.put("powerCode", s.penalty());
        r.put("kind", "PENALTY");
        r.put("decisionNo", number);
        r.put("decisionDate", day.toString());
        r.put("partyType", "ORG");
        r.put("partyName", "测试企业" + party);
        r.put("partyCreditCode", creditCode(party));
        r.put("legalBasis", "《中华人民共和国食品安全法》第一百二十四条");
        r.put("result", "罚款五万元");
        r.put("fineAmount", 50000);
        r.put("officers", List.of(s.certA(), s.certB()));
        r.put("processRecords", List.of(Map.of("stage", "INVESTIGATION", "media", "VIDEO", "title", "现场检查录像",
                "uri", "vod://test/" + number, "sha256", RecordRules.sha256(number), "size", 1024)));
        return r;
    }
}
