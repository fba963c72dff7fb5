package org.fazhi.normdocs;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A public comment on the draft version it read (征求意见), and its answer. */
public record Comment(long id, int versionSeq, String commenter, boolean business, String content, Instant submittedAt,
                      @Nullable Adoption adoption, @Nullable String reply) {

    public String adoptionLabel() {
        return adoption == null ? "待答复" : adoption.label();
    }

    /** Shown on the portal: the commenter's surname only, unless a business or association. */
    public String publicName() {
        return business || commenter.length() <= 1 ? commenter : commenter.charAt(0) + "**";
    }
}
