package org.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fazhi (法治政府建设管理平台): one modular monolith running a county's rule-of-law institutions.
 *
 * <p>Without arguments the jar runs the web server. With a first argument naming a one-off job
 * ({@code generate-demo}, {@code verify-audit}, …) it runs that job without opening a port and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Fazhi", sharedModules = "shared")
public class FazhiApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(FazhiApplication.class);
        if (args.length > 0 && !args[0].startsWith("-")) {
            app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
