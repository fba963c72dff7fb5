package org.fazhi.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one PostgreSQL the platform uses (DESIGN §4): an external server when {@code FAZHI_DB_URL} is set, otherwise
 * the embedded server whose data persists under {@code FAZHI_DATA_DIR/db}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(PlatformSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("fazhi");
        config.setMaximumPoolSize(20);
        if (settings.db().external()) {
            config.setJdbcUrl(settings.db().url());
            config.setUsername(settings.db().user());
            config.setPassword(settings.db().password());
            log.info("使用外部 PostgreSQL：{}", settings.db().url());
            return new HikariDataSource(config);
        }
        Path directory = settings.dataDir().resolve("db");
        Path binaries = settings.embeddedDb().binariesDir() == null
                ? directory.resolve("pg-bin") : settings.embeddedDb().binariesDir();
        EmbeddedPostgres server = startEmbedded(directory, binaries, settings.embeddedDb().port(),
                settings.embeddedDb().durable());
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        return new EmbeddedHikariDataSource(config, server);
    }

    private static EmbeddedPostgres startEmbedded(Path directory, Path binaries, int port, boolean durable) {
        try {
            EmbeddedPostgres server = EmbeddedPostgresLauncher.start(directory.toAbsolutePath(),
                    binaries.toAbsolutePath(), port, durable);
            log.info("内置 PostgreSQL 已启动：端口 {}，数据目录 {}", server.getPort(), directory.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("内置 PostgreSQL 启动失败：" + e.getMessage(), e);
        }
    }

    /** Closes the pool first, then stops the embedded server it points to. */
    static final class EmbeddedHikariDataSource extends HikariDataSource {

        private final transient EmbeddedPostgres server;

        EmbeddedHikariDataSource(HikariConfig config, EmbeddedPostgres server) {
            super(config);
            this.server = server;
        }

        @Override
        public void close() {
            super.close();
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
