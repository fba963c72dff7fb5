package org.fazhi.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Platform settings (平台配置), bound from {@code fazhi.*} and the {@code FAZHI_*} environment variables.
 *
 * @param dataDir    where the embedded database, attachments and generated documents live ({@code FAZHI_DATA_DIR})
 * @param db         external PostgreSQL; when {@code url} is blank the embedded server is started
 * @param embeddedDb embedded server options
 */
@ConfigurationProperties("fazhi")
public record PlatformSettings(Path dataDir, Db db, EmbeddedDb embeddedDb) {

    public PlatformSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null) : db;
        embeddedDb = embeddedDb == null ? new EmbeddedDb(0, null, null) : embeddedDb;
    }

    /** External database ({@code FAZHI_DB_URL}, {@code FAZHI_DB_USER}, {@code FAZHI_DB_PASSWORD}). */
    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param port        fixed port for the embedded server, 0 = any free port
     * @param binariesDir where the PostgreSQL binaries are unpacked; default {@code <dataDir>/db/pg-bin}
     * @param durable     flush every commit to disk (default true); only throw-away test databases turn it off
     */
    public record EmbeddedDb(int port, Path binariesDir, Boolean durable) {
        public EmbeddedDb {
            durable = durable == null || durable;
        }
    }
}
