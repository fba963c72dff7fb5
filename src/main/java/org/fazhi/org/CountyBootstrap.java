package org.fazhi.org;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start (首次启动): establishes the configured county, its government unit and the {@code admin} account. The
 * admin password comes from {@code FAZHI_ADMIN_PASSWORD}, or is generated and printed once; there is no default
 * password.
 */
@Component
@Order(10)
class CountyBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";

    private final Counties counties;
    private final CountySettings county;
    private final String adminPassword;

    CountyBootstrap(Counties counties, CountySettings county,
                    @Value("${fazhi.admin-password:}") String adminPassword) {
        this.counties = counties;
        this.county = county;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        counties.establish(county, ADMIN, adminPassword);
    }
}
