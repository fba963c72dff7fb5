package org.fazhi.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fazhi.FazhiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform on an external PostgreSQL ({@code FAZHI_DB_URL}, user, password): the same migrations run and the
 * county is set up. The "external" server is a separate PostgreSQL process with its own database and login role.
 */
class ExternalDatabaseIntegrationTests {

    @Test
    void runsTheSameMigrationsOnAnExternalServer() throws Exception {
        Path dir = Path.of("target", "test-data", "external-" + UUID.randomUUID());
        try (EmbeddedPostgres server = EmbeddedPostgresLauncher.start(dir, Path.of("target", "pg-bin"), 0)) {
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                var settings = c.createStatement().executeQuery(
                        "SELECT current_setting('fsync'), current_setting('synchronous_commit')");
                settings.next();
                assertThat(settings.getString(1)).as("the embedded server flushes commits by default").isEqualTo("on");
                assertThat(settings.getString(2)).isEqualTo("on");
                c.createStatement().execute("CREATE ROLE fazhi LOGIN PASSWORD 'Ext-Pw-1'");
                c.createStatement().execute("CREATE DATABASE fazhi_ext OWNER fazhi");
            }
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/fazhi_ext";
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FazhiApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles("test")
                    .run("--fazhi.db.url=" + url, "--fazhi.db.user=fazhi", "--fazhi.db.password=Ext-Pw-1",
                            "--fazhi.data-dir=" + dir.resolve("app"))) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("fazhi_ext");
                assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("fazhi");
                assertThat(jdbc.sql("SELECT count(*) FROM org_account WHERE username = 'admin'")
                        .query(Integer.class).single()).isEqualTo(1);
                assertThat(dir.resolve("app").resolve("db")).as("no embedded server was started").doesNotExist();
            }
        }
    }
}
