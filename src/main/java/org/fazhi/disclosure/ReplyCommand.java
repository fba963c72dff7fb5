package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reply (答复): its type, the grounds when information is withheld, the legal basis, the content and the date.
 *
 * @param text            what is provided or where to get it, or the explanation the type needs
 * @param withheldReasons the reasons for the withheld part (部分公开) or the whole (不予公开)
 * @param repeatOf        the number of the earlier request a repeat application repeats
 */
public record ReplyCommand(@Nullable ReplyType type, @Nullable List<WithholdGround> grounds, @Nullable String legalBasis,
                           @Nullable String text, @Nullable String withheldReasons, @Nullable String repeatOf,
                           @Nullable LocalDate on) {
}
