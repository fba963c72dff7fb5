package org.fazhi.shared;

/**
 * An event every module publishes for a state change, login, export or permission change (全过程记录).
 *
 * <p>The {@code audit} module listens to this interface only, so it never depends on the module that published the
 * event. Implementations are records named in the past tense.
 */
public interface AuditableEvent {

    /** County (tenant) the change belongs to, 6-digit 行政区划代码; {@code "000000"} for platform-wide actions. */
    String countyCode();

    /** Who acted: a username, or {@code "system"} for scheduled jobs. */
    String actor();

    /** Action code, e.g. {@code org.account.login} or {@code reconsideration.case.accepted}. */
    String action();

    /** Kind of the object acted on, e.g. {@code org_account}. */
    String objectType();

    /** Identifier of the object acted on. */
    String objectId();

    /** A short Chinese description a reviewer can read in the audit log. */
    String summary();
}
