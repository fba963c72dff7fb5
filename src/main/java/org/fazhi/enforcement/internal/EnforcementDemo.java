package org.fazhi.enforcement.internal;

import org.fazhi.org.CountySettings;
import org.fazhi.org.CreditCodes;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.IdNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Demo data of the enforcement module (示范数据): when {@code fazhi.demo.enabled} and the demo county has no enforcement
 * body yet, registers a few bodies, officers with certificates, powers (one delegated to a township), a published
 * discretion standard and a dozen decisions of the last weeks — some published on time, one late, one overdue — all
 * through the module's own services, with dates relative to the clock.
 */
@Component
@Order(30)
class EnforcementDemo implements ApplicationRunner {

    static final String MARKET = "示范县市场监督管理局";
    static final String ENFORCE = "示范县综合行政执法局";
    static final String TOWN = "城关镇人民政府";

    private final boolean enabled;
    private final CountySettings county;
    private final Registries registries;
    private final RecordIngest ingest;
    private final Publicity publicity;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    EnforcementDemo(@Value("${fazhi.demo.enabled:false}") boolean enabled, CountySettings county, Registries registries,
                    RecordIngest ingest, Publicity publicity, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.county = county;
        this.registries = registries;
        this.ingest = ingest;
        this.publicity = publicity;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        String c = county.code();
        Long justice = unit("示范县司法局");
        if (justice == null || unit(MARKET) == null || unit(ENFORCE) == null || unit(TOWN) == null) {
            return; // not the demo county
        }
        long bodies = jdbc.sql("SELECT count(*) FROM enf_body WHERE county_code = :c").param("c", c).query(Long.class).single();
        if (bodies > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load(c, justice));
    }

