package org.fazhi.audit;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.audit.AuditFixtures.TestEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class AuditRecordingIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    AuditFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AuditFixtures(jdbc, encoder, tx);
    }

    private List<AuditEntry> entriesOf(String county) {
        return jdbc.sql("SELECT " + AuditEntries.COLUMNS + " FROM audit_entry e WHERE e.county_code = :c ORDER BY e.seq")
                .param("c", county).query(AuditEntries::entry).list();
    }

    private List<AuditEntry> entriesAbout(String county, String objectId) {
        return jdbc.sql("SELECT " + AuditEntries.COLUMNS + " FROM audit_entry e WHERE e.county_code = :c"
                        + " AND e.object_id = :o ORDER BY e.seq")
                .param("c", county).param("o", objectId).query(AuditEntries::entry).list();
    }

    @Test
    @DisplayName("事务回滚时，变更连同其审计记录一并消失")
    void rolledBackChangeLeavesNoEntry() {
        String county = AuditFixtures.freshCounty();
        tx.executeWithoutResult(status -> {
            events.publishEvent(TestEvent.of(county, "将被回滚的变更"));
            assertThat(fixtures.count(county)).as("appended when the transaction commits, not before").isZero();
            status.setRollbackOnly();
        });
        assertThat(fixtures.count(county)).isZero();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(TestEvent.of(county, "之后失败的变更"));
            throw new IllegalStateException("业务失败");
        })).hasMessage("业务失败");
        assertThat(fixtures.count(county)).isZero();

        tx.executeWithoutResult(status -> events.publishEvent(TestEvent.of(county, "提交的变更")));
        List<AuditEntry> entries = entriesOf(county);
        assertThat(entries).extracting(AuditEntry::summary).containsExactly("提交的变更");
        assertThat(entries.get(0).seq()).as("the rolled-back appends left no gap").isEqualTo(1);
        assertThat(verifier.verify(county).intact()).isTrue();
    }

    @Test
    @DisplayName("事务外发布的事件立即在自己的事务中记录")
    void eventOutsideATransactionIsRecordedAtOnce() {
        String county = AuditFixtures.freshCounty();
        events.publishEvent(new TestEvent(county, "system", "test.job.ran", "test_job", "J-1", "定时任务运行"));
        assertThat(entriesOf(county)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.action()).isEqualTo("test.job.ran");
            assertThat(e.objectType()).isEqualTo("test_job");
            assertThat(e.objectId()).isEqualTo("J-1");
            assertThat(e.clientIp()).isNull();
        });
    }

    @Test
    @DisplayName("摘要和详情中误写入的身份证号、手机号在入库前脱敏")
    void masksIdAndMobileNumbersBeforeStoring() {
        String county = AuditFixtures.freshCounty();
        AuditEntry entry = trail.record(TestEvent.of(county, "核验 110101199003071234，电话 13812345678"),
                Map.of("mobile", 13912345678L, "note", "身份证11010119900307123X", "count", 3));
        assertThat(entry.summary()).isEqualTo("核验 110101********1234，电话 138****5678");
        assertThat(entry.details()).isEqualTo("{\"count\":3,\"mobile\":\"139****5678\",\"note\":\"身份证110101********123X\"}");
        AuditEntry stored = fixtures.stored(county, 1);
        assertThat(stored).isEqualTo(entry);
        assertThat(verifier.verify(county).intact()).isTrue();
    }

    @Test
    @DisplayName("县代码不合法的事件被拒绝，不留半条记录")
    void rejectsAnEventWithoutAValidCounty() {
        assertThatThrownBy(() -> trail.record(TestEvent.of("12", "x"))).hasMessageContaining("6位数字");
        assertThatThrownBy(() -> trail.record(new TestEvent("981999", " ", "a", "b", "c", "d")))
                .hasMessageContaining("actor");
        assertThat(fixtures.count("981999")).isZero();
    }

    @Test
    @DisplayName("表单登录失败与成功都记入审计日志（含客户端地址）")
    void recordsFailedAndSuccessfulFormLogins() throws Exception {
        String county = AuditFixtures.freshCounty();
        String username = fixtures.account(county, "CLERK", "Right-Pw-123");

        mvc.perform(post("/login").param("username", username).param("password", "wrong-password").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?error=bad"));
        List<AuditEntry> afterFailure = entriesAbout(county, username);
        assertThat(afterFailure).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("org.account.login-failed");
            assertThat(e.actor()).isEqualTo(username);
            assertThat(e.objectType()).isEqualTo("org_account");
            assertThat(e.summary()).contains("登录失败");
            assertThat(e.clientIp()).isNotBlank();
        });

        mvc.perform(post("/login").param("username", username).param("password", "Right-Pw-123").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        assertThat(entriesAbout(county, username)).extracting(AuditEntry::action)
                .containsExactly("org.account.login-failed", "org.account.login");
        assertThat(verifier.verify(county).intact()).isTrue();
    }

    @Test
    @DisplayName("不存在的用户名登录失败记为平台级记录")
    void recordsFailedLoginOfUnknownUserOnThePlatformChain() throws Exception {
        String username = AuditFixtures.unique("nobody");
        mvc.perform(post("/login").param("username", username).param("password", "whatever").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(entriesAbout(AuditQueries.PLATFORM, username)).extracting(AuditEntry::action)
                .containsExactly("org.account.login-failed");
    }

    @Test
    @DisplayName("事务内的审计记录在提交时按发布顺序追加：事务进行中不占用本县审计链，其他事务不必等待")
    void entriesOfATransactionAreAppendedAtCommitWithoutHoldingTheChain() throws Exception {
        String county = AuditFixtures.freshCounty();
        java.util.concurrent.CountDownLatch published = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch otherCommitted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<?> slow = pool.submit(() -> tx.executeWithoutResult(status -> {
                events.publishEvent(TestEvent.of(county, "长事务第一步"));
                published.countDown();
                try {
                    // Holds its transaction open until the other writer of the same county has committed: with the
                    // chain head locked at publication this would never happen, and the wait below would time out.
                    assertThat(otherCommitted.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                events.publishEvent(TestEvent.of(county, "长事务第二步"));
            }));
            assertThat(published.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            tx.executeWithoutResult(status -> events.publishEvent(TestEvent.of(county, "另一事务")));
            otherCommitted.countDown();
            slow.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(entriesOf(county)).extracting(AuditEntry::summary)
                .containsExactly("另一事务", "长事务第一步", "长事务第二步");
        assertThat(verifier.verify(county).intact()).isTrue();
    }
}
