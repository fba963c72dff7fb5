package org.fazhi.org.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, after {@code CountyBootstrap} (order 10) has created the county and its government, loads the demo
 * county when {@code fazhi.demo.enabled} and the county is still empty.
 */
@Component
@Order(20)
class DemoCountyRunner implements ApplicationRunner {

    private final DemoCountyLoader loader;
    private final DemoSettings settings;

    DemoCountyRunner(DemoCountyLoader loader, DemoSettings settings) {
        this.loader = loader;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.enabled()) {
            loader.loadIfEmpty();
        }
    }
}
