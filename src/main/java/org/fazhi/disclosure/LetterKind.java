package org.fazhi.disclosure;

/** Kinds of letters the module generates, with their 文书 type in {@code files}. */
public enum LetterKind {
    REPLY("政府信息公开申请答复书", DisclosureLetters.REPLY_TYPE),
    CURE_NOTICE("政府信息公开申请补正告知书", DisclosureLetters.NOTICE_TYPE),
    EXTENSION_NOTICE("延长答复期限告知书", DisclosureLetters.NOTICE_TYPE),
    DELAY_NOTICE("延迟答复告知书", DisclosureLetters.NOTICE_TYPE),
    REASONS_REQUEST("说明理由通知书", DisclosureLetters.NOTICE_TYPE),
    CONSULTATION("政府信息公开征求意见书", DisclosureLetters.NOTICE_TYPE),
    FEE_NOTICE("信息处理费收费通知书", DisclosureLetters.NOTICE_TYPE),
    TERMINATION("政府信息公开申请终止处理告知书", DisclosureLetters.NOTICE_TYPE);

    private final String label;
    private final String docType;

    LetterKind(String label, String docType) {
        this.label = label;
        this.docType = docType;
    }

    public String label() {
        return label;
    }

    public String docType() {
        return docType;
    }
}
