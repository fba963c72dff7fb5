package org.fazhi.review;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Declares the review's document type (合法性审核意见书) at start-up, after the county exists and before demo data. */
@Component
@Order(25)
class ReviewStartup implements ApplicationRunner {

    private final ReviewWork work;

    ReviewStartup(ReviewWork work) {
        this.work = work;
    }

    @Override
    public void run(ApplicationArguments args) {
        work.declareDocumentTypes();
    }
}
