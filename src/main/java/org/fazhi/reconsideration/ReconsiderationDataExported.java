package org.fazhi.reconsideration;

import org.fazhi.shared.AuditableEvent;

/**
 * A list of this module was exported (导出): cases, lawsuits or recommendations. Exports are audited like changes,
 * because they carry applicants' and plaintiffs' personal data out of the platform.
 *
 * @param objectType the table the rows come from ({@code recon_case}, {@code recon_litigation}, {@code recon_suggestion})
 * @param listName   the Chinese name of the list, for the audit log
 */
public record ReconsiderationDataExported(String countyCode, String actor, String objectType, String listName, int rows)
        implements AuditableEvent {

    @Override
    public String action() {
        return "reconsideration.exported";
    }

    @Override
    public String objectId() {
        return "list";
    }

    @Override
    public String summary() {
        return "导出" + listName + " " + rows + " 条";
    }
}
