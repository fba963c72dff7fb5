package org.fazhi.reports;

import org.fazhi.files.DocumentTypes;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Declares the report's document type (法治政府建设年度报告) so that it can be generated and registered. */
@Component
@Order(25)
class ReportsStartup implements ApplicationRunner {

    private final DocumentTypes types;

    ReportsStartup(DocumentTypes types) {
        this.types = types;
    }

    @Override
    public void run(ApplicationArguments args) {
        types.declare(AnnualReports.DOC_TYPE, "法治政府建设年度报告", "法治报");
    }
}
