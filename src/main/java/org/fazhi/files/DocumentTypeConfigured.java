package org.fazhi.files;

import org.fazhi.shared.AuditableEvent;

/** A unit's 代字 for a document type was set or cleared (文号代字已设置). */
public record DocumentTypeConfigured(String countyCode, String actor, long unitId, String docType, String prefix)
        implements AuditableEvent {

    @Override
    public String action() {
        return "files.doc-type.configured";
    }

    @Override
    public String objectType() {
        return "files_doc_type";
    }

    @Override
    public String objectId() {
        return unitId + ":" + docType;
    }

    @Override
    public String summary() {
        return prefix == null ? "清除单位 " + unitId + " 的“" + docType + "”类文书代字，恢复默认"
                : "设置单位 " + unitId + " 的“" + docType + "”类文书代字为“" + prefix + "”";
    }
}
