package org.fazhi.files;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.DocumentNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Document numbers: one series per 代字 and year, without gaps or duplicates, also under concurrency and rollback. */
@FazhiIntegrationTest
class DocumentNumbersIntegrationTests {

    private static final int YEAR = 2026;

    @Autowired
    DocumentNumbers numbers;
    @Autowired
    DocumentTypes types;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    FilesFixtures fixtures;
    FilesFixtures.TestUnit unit;

    @BeforeEach
    void setUp() {
        fixtures = new FilesFixtures(jdbc, accounts);
        unit = fixtures.unit(true);
    }

    @Test
    @DisplayName("16 个线程各取 25 个号：恰好 1 至 400，不重号、不跳号")
    void concurrentRequestsGetExactlyOneToFourHundred() throws Exception {
        int threads = 16;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<List<Integer>> worker = () -> {
                start.await();
                List<Integer> serials = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    serials.add(tx.execute(status ->
                            numbers.next(FilesFixtures.COUNTY, unit.id(), "notice", YEAR).number().serial()));
                }
                return serials;
            };
            futures.add(pool.submit(worker));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> future : futures) {
            all.addAll(future.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Collections.sort(all);
        assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, threads * perThread).boxed().toList());
        assertThat(jdbc.sql("SELECT count(DISTINCT serial) FROM files_doc_number WHERE county_code = :c AND prefix = :p AND year = :y")
                .param("c", FilesFixtures.COUNTY).param("p", unit.docPrefix()).param("y", YEAR).query(Long.class).single())
                .isEqualTo(400);
        assertThat(numbers.series(unit.ownScope(), YEAR)).singleElement()
                .satisfies(s -> {
                    assertThat(s.issued()).isEqualTo(400);
                    assertThat(s.lastSerial()).isEqualTo(400);
                });
    }

    @Test
    @DisplayName("取号的事务回滚后，该号不被占用，下一次仍取到同一个号")
    void rolledBackNumberIsIssuedAgain() {
        DocumentNumber first = numbers.next(FilesFixtures.COUNTY, unit.id(), "notice", YEAR).number();
        DocumentNumber undone = tx.execute(status -> {
            DocumentNumber taken = numbers.next(FilesFixtures.COUNTY, unit.id(), "notice", YEAR).number();
            status.setRollbackOnly();
            return taken;
        });
        DocumentNumber next = numbers.next(FilesFixtures.COUNTY, unit.id(), "notice", YEAR).number();
        assertThat(first.serial()).isEqualTo(1);
        assertThat(undone.serial()).isEqualTo(2);
        assertThat(next.serial()).isEqualTo(2);
        assertThat(numbers.registry(unit.ownScope(), YEAR, null, null, org.fazhi.shared.PageQuery.of(1, 20)).items())
                .extracting(n -> n.number().render())
                .containsExactly(unit.docPrefix() + "〔2026〕2号", unit.docPrefix() + "〔2026〕1号");
    }

    @Test
    @DisplayName("代字 = 单位发文机关代字 + 类型后缀；每个代字每年各自从 1 编号")
    void prefixIsUnitPrefixPlusTypeSuffix() {
        assertThat(numbers.next(FilesFixtures.COUNTY, unit.id(), "reconsideration", YEAR).number().render())
                .isEqualTo(unit.docPrefix() + "复〔2026〕1号");
        assertThat(numbers.next(FilesFixtures.COUNTY, unit.id(), "letter", YEAR).number().render())
                .isEqualTo(unit.docPrefix() + "函〔2026〕1号");
        assertThat(numbers.next(FilesFixtures.COUNTY, unit.id(), "reconsideration", YEAR).number().render())
                .isEqualTo(unit.docPrefix() + "复〔2026〕2号");
        assertThat(numbers.next(FilesFixtures.COUNTY, unit.id(), "reconsideration", YEAR + 1).number().render())
                .isEqualTo(unit.docPrefix() + "复〔2027〕1号");
    }

    @Test
    @DisplayName("为单位的某类文书设置完整代字后，新代字自成序列；清空后恢复默认")
    void configuredPrefixStartsItsOwnSeries() {
        String own = FilesFixtures.uniquePrefix() + "复";
        numbers.next(FilesFixtures.COUNTY, unit.id(), "reconsideration", YEAR);
        types.configure(FilesFixtures.COUNTY, unit.id(), "reconsideration", own, "test");
        assertThat(numbers.next(FilesFixtures.COUNTY, unit.id(), "reconsideration", YEAR).number().render())
                .isEqualTo(own + "〔2026〕1号");
        types.configure(FilesFixtures.COUNTY, unit.id(), "reconsideration", " ", "test");
        assertThat(numbers.next(FilesFixtures.COUNTY, unit.id(), "reconsideration", YEAR).number().render())
                .isEqualTo(unit.docPrefix() + "复〔2026〕2号");
        assertThatThrownBy(() -> types.configure(FilesFixtures.COUNTY, unit.id(), "reconsideration", "示政〔复", "test"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("代字");
    }

    @Test
    @DisplayName("单位没有代字或文书类型未知时拒绝取号，计数器不动")
    void refusesUnitWithoutPrefixAndUnknownType() {
        FilesFixtures.TestUnit bare = fixtures.unit(false);
        assertThatThrownBy(() -> numbers.next(FilesFixtures.COUNTY, bare.id(), "notice", YEAR))
                .isInstanceOf(BusinessException.class).hasMessageContaining("发文机关代字");
        assertThatThrownBy(() -> numbers.next(FilesFixtures.COUNTY, unit.id(), "no-such-type", YEAR))
                .isInstanceOf(BusinessException.class).hasMessageContaining("未知的文书类型");
        assertThat(jdbc.sql("SELECT count(*) FROM files_doc_counter WHERE county_code = :c AND prefix = :p")
                .param("c", FilesFixtures.COUNTY).param("p", unit.docPrefix()).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("模块可声明自己的文书类型（幂等）")
    void modulesDeclareTheirTypes() {
        types.declare("test-reply", "测试答复书", "答");
        types.declare("test-reply", "另一个名称", "另");
        assertThat(types.require("test-reply")).isEqualTo(new DocumentType("test-reply", "测试答复书", "答"));
        assertThat(numbers.next(FilesFixtures.COUNTY, unit.id(), "test-reply", YEAR).number().render())
                .isEqualTo(unit.docPrefix() + "答〔2026〕1号");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("同一代字只能属于一个单位：第二个单位设置同一代字被拒绝")
    void aPrefixBelongsToOneUnit() {
        FilesFixtures.TestUnit first = fixtures.unit(false);
        FilesFixtures.TestUnit second = fixtures.unit(false);
        String prefix = "示测" + (char) ('甲' + (int) (first.id() % 20));
        types.configure("990121", first.id(), "notice", prefix, "test");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> types.configure("990121", second.id(), "notice", prefix, "test"))
                .isInstanceOf(org.fazhi.shared.BusinessException.class)
                .hasMessageContaining("已由其他单位使用");
        types.configure("990121", first.id(), "letter", prefix, "test"); // the same unit may reuse it
    }
}
