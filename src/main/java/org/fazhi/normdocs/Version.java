package org.fazhi.normdocs;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One kept draft (稿本). */
public record Version(int seq, String text, @Nullable String note, Instant createdAt, String createdBy) {
}
