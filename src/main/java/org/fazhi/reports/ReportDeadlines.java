package org.fazhi.reports;

import java.time.LocalDate;

/**
 * The two dates of an annual report (年度报告时限), from 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）: county
 * departments and the county government report last year's 法治政府建设 before 3月1日 to the Party committee and
 * government (and the department above); all local governments and departments publish it before 4月1日 through
 * newspapers or websites (Art. 24). Fixed calendar dates, not periods: they do not roll forward over holidays.
 */
final class ReportDeadlines {

    static final String SUBMISSION_CITATION = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：每年3月1日前报告上一年度法治政府建设情况";
    static final String PUBLICATION_CITATION = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条：每年4月1日前向社会公开";

    private ReportDeadlines() {
    }

    static LocalDate submission(int reportYear) {
        return LocalDate.of(reportYear + 1, 3, 1);
    }

    static LocalDate publication(int reportYear) {
        return LocalDate.of(reportYear + 1, 4, 1);
    }
}