    private Long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND name = :n AND status = 'ACTIVE'")
                .param("c", county.code()).param("n", name).query(Long.class).optional().orElse(null);
    }

    private CurrentUser system(long unitId, String unitName) {
        return new CurrentUser(0, "system", "系统", county.code(), unitId, unitName, "/" + unitId + "/", DataScope.COUNTY,
                Set.of(), Set.of("enforcement:pii"));
    }

    static String creditCode(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    static String idNumber(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }

    private void load(String c, long justice) {
        LocalDate today = LocalDate.now(clock);
        CurrentUser admin = system(justice, "示范县司法局");
        String region = c;
        registries.createBodies(List.of(
                new Registries.BodyDraft(1, MARKET, MARKET, "法定", null, creditCode("11" + region + "MB1234567"),
                        "《中华人民共和国食品安全法》第六条；《市场监督管理行政处罚程序规定》第九条",
                        "食品安全、产品质量、特种设备、价格、计量、广告等市场监督管理领域的行政处罚、行政许可、行政强制和行政检查",
                        today.minusYears(5)),
                new Registries.BodyDraft(2, ENFORCE, ENFORCE, "法定", null, creditCode("11" + region + "MB7654321"),
                        "《中华人民共和国行政处罚法》第十八条（相对集中行政处罚权）；县人民政府关于开展综合行政执法的决定",
                        "城市管理、市容环境卫生、园林绿化等领域的行政处罚及相关行政强制",
                        today.minusYears(3)),
                new Registries.BodyDraft(3, TOWN, TOWN, "法定", null, creditCode("11" + region + "MB0000011"),
                        "《中华人民共和国行政处罚法》第二十四条；县人民政府关于向乡镇赋予部分县级行政执法权的决定",
                        "县人民政府依法赋予的市容环境、违法建设等领域的行政处罚权", today.minusYears(2))), admin);
        List<Registries.OfficerDraft> officers = new ArrayList<>();
        String[][] people = {
                {MARKET, "王建国", "199001015", "食品安全、产品质量", "1"}, {MARKET, "李秀英", "199203124", "食品安全、特种设备", "1"},
                {MARKET, "赵志强", "198805203", "价格、计量", "1"}, {ENFORCE, "陈明", "198512011", "市容环境、园林绿化", "1"},
                {ENFORCE, "刘芳", "199107072", "市容环境", "1"}, {TOWN, "周伟", "198909093", "市容环境、违法建设", "1"},
                {TOWN, "吴敏", "199311302", "市容环境、违法建设", "1"}, {MARKET, "孙强", "197603151", "食品安全", "0"}};
        int n = 0;
        for (String[] p : people) {
            n++;
            String id = idNumber(region + p[2].substring(0, 8) + String.format("%03d", 100 + n));
            boolean expired = "0".equals(p[4]);
            officers.add(new Registries.OfficerDraft(n, p[0], p[1], id, "执法队员", n == 1, "9901" + String.format("%05d", n),
                    "执法证", p[3], today.minusYears(expired ? 6 : 2), expired ? today.minusMonths(3) : today.plusYears(3)));
        }
        registries.createOfficers(officers, admin);
        List<Registries.LearningDraft> training = new ArrayList<>();
        List<Registries.LearningDraft> exams = new ArrayList<>();
        int k = 0;
        for (Registries.OfficerDraft o : officers) {
            k++;
            training.add(new Registries.LearningDraft(k, o.idNumber(), "行政执法人员公共法律知识培训",
                    today.withDayOfYear(1).isBefore(today.minusDays(20)) ? today.minusDays(20) : today,
                    BigDecimal.valueOf(k % 3 == 0 ? 24 : 64), null, null));
            exams.add(new Registries.LearningDraft(k, o.idNumber(), "行政执法资格考试", today.minusDays(30).getYear() == today.getYear()
                    ? today.minusDays(30) : today, null, BigDecimal.valueOf(k == 4 ? 55 : 82), k != 4));
        }
        registries.addLearning(training, false, admin);
        registries.addLearning(exams, true, admin);
        registries.createPowers(List.of(
                new Registries.PowerDraft(1, MARKET, "CF-SC-0124", "对生产经营不符合食品安全标准的食品的行政处罚", "处罚",
                        "《中华人民共和国食品安全法》第一百二十四条", today.minusYears(4), null, null),
                new Registries.PowerDraft(2, MARKET, "XK-SC-0035", "食品经营许可", "许可",
                        "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》", today.minusYears(4), null, null),
                new Registries.PowerDraft(3, MARKET, "QZ-SC-0110", "查封、扣押不符合食品安全标准的食品", "强制",
                        "《中华人民共和国食品安全法》第一百一十条第四项；《中华人民共和国行政强制法》第九条", today.minusYears(4), null, null),
                new Registries.PowerDraft(4, MARKET, "JC-SC-0110", "食品生产经营监督检查", "检查",
                        "《中华人民共和国食品安全法》第一百一十条", today.minusYears(4), null, null),
                new Registries.PowerDraft(5, ENFORCE, "CF-CG-0036", "对在城市人民政府确定的禁止设摊区域设摊经营的行政处罚", "处罚",
                        "《城市市容和环境卫生管理条例》第三十六条", today.minusYears(2), "城关镇", "示政发〔2024〕5号")), admin);
        registries.createStandardSet(MARKET, "DISCRETION", "示范县市场监督管理局食品安全行政处罚裁量基准", today.minusMonths(6),
                List.of(new Registries.StandardItem(1, "CF-SC-0124", "生产经营不符合食品安全标准的食品", "货值金额不足一万元，首次违法且及时改正",
                                "没收违法所得和违法生产经营的食品，并处五万元以上八万元以下罚款", "《中华人民共和国食品安全法》第一百二十四条第一款"),
                        new Registries.StandardItem(2, "CF-SC-0124", "生产经营不符合食品安全标准的食品", "货值金额一万元以上",
                                "没收违法所得和违法生产经营的食品，并处货值金额十倍以上二十倍以下罚款", "《中华人民共和国食品安全法》第一百二十四条第一款")),
                admin);
        long set = jdbc.sql("SELECT id FROM enf_standard_set WHERE county_code = :c ORDER BY id LIMIT 1").param("c", c)
                .query(Long.class).single();
        registries.publishStandardSet(set, admin);
        registries.createStandardSet(MARKET, "NO_PENALTY", "示范县市场监督管理局轻微违法行为不予处罚清单", today.minusMonths(6),
                List.of(new Registries.StandardItem(1, null, "未按规定公示食品经营许可证", "首次被发现，未造成危害后果，并在责令期限内改正",
                        "不予行政处罚，进行教育", "《中华人民共和国行政处罚法》第三十三条第一款")), admin);

        long market = unit(MARKET);
        long enforce = unit(ENFORCE);
        CurrentUser marketUser = system(market, MARKET);
        CurrentUser enforceUser = system(enforce, ENFORCE);
        List<RecordInput> rows = new ArrayList<>();
        String[][] shops = {{"示范县好再来餐饮有限公司", "MA01CY0A"}, {"示范县鲜丰超市有限公司", "MA02CX0B"},
                {"示范县老街面馆", "MA03MG0C"}, {"示范县康源食品厂", "MA04TP0D"}};
        for (int i = 0; i < shops.length; i++) {
            LocalDate d = today.minusDays(6 + i * 9L);
            String cc = creditCode("92" + region + shops[i][1] + "X");
            rows.add(new RecordInput(MARKET, "CF-SC-0124", "行政处罚", "示市监罚〔" + d.getYear() + "〕" + (10 + i) + "号", d, "法人",
                    shops[i][0], cc, null, null, null, "《中华人民共和国食品安全法》第一百二十四条第一款",
                    "经营超过保质期的食品", "没收违法经营的食品，并处罚款", BigDecimal.valueOf(50000 + i * 5000L), BigDecimal.valueOf(1200),
                    null, i == 3, i == 3, i == 3 ? "示司审〔" + d.getYear() + "〕" + (3 + i) + "号" : null, i == 3 ? d.minusDays(2) : null,
                    List.of("990100001", "990100002"), i == 1 ? d.plusDays(3) : (i == 2 ? d.plusDays(16) : null),
                    List.of(new RecordInput.ProcessItem("INVESTIGATION", "VIDEO", "现场检查执法记录仪录像", clock.instant()
                            .atZone(clock.getZone()).toOffsetDateTime().minusDays(6 + i * 9L + 20), "vod://市场监管局/执法记录仪/" + (1000 + i),
                            RecordRules.sha256("demo-video-" + i), 73_400_320L))));
        }
        rows.add(new RecordInput(MARKET, "XK-SC-0035", "行政许可", "示市监许〔" + today.getYear() + "〕" + "208号", today.minusDays(2),
                "法人", "示范县甜心烘焙店", creditCode("92" + region + "MA05HB0EX"), null, null, null,
                "《中华人民共和国食品安全法》第三十五条", null, "准予食品经营许可，许可证编号 JY1" + region + "0000208",
                null, null, null, false, false, null, null, List.of("990100003"), null, List.of()));
        rows.add(new RecordInput(MARKET, "JC-SC-0110", "行政检查", "示市监检〔" + today.getYear() + "〕" + "77号", today.minusDays(12),
                "自然人", "张三丰", null, idNumber(region + "19800101" + "123"), "13800138000", "示范县城关镇解放路18号",
                "《中华人民共和国食品安全法》第一百一十条", null, "检查未发现问题", null, null, null, false, false, null, null,
                List.of("990100001", "990100003"), null, List.of()));
        ingest.ingest("demo-market", rows, "MANUAL", null, marketUser);
        ingest.ingest("demo-enforce", List.of(new RecordInput(ENFORCE, "CF-CG-0036", "行政处罚",
                "示综执罚〔" + today.getYear() + "〕" + "5号", today.minusDays(3), "自然人", "李四", null,
                idNumber(region + "19850505" + "456"), "13900139000", "示范县城关镇人民路66号",
                "《城市市容和环境卫生管理条例》第三十六条", "在禁止设摊区域设摊经营", "责令改正，罚款二百元",
                BigDecimal.valueOf(200), null, "城关镇", false, false, null, null, List.of("990100004", "990100005"), null,
                List.of())), "MANUAL", null, enforceUser);
        long published = jdbc.sql("SELECT id FROM enf_record WHERE county_code = :c AND kind = 'INSPECTION' ORDER BY id LIMIT 1")
                .param("c", c).query(Long.class).single();
        publicity.publish(published, marketUser);
    }
}
