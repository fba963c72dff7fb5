package org.fazhi.org;

import org.fazhi.shared.AuditableEvent;

/**
 * A batch of units or people was imported from a spreadsheet (批量导入), all rows in one transaction.
 *
 * @param kind    {@code UNIT} or {@code PERSON}
 * @param batchId the import batch recorded against re-uploads
 */
public record OrgDataImported(String countyCode, String actor, String kind, long batchId, int rows, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "org.import." + kind.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String objectType() {
        return "org_import_batch";
    }

    @Override
    public String objectId() {
        return Long.toString(batchId);
    }
}
