package org.fazhi.files;

import org.fazhi.shared.AuditableEvent;

/** The registry of document numbers was exported (文号登记簿已导出). */
public record DocumentRegistryExported(String countyCode, String actor, Integer year, int rows) implements AuditableEvent {

    @Override
    public String action() {
        return "files.doc-number.exported";
    }

    @Override
    public String objectType() {
        return "files_doc_number";
    }

    @Override
    public String objectId() {
        return year == null ? "all" : year.toString();
    }

    @Override
    public String summary() {
        return "导出文号登记簿" + (year == null ? "" : "（" + year + "年）") + "，共 " + rows + " 条";
    }
}
