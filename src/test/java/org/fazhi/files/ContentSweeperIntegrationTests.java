package org.fazhi.files;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 无主内容清理: unreferenced content is set aside, then deleted; referenced content and fresh uploads are never touched. */
@FazhiIntegrationTest
class ContentSweeperIntegrationTests {

    @Autowired
    ContentSweeper sweeper;
    @Autowired
    ContentStore store;
    @Autowired
    Attachments attachments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    @DisplayName("无附件引用且超过宽限期的内容先移出，保留期满后删除；有引用的、刚上传的和暂存中的内容不受影响")
    void setsAsideThenDeletesOnlyUnreferencedOldContent() throws Exception {
        FilesFixtures fixtures = new FilesFixtures(jdbc, accounts);
        FilesFixtures.TestUnit unit = fixtures.unit(true);
        AccountPrincipal clerk = fixtures.account(unit, "CLERK");
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));

        byte[] held = FileSamples.pdf(UUID.randomUUID().toString());
        Attachment kept = attachments.store(AttachmentUpload.of(FilesFixtures.COUNTY, unit.id(), "保留.pdf",
                clerk.getUsername()), held);
        age(store.path(kept.sha256()), twoDaysAgo);
        String orphan = write("回滚上传留下的内容 " + UUID.randomUUID(), twoDaysAgo);
        String fresh = write("刚刚上传、尚未提交的内容 " + UUID.randomUUID(), Instant.now());
        Path staging = store.staging().resolve(UUID.randomUUID().toString());
        Files.createDirectories(staging.getParent());
        Files.writeString(staging, "中断的上传");
        age(staging, twoDaysAgo);

        ContentSweeper.Result first = sweeper.sweep();
        assertThat(first.setAside()).isGreaterThanOrEqualTo(1);
        assertThat(first.stagingDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(store.path(orphan)).doesNotExist();
        assertThat(store.orphans().resolve(orphan)).exists();
        assertThat(store.path(kept.sha256())).exists();
        assertThat(store.path(fresh)).exists();
        assertThat(staging).doesNotExist();

        // Content set aside and then referenced again (an upload raced the sweep) comes back when read.
        try (InputStream in = store.open(orphan)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("回滚上传留下的内容");
        }
        assertThat(store.path(orphan)).exists();

        // Set aside again, lain there past the retention period: deleted for good.
        age(store.path(orphan), twoDaysAgo);
        sweeper.sweep();
        age(store.orphans().resolve(orphan), Instant.now().minus(Duration.ofDays(40)));
        assertThat(sweeper.sweep().orphansDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(store.orphans().resolve(orphan)).doesNotExist();
        assertThat(store.path(kept.sha256())).exists();
    }

    private String write(String text, Instant modified) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path file = store.path(sha);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        age(file, modified);
        return sha;
    }

    private static void age(Path file, Instant modified) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
