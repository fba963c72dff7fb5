package org.fazhi.files;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Clears content no attachment refers to (无主内容清理). Content is stored before the row that refers to it commits, so
 * an upload whose transaction rolled back leaves its bytes behind; so does a server stopped in the middle of an upload.
 * Nightly, on one instance: staging files older than the grace period are deleted; stored content older than the grace
 * period that no {@code files_attachment} row of any county holds is moved aside into {@code orphans/}; what has lain
 * there for the retention period is deleted. Content is never deleted straight from the store: an upload of the same
 * bytes may refer to it again at the very moment it is moved, and {@link ContentStore#open} then puts it back.
 */
@Component
class ContentSweeper {

    private static final Logger log = LoggerFactory.getLogger(ContentSweeper.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LEVEL = Pattern.compile("[0-9a-f]{2}");
    private static final int LOOKUP_BATCH = 1000;

    private final ContentStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration grace;
    private final Duration retention;

    /**
     * @param grace     content younger than this is left alone (an upload may still be committing)
     * @param retention how long unreferenced content waits in {@code orphans/} before it is deleted
     */
    ContentSweeper(ContentStore store, JdbcClient jdbc, Clock clock,
                   @Value("${fazhi.files.sweep-grace:P1D}") Duration grace,
                   @Value("${fazhi.files.orphan-retention:P30D}") Duration retention) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.grace = grace;
        this.retention = retention;
    }

    /** What one sweep did. */
    record Result(int stagingDeleted, int setAside, int orphansDeleted) {
    }

    @Scheduled(cron = "${fazhi.files.sweep-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "files-content-sweep", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void nightly() {
        Result r = sweep();
        if (r.stagingDeleted() + r.setAside() + r.orphansDeleted() > 0) {
            log.info("附件内容清理：删除暂存文件 {} 个，移出无主内容 {} 个，删除过期无主内容 {} 个",
                    r.stagingDeleted(), r.setAside(), r.orphansDeleted());
        }
    }

    Result sweep() {
        Instant now = clock.instant();
        int staging = deleteOlderThan(store.staging(), now.minus(grace));
        int aside = setAsideUnreferenced(now.minus(grace));
        int orphans = deleteOlderThan(store.orphans(), now.minus(retention));
        return new Result(staging, aside, orphans);
    }

    private int setAsideUnreferenced(Instant before) {
        List<String> candidates = new ArrayList<>();
        int moved = 0;
        try (Stream<Path> files = contentFiles()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (olderThan(file, before)) {
                    candidates.add(file.getFileName().toString());
                }
                if (candidates.size() == LOOKUP_BATCH) {
                    moved += setAside(candidates, before);
                    candidates.clear();
                }
            }
        }
        return moved + setAside(candidates, before);
    }

    private int setAside(List<String> hashes, Instant before) {
        if (hashes.isEmpty()) {
            return 0;
        }
        Set<String> held = new HashSet<>(jdbc.sql("SELECT DISTINCT sha256 FROM files_attachment WHERE sha256 = ANY(:h)")
                .param("h", hashes.toArray(String[]::new)).query(String.class).list());
        int moved = 0;
        for (String sha : hashes) {
            Path file = store.path(sha);
            // checked again right before the move: an upload of the same content refreshes the file's time
            if (!held.contains(sha) && olderThan(file, before)) {
                try {
                    Files.createDirectories(store.orphans());
                    Files.move(file, store.orphans().resolve(sha), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    moved++;
                } catch (NoSuchFileException gone) {
                    // already moved or deleted
                } catch (IOException e) {
                    throw new UncheckedIOException("无法移出无主附件内容 " + sha, e);
                }
            }
        }
        return moved;
    }

    /** The stored content files: {@code <root>/ab/cd/<sha256>}; nothing else under the root is touched. */
    private Stream<Path> contentFiles() {
        Path root = store.root();
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.find(root, 3, (path, attributes) -> attributes.isRegularFile()
                    && SHA256.matcher(path.getFileName().toString()).matches()
                    && path.getParent() != null && LEVEL.matcher(path.getParent().getFileName().toString()).matches()
                    && path.getParent().getParent() != null
                    && root.equals(path.getParent().getParent().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取附件目录", e);
        }
    }

    private static int deleteOlderThan(Path dir, Instant before) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && olderThan(file, before) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法清理目录 " + dir, e);
        }
        return deleted;
    }

    private static boolean olderThan(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false; // gone or unreadable: leave it
        }
    }
}
