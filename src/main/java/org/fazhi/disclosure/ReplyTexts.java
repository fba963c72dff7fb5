package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The reply-letter library (答复书模板库): for each reply type the paragraphs that state the finding and quote the
 * article of 《中华人民共和国政府信息公开条例》 it rests on. The opening (收到申请) and the remedy paragraphs are added by
 * {@link DisclosureLetters}.
 */
final class ReplyTexts {

    private static final String ACT = DisclosureLetters.ACT;

    private ReplyTexts() {
    }

    static List<String> body(DisclosureRequest r, ReplyType type, List<WithholdGround> grounds, String basis,
                             @Nullable String text, @Nullable String withheld, @Nullable String repeatOf) {
        List<String> lines = new ArrayList<>();
        String groundText = grounds.stream().map(g -> g.label() + "（" + ACT + g.article() + "）")
                .collect(Collectors.joining("；"));
        switch (type) {
            case ALREADY_PUBLIC -> lines.add("经审查，您申请获取的政府信息已经主动公开。根据" + basis
                    + "的规定，现告知您获取该政府信息的方式和途径：" + text + "。");
            case DISCLOSED -> lines.add("经审查，您申请获取的政府信息属于可以公开的政府信息。根据" + basis
                    + "的规定，本机关予以公开，" + text + "。");
            case PARTIAL -> {
                lines.add("经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据" + basis
                        + "的规定，本机关向您提供可以公开的信息内容：" + text + "。");
                lines.add("对不予公开的内容，理由如下：" + withheld + "。不予公开的依据：" + groundText + "。");
            }
            case WITHHELD -> lines.add("经审查，您申请获取的政府信息" + grounds.stream().map(WithholdGround::label)
                    .collect(Collectors.joining("、")) + "。根据" + basis + "及" + grounds.stream()
                    .map(g -> ACT + g.article()).distinct().collect(Collectors.joining("、"))
                    + "的规定，本机关决定不予公开。理由如下：" + withheld + "。");
            case NOT_HELD -> lines.add("经检索查找，本机关未制作或者获取您申请公开的政府信息，该政府信息不存在。根据" + basis
                    + "的规定，特此告知。" + (text == null ? "" : text));
            case NOT_THIS_AGENCY -> lines.add("经审查，您申请获取的政府信息不属于本机关负责公开。根据" + basis
                    + "的规定，特此告知：" + text + "。");
            case NEEDS_PROCESSING -> lines.add("经审查，本机关没有您所需的现成信息，提供该信息需要对现有政府信息进行加工、分析。根据"
                    + basis + "的规定，本机关不予提供。" + (text == null ? "" : text));
            case STILL_UNCLEAR -> lines.add("本机关已于" + DisclosureLetters.cn(r.cureNoticeOn())
                    + "一次性告知您补正申请内容。您补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。根据" + basis
                    + "的规定，本机关无法提供。" + (text == null ? "" : text));
            case PETITION -> lines.add("经审查，您以政府信息公开申请的形式提出的事项属于信访、投诉、举报等诉求。根据" + basis
                    + "的规定，本机关不作为政府信息公开申请处理。" + (text == null ? "您可以通过信访、投诉、举报等法定途径提出。" : text));
            case REPEAT -> lines.add("经查，您本次申请的内容与您此前提出、本机关已经答复的申请（申请编号：" + repeatOf
                    + "）相同，属于重复申请。根据" + basis + "的规定，本机关不予重复处理。" + (text == null ? "" : text));
            case PUBLICATION -> lines.add("经审查，您要求提供的是公开出版物。根据" + basis + "的规定，现告知您获取的途径：" + text + "。");
            case EXCESSIVE -> lines.add("本机关已于" + DisclosureLetters.cn(r.excessiveReasonsAskedOn())
                    + "要求您说明申请理由。经审查，您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理。根据" + basis
                    + "的规定，本机关不予处理。" + (text == null ? "" : text));
            case CONFIRM_OR_REISSUE -> lines.add("经审查，您要求本机关确认或者重新出具您已经获取的信息，该请求不属于" + basis
                    + "规定的获取政府信息的申请，本机关不予处理。" + (text == null ? "" : text));
            case SPECIAL_REGIME -> lines.add("经审查，您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的事项。根据" + basis
                    + "的规定，请您按照有关规定办理：" + text + "。");
        }
        return lines;
    }
}
