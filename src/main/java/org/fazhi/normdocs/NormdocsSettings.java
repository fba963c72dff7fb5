package org.fazhi.normdocs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Normative-document settings ({@code fazhi.normdocs.*}). Every value here is local practice or UNCONFIRMED nationally
 * (rules digest §5b), so each is configurable and defaults to the common practice named beside it.
 *
 * @param generalCommentWorkingDays  public comment period for documents not related to the market, in working days
 *                                   (default 7: the national 法治政府建设示范 indicator as quoted locally [S]; the
 *                                   30-day period for market-related documents is statute, 《优化营商环境条例》第六十二条)
 * @param governmentFilingDays       filing with the higher government, calendar days from publication (default 30;
 *                                   provincial rules vary: 15 日, 3 个工作日, 30 日)
 * @param governmentFilingCitation   its basis as the province words it
 * @param npcFilingDays              filing with the 本级人大常委会, calendar days from publication (default 30, local
 *                                   人大 rules such as 北京 2024 第十一条)
 * @param refilingDays               re-submission after a filing is returned for correction, calendar days (default
 *                                   10, e.g. 北京 2024)
 * @param validityYears              longest validity period (default 5 years, common local rule)
 * @param provisionalValidityYears   longest validity of 暂行/试行 documents (default 2 years)
 * @param expiryReminderMonths       how long before expiry the evaluation is due (default 6 months)
 * @param indexDir                   where the Lucene index lives (default {@code <data-dir>/index/normdocs})
 */
@ConfigurationProperties("fazhi.normdocs")
public record NormdocsSettings(Integer generalCommentWorkingDays, Integer governmentFilingDays,
                               String governmentFilingCitation, Integer npcFilingDays, Integer refilingDays,
                               Integer validityYears, Integer provisionalValidityYears, Integer expiryReminderMonths,
                               String indexDir) {

    public NormdocsSettings {
        generalCommentWorkingDays = positive(generalCommentWorkingDays, 7);
        governmentFilingDays = positive(governmentFilingDays, 30);
        governmentFilingCitation = governmentFilingCitation == null || governmentFilingCitation.isBlank()
                ? "省级规范性文件备案审查规定（各省期限不一，按本省规定配置；默认自公布之日起30日内）"
                : governmentFilingCitation;
        npcFilingDays = positive(npcFilingDays, 30);
        refilingDays = positive(refilingDays, 10);
        validityYears = positive(validityYears, 5);
        provisionalValidityYears = positive(provisionalValidityYears, 2);
        expiryReminderMonths = positive(expiryReminderMonths, 6);
        indexDir = indexDir == null ? "" : indexDir;
    }

    private static Integer positive(Integer value, int fallback) {
        return value == null || value <= 0 ? fallback : value;
    }
}
