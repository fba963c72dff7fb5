package org.fazhi.normdocs;

/** A document's searchable content changed; the index is updated after the transaction commits. */
record IndexNeeded(long documentId) {
}
