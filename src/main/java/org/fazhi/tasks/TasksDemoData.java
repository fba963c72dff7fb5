package org.fazhi.tasks;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demo records of the module (示范数据): the demo county's plan for this year imported from its text, with some tasks
 * under way, and a handful of supervision items of each kind — a deputy's suggestion, a CPPCC proposal answered and
 * rated, a leader's instruction, a rectification item past its deadline. Everything goes through the module's own
 * services as the demo 司法局 account, with dates relative to the clock.
 */
@Component
@Order(40)
class TasksDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasksDemoData.class);
    private static final String COUNTY = "990121";

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final PlanImports imports;
    private final Supervision supervision;
    private final OrgDirectory org;
    private final TransactionTemplate tx;
    private final Clock clock;

    TasksDemoData(@Value("${fazhi.demo.enabled:true}") boolean enabled, JdbcClient jdbc, UserDetailsService users,
                  PlanImports imports, Supervision supervision, OrgDirectory org, TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.users = users;
        this.imports = imports;
        this.supervision = supervision;
        this.org = org;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT count(*) FROM task_item WHERE county_code = :c").param("c", COUNTY)
                .query(Long.class).single() > 0) {
            return;
        }
        Optional<CurrentUser> supervisor = user("sifaju");
        if (supervisor.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> load(supervisor.get()));
        log.info("工作要点与督办示范数据已加载");
    }

    private void load(CurrentUser sifaju) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        String text = resource("tasks/demo-plan.txt").replace("{year}", String.valueOf(year));
        PlanPreview preview = imports.preview(text, sifaju);
        List<PlanConfirmation.AcceptedProposal> accepted = preview.parts().stream().flatMap(p -> p.tasks().stream())
                .flatMap(t -> t.proposals().stream().map(pr -> new PlanConfirmation.AcceptedProposal(t.number(), pr.index(), null, null)))
                .toList();
        long planId = imports.confirm(new PlanConfirmation(text, null, year, LocalDate.of(year, 12, 31), Map.of(), accepted), sifaju);

        Map<String, Long> units = unitIds();
        // Task 1 (annual report): the justice bureau leads it and has reported progress with the draft report.
        long task1 = jdbc.sql("SELECT id FROM task_item WHERE plan_id = :p AND task_no = 1").param("p", planId).query(Long.class).single();
        supervision.accept(task1, sifaju);
        supervision.feedback(task1, sifaju, "已起草上一年度法治政府建设情况报告，经县政府常务会议审议后按期报送县委、县人大常委会和市政府。",
                List.of(new Supervision.Upload("法治政府建设年度报告（送审稿）.docx",
                        docx("示范县人民政府关于上一年度法治政府建设情况的报告（送审稿）"))));
        // Task 2 (inspections): urged.
        long task2 = jdbc.sql("SELECT id FROM task_item WHERE plan_id = :p AND task_no = 2").param("p", planId).query(Long.class).single();
        supervision.urge(task2, sifaju, null, "请各单位按分工抓紧制定实地督察方案，于本月底前报县委依法治县办。");

        Long market = units.get("示范县市场监督管理局");
        Long township = units.get("城关镇人民政府");
        Long enforcement = units.get("示范县综合行政执法局");
        Long education = units.get("示范县教育和体育局");
        Optional<CurrentUser> danwei = user("danwei");
        if (market == null || township == null || enforcement == null || education == null || danwei.isEmpty()) {
            return;
        }
        long suggestion = supervision.create(new Supervision.NewItem(SupervisionKind.NPC_SUGGESTION.name(),
                "关于加强校园周边食品安全监管的建议",
                "建议市场监管部门会同教育部门建立校园周边食品经营者常态化检查机制，并向社会公开检查结果。",
                "县人大十九届三次会议第12号建议", "王建华代表", null, false, today.minusDays(40), null,
                List.of(market), List.of(education), null, List.of()), sifaju);
        supervision.accept(suggestion, danwei.get());
        supervision.feedback(suggestion, danwei.get(), "已会同县教育和体育局制定校园周边食品安全专项检查方案，完成第一轮检查，检查经营户 46 家。",
                List.of());
        long proposal = supervision.create(new Supervision.NewItem(SupervisionKind.CPPCC_PROPOSAL.name(),
                "关于规范农村集贸市场计量器具管理的提案", "建议对农村集贸市场计量器具开展免费检定，查处短斤少两行为。",
                "县政协十届三次会议第27号提案", "李秀梅委员", null, true, today.minusDays(100), null,
                List.of(market), List.of(), null, List.of()), sifaju);
        supervision.accept(proposal, danwei.get());
        long request = supervision.requestCompletion(proposal, danwei.get(),
                "已对全县 9 个集贸市场 312 台计量器具免费检定，立案查处短斤少两案件 3 件，并书面答复李秀梅委员。",
                List.of(new Supervision.Upload("提案答复函.docx", docx("关于县政协十届三次会议第27号提案的答复"))));
        supervision.decide(proposal, request, sifaju, true, "答复内容具体，措施落实，同意办结。");
        supervision.satisfaction(proposal, sifaju, "SATISFIED", "委员对答复表示满意");
        supervision.create(new Supervision.NewItem(SupervisionKind.LEADER_INSTRUCTION.name(),
                "关于城关镇农贸市场占道经营问题的批示", "请城关镇依法规范农贸市场周边占道经营，10日内报送整治情况。",
                "县领导批示〔" + year + "〕8号", "分管副县长", null, false, today.minusDays(20), today.plusDays(10),
                List.of(township), List.of(enforcement), null, List.of()), sifaju);
        supervision.create(new Supervision.NewItem(SupervisionKind.RECTIFICATION.name(),
                "行政执法案卷文书不规范问题整改", "对评查发现的 12 件不规范案卷逐件整改，完善执法文书制作规范并组织培训。",
                "法治督察反馈〔" + year + "〕3号", null,
                "法治督察反馈问题第3项：行政执法案卷评查发现部分案卷文书填写不规范、法律依据引用不准确",
                false, today.minusDays(35), today.minusDays(5), List.of(enforcement), List.of(), null, List.of()), sifaju);
    }

    private Map<String, Long> unitIds() {
        Map<String, Long> ids = new java.util.HashMap<>();
        org.units(new ScopeFilter(DataScope.COUNTY, COUNTY, null, null), 5000).forEach(u -> ids.put(u.name(), u.id()));
        return ids;
    }

    private Optional<CurrentUser> user(String username) {
        try {
            return users.loadUserByUsername(username) instanceof AccountPrincipal p ? Optional.of(p.user()) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
