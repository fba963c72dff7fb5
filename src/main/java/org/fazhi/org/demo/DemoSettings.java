package org.fazhi.org.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo county (示范数据), {@code fazhi.demo.*}.
 *
 * @param enabled  load the demo county on first start (default {@code true}; set {@code FAZHI_DEMO_ENABLED=false}
 *                 for a real county)
 * @param password the password of every demo account ({@code FAZHI_DEMO_PASSWORD}); when blank one password is
 *                 generated for all of them and printed once
 */
@ConfigurationProperties("fazhi.demo")
public record DemoSettings(Boolean enabled, String password) {

    public DemoSettings {
        enabled = enabled == null || enabled;
    }

    boolean passwordGiven() {
        return password != null && !password.isBlank();
    }
}
