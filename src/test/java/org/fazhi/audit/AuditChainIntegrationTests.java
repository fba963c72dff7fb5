package org.fazhi.audit;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.audit.AuditFixtures.TestEvent;
import org.fazhi.audit.ChainReport.Fault;
import org.fazhi.shared.OneOffJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@FazhiIntegrationTest
class AuditChainIntegrationTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    List<OneOffJob> jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;

    AuditFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AuditFixtures(jdbc, encoder, tx);
    }

    private String chainOf(int entries) {
        String county = AuditFixtures.freshCounty();
        for (int i = 1; i <= entries; i++) {
            trail.record(TestEvent.of(county, "第" + i + "次变更"));
        }
        return county;
    }

    private OneOffJob verifyJob() {
        return jobs.stream().filter(j -> j.name().equals("verify-audit")).findFirst().orElseThrow();
    }

    /** Runs the CLI job and returns its exit code and what it printed. */
    private JobRun runJob(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int code = verifyJob().run(List.of(args));
            return new JobRun(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    record JobRun(int exitCode, String output) {
    }

    @Test
    @DisplayName("干净的数据库上审计链校验通过，CLI 返回 0")
    void verifiesACleanChain() {
        String county = chainOf(5);
        ChainReport report = verifier.verify(county);
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isEqualTo(5);
        assertThat(report.headHash()).isEqualTo(fixtures.stored(county, 5).hash());
        assertThat(fixtures.stored(county, 1).prevHash()).isEqualTo(EntryHash.GENESIS);
        assertThat(fixtures.stored(county, 2).prevHash()).isEqualTo(fixtures.stored(county, 1).hash());

        VerificationReport all = verifier.verifyAll();
        assertThat(all.intact()).as("all chains: %s", all.broken()).isTrue();
        assertThat(all.chains()).extracting(ChainReport::countyCode).contains(county);

        JobRun run = runJob(county);
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("县 " + county + "：完整，共 5 条记录", report.headHash(), "结论：全部 1 条链完整");
    }

    @Test
    @DisplayName("数据库拒绝修改、删除、清空审计记录，并给出中文提示")
    void databaseRefusesUpdatesAndDeletes() {
        String county = chainOf(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET summary = 'x' WHERE county_code = :c")
                .param("c", county).update()).hasMessageContaining("审计记录只能追加，不得修改或删除");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE county_code = :c")
                .param("c", county).update()).hasMessageContaining("审计记录只能追加，不得修改或删除");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("TRUNCATE audit_entry").update()))
                .hasMessageContaining("审计记录只能追加");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_seq = 0 WHERE county_code = :c")
                .param("c", county).update()).hasMessageContaining("审计链链头只能向前推进");
        assertThat(fixtures.stored(county, 1).summary()).isEqualTo("第1次变更");
    }

    @Test
    @DisplayName("篡改一条记录的摘要：服务与 CLI 都指出正是这一条为首个异常")
    void namesTheEntryWhoseSummaryWasAltered() {
        String county = chainOf(5);
        AuditEntry original = fixtures.stored(county, 3);
        fixtures.tamper("UPDATE audit_entry SET summary = '被改过的摘要' WHERE county_code = ? AND seq = 3", county);
        try {
            ChainReport report = verifier.verify(county);
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBreak().fault()).isEqualTo(Fault.CONTENT_ALTERED);
            assertThat(report.firstBreak().seq()).isEqualTo(3);
            assertThat(report.firstBreak().entryId()).isEqualTo(original.id());
            assertThat(report.firstBreak().action()).isEqualTo("test.thing.changed");
            assertThat(report.firstBreak().occurredAt()).isEqualTo(original.occurredAt());
            assertThat(report.entries()).isEqualTo(2);
            assertThat(report.headHash()).isEqualTo(fixtures.stored(county, 2).hash());

            JobRun run = runJob();
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("县 " + county + "：已损坏！首个异常记录：第 3 号（ID " + original.id(),
                    "操作 test.thing.changed", "异常类型：内容被篡改", "请立即核查");
        } finally {
            fixtures.restore(original);
        }
        assertThat(verifier.verify(county).intact()).isTrue();
        assertThat(runJob(county).exitCode()).isZero();
    }

    @Test
    @DisplayName("删除中间一条记录：报告该位置记录缺失")
    void namesTheDeletedEntryAsMissing() {
        String county = chainOf(5);
        AuditEntry original = fixtures.stored(county, 2);
        AuditEntry next = fixtures.stored(county, 3);
        fixtures.tamper("DELETE FROM audit_entry WHERE county_code = ? AND seq = 2", county);
        try {
            ChainReport report = verifier.verify(county);
            assertThat(report.firstBreak().fault()).isEqualTo(Fault.ENTRY_MISSING);
            assertThat(report.firstBreak().seq()).isEqualTo(2);
            assertThat(report.firstBreak().entryId()).as("the surviving entry in its place").isEqualTo(next.id());
            assertThat(report.firstBreak().description()).contains("第 2 号记录缺失");
            assertThat(report.entries()).isEqualTo(1);

            JobRun run = runJob(county);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("首个异常记录：第 2 号", "异常类型：记录缺失");
        } finally {
            fixtures.restore(original);
        }
        assertThat(verifier.verify(county).intact()).isTrue();
    }

    @Test
    @DisplayName("删除链尾记录：由链头发现末尾记录缺失")
    void findsEntriesCutOffTheEnd() {
        String county = chainOf(4);
        AuditEntry original = fixtures.stored(county, 4);
        fixtures.tamper("DELETE FROM audit_entry WHERE county_code = ? AND seq = 4", county);
        try {
            ChainReport report = verifier.verify(county);
            assertThat(report.firstBreak().fault()).isEqualTo(Fault.ENTRY_MISSING);
            assertThat(report.firstBreak().seq()).isEqualTo(4);
            assertThat(report.firstBreak().entryId()).isNull();
            assertThat(report.entries()).isEqualTo(3);
        } finally {
            fixtures.restore(original);
        }
        assertThat(verifier.verify(county).intact()).isTrue();
    }

    @Test
    @DisplayName("改动一条记录的哈希值：报告该条内容与哈希不符")
    void namesTheEntryWhoseHashWasAltered() {
        String county = chainOf(5);
        AuditEntry original = fixtures.stored(county, 4);
        fixtures.tamper("UPDATE audit_entry SET hash = ? WHERE county_code = ? AND seq = 4", "a".repeat(64), county);
        try {
            ChainReport report = verifier.verify(county);
            assertThat(report.firstBreak().fault()).isEqualTo(Fault.CONTENT_ALTERED);
            assertThat(report.firstBreak().seq()).isEqualTo(4);
            assertThat(report.firstBreak().entryId()).isEqualTo(original.id());

            JobRun run = runJob(county);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("第 4 号（ID " + original.id());
        } finally {
            fixtures.restore(original);
        }
        assertThat(verifier.verify(county).intact()).isTrue();
    }

    @Test
    @DisplayName("整条替换一条记录并重算其哈希：下一条的哈希链接断开")
    void findsAReplacedEntryThroughTheNextLink() {
        String county = chainOf(4);
        AuditEntry original = fixtures.stored(county, 2);
        AuditEntry forged = EntryHash.sealed(new AuditEntry(original.id(), county, 2, original.occurredAt(),
                original.actor(), original.action(), original.objectType(), original.objectId(), "伪造的摘要", null,
                null, original.prevHash(), ""));
        fixtures.tamper("UPDATE audit_entry SET summary = ?, hash = ? WHERE county_code = ? AND seq = 2",
                forged.summary(), forged.hash(), county);
        try {
            ChainReport report = verifier.verify(county);
            assertThat(report.firstBreak().fault()).isEqualTo(Fault.LINK_BROKEN);
            assertThat(report.firstBreak().seq()).isEqualTo(3);
            assertThat(report.entries()).isEqualTo(2);
        } finally {
            fixtures.restore(original);
        }
        assertThat(verifier.verify(county).intact()).isTrue();
    }

    @Test
    @DisplayName("8 个线程各追加 50 条：链不分叉、序号不重复不缺失")
    void concurrentAppendsNeverForkTheChain() throws Exception {
        String county = AuditFixtures.freshCounty();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        trail.record(TestEvent.of(county, "线程" + thread + "第" + i + "条"));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainReport report = verifier.verify(county);
        assertThat(report.intact()).as("%s", report.firstBreak()).isTrue();
        assertThat(report.entries()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(DISTINCT seq) FROM audit_entry WHERE county_code = :c AND seq BETWEEN 1 AND 400")
                .param("c", county).query(Long.class).single()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(DISTINCT prev_hash) FROM audit_entry WHERE county_code = :c")
                .param("c", county).query(Long.class).single()).as("no two entries share a predecessor").isEqualTo(400);
    }

    @Test
    @DisplayName("校验时分批读取：批大小小于链长时结果相同")
    void verifiesAcrossBatches() {
        String county = chainOf(7);
        AuditVerifier small = new AuditVerifier(new AuditEntries(jdbc), trail, new AuditSettings(3, null),
                tx.getTransactionManager());
        ChainReport report = small.verify(county);
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isEqualTo(7);
        AuditEntry original = fixtures.stored(county, 6);
        fixtures.tamper("UPDATE audit_entry SET actor = 'mallory' WHERE county_code = ? AND seq = 6", county);
        try {
            assertThat(small.verify(county).firstBreak().seq()).isEqualTo(6);
        } finally {
            fixtures.restore(original);
        }
    }

    @Test
    @DisplayName("CLI 参数错误返回 2")
    void rejectsABadCountyArgument() {
        JobRun run = runJob("12ab");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("县代码必须是6位数字");
    }
}
