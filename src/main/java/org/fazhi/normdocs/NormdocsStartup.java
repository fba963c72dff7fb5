package org.fazhi.normdocs;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Declares the module's document types at start-up, after the county exists and before demo data. */
@Component
@Order(25)
class NormdocsStartup implements ApplicationRunner {

    private final Lifecycle lifecycle;

    NormdocsStartup(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void run(ApplicationArguments args) {
        lifecycle.declareDocumentTypes();
    }
}
