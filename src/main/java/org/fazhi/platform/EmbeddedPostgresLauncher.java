package org.fazhi.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded PostgreSQL server (内置数据库) whose data directory persists between runs.
 *
 * <p>zonky extracts the PostgreSQL 14 binaries into {@code <dir>/pg-bin} and, when the JVM runs as root (which
 * PostgreSQL refuses), starts them inside an unprivileged user namespace ({@code unshare -U}) by itself.
 */
final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    static EmbeddedPostgres start(Path directory, Path binaries, int port) throws IOException {
        return start(directory, binaries, port, true);
    }

    /**
     * @param durable whether commits are flushed to disk; zonky's test defaults (fsync and synchronous_commit off)
     *                would lose acknowledged data on a crash, so the platform always runs durable and only tests may not
     */
    static EmbeddedPostgres start(Path directory, Path binaries, int port, boolean durable) throws IOException {
        Files.createDirectories(binaries);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("pgdata"))
                .setCleanDataDirectory(false)
                // The DataSource stops the server on close; zonky's own hook would stop it while Spring still needs it.
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }
}
