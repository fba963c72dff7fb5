package org.fazhi.files;

/**
 * What is known about an upload before its content is read (上传附件的登记信息).
 *
 * @param countyCode   county (tenant) of the owning unit
 * @param unitId       owning unit; the caller has checked that it lies in the user's scope
 * @param ownerModule  module of the owning object, or {@code null} for a loose attachment
 * @param ownerType    type of the owning object, or {@code null}
 * @param ownerId      id of the owning object, or {@code null}
 * @param originalName file name as sent by the browser (a path is reduced to its last part)
 * @param uploadedBy   username
 */
public record AttachmentUpload(String countyCode, long unitId, String ownerModule, String ownerType, String ownerId,
                               String originalName, String uploadedBy) {

    /** A loose attachment of a unit, owned by no business object. */
    public static AttachmentUpload of(String countyCode, long unitId, String originalName, String uploadedBy) {
        return new AttachmentUpload(countyCode, unitId, null, null, null, originalName, uploadedBy);
    }

    /** The same upload attached to a business object. */
    public AttachmentUpload ownedBy(String module, String type, String id) {
        return new AttachmentUpload(countyCode, unitId, module, type, id, originalName, uploadedBy);
    }
}
