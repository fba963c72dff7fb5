package org.fazhi.files;

import org.fazhi.shared.BusinessException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Content-addressed storage of attachment bytes (内容寻址存储): a file lives at {@code <root>/ab/cd/<sha256>}, named by
 * the SHA-256 of its content, so the same content is stored once however often it is uploaded, and a stored file can be
 * checked against its name at any time. Files are written to a staging file first and moved into place atomically, so
 * a reader never sees half a file and instances sharing the directory never clash.
 */
@Component
class ContentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Clock clock;

    ContentStore(FilesSettings settings, Clock clock) {
        this.root = settings.contentRoot();
        this.clock = clock;
    }

    /** Bytes received but not yet kept. */
    record Staged(Path file, String sha256, long size) {
    }

    /**
     * Copies the stream to a staging file while hashing it; stops and deletes it as soon as it exceeds {@code maxBytes}.
     *
     * @throws BusinessException (invalid) when the content is empty or too large; nothing is left behind
     */
    Staged stage(InputStream content, long maxBytes, String displayName) {
        Path staging = staging().resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(staging.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staging), digest)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge(displayName, maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw BusinessException.invalid("文件“" + displayName + "”是空文件，请重新选择");
            }
            return new Staged(staging, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            discardQuietly(staging);
            throw new UncheckedIOException("无法写入附件暂存文件", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            discardQuietly(staging);
            throw e;
        }
    }

    /**
     * Keeps staged content under its hash.
     *
     * @return {@code true} if the content was new, {@code false} if identical content was already stored (deduplicated)
     */
    boolean keep(Staged staged) {
        Path target = path(staged.sha256());
        try {
            if (Files.exists(target)) {
                try {
                    // Fresh again: the sweeper leaves content younger than its grace period alone.
                    Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
                    Files.delete(staged.file());
                    return false;
                } catch (NoSuchFileException swept) {
                    // moved aside by the sweeper a moment ago: keep the staged copy instead
                }
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged.file(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            discardQuietly(staged.file());
            throw new UncheckedIOException("无法保存附件内容", e);
        }
    }

    void discard(Staged staged) {
        discardQuietly(staged.file());
    }

    /**
     * Opens stored content; content the sweeper set aside as unreferenced (a race with the upload that referenced it
     * again) is put back first. Fails if it is missing (the database row outlived the file).
     */
    InputStream open(String sha256) {
        Path file = path(sha256);
        try {
            if (!Files.exists(file)) {
                restore(sha256);
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("附件内容缺失（" + sha256 + "），请检查数据目录", e);
        }
    }

    /** The directory holding {@code ab/cd/<sha256>} content, {@code tmp/} staging and {@code orphans/}. */
    Path root() {
        return root;
    }

    /** Where the sweeper puts content no attachment refers to, until it is deleted for good. */
    Path orphans() {
        return root.resolve("orphans");
    }

    /** Staging files of uploads in progress (or abandoned by a stopped server). */
    Path staging() {
        return root.resolve("tmp");
    }

    private void restore(String sha256) throws IOException {
        Path aside = orphans().resolve(sha256);
        if (Files.exists(aside)) {
            Files.createDirectories(path(sha256).getParent());
            Files.move(aside, path(sha256), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    static BusinessException tooLarge(String displayName, long maxBytes) {
        return BusinessException.invalid("文件“" + displayName + "”超过大小上限 " + megabytes(maxBytes) + "，未保存");
    }

    static String megabytes(long bytes) {
        double mb = bytes / 1024.0 / 1024.0;
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format("%.1f MB", mb);
    }

    private static void discardQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover staging file is harmless; the tmp directory holds nothing else.
        }
    }
}
