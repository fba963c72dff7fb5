package org.fazhi.review;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A request for legality review (送审), from another module or from a unit directly. See the package documentation.
 *
 * @param sourceModule      the submitting module ({@code normdocs}, {@code decisions}, {@code enforcement},
 *                          {@code contracts}; {@code review} for a unit's direct submission)
 * @param sourceType        the kind of record there ({@code document}, {@code decision}, {@code case} …)
 * @param sourceId          the record's id as text
 * @param unitId            送审单位
 * @param kind              审查事项类别
 * @param title             送审事项名称
 * @param text              送审稿全文 (scanned by {@link ReviewAssistant})
 * @param attachmentIds     送审材料, attachments already stored through {@code files.Attachments}
 * @param materialsComplete whether the materials are complete; false stops the clock from the start (补正)
 * @param missingMaterials  what is missing when {@code materialsComplete} is false
 * @param link              the source record's staff page, an in-site path starting with {@code /}
 */
public record ReviewSubmission(String sourceModule, String sourceType, String sourceId, long unitId, ReviewKind kind,
                               String title, String text, List<Long> attachmentIds, boolean materialsComplete,
                               @Nullable String missingMaterials, @Nullable String link) {

    public ReviewSubmission {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A submission with complete materials and no attachments. */
    public static ReviewSubmission of(String sourceModule, String sourceType, String sourceId, long unitId,
                                      ReviewKind kind, String title, String text, @Nullable String link) {
        return new ReviewSubmission(sourceModule, sourceType, sourceId, unitId, kind, title, text, List.of(), true,
                null, link);
    }
}
