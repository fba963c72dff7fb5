package org.fazhi.review;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The review assistant (辅助审查): splits a draft into sentences and shows, sentence by sentence, what a reviewer should
 * look at closely — wording that creates 行政许可、行政处罚、行政强制 or fees, adds conditions, restricts rights, adds
 * obligations or restricts competition ({@link ScanRules}) — and which cited laws have since been revised or repealed
 * ({@link LawCatalogue}). It assists; the reviewer decides. Pure functions over the text, so other modules (and pages
 * showing a draft) can call it freely.
 */
@Service
public class ReviewAssistant {

    private final Clock clock;

    ReviewAssistant(Clock clock) {
        this.clock = clock;
    }

    /** A sentence that needs a close look (提示). */
    public record Finding(int sentenceNo, String sentence, String ruleCode, String ruleName, String reason,
                          String basis) {
    }

    /** A cited law whose citation needs checking (引用依据提示). */
    public record CitationFlag(String cited, String lawName, String problem, String severity) {
    }

    /** Findings of every rule, in sentence order. */
    public List<Finding> scan(String text) {
        List<Finding> findings = new ArrayList<>();
        List<String> sentences = ScanRules.sentences(text == null ? "" : text);
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            for (ScanRules.Rule rule : ScanRules.matching(sentence)) {
                findings.add(new Finding(i + 1, sentence, rule.code(), rule.name(), rule.reason(), rule.basis()));
            }
        }
        return findings;
    }

    /** Citations of repealed or since-revised laws, checked against the catalogue as of today. */
    public List<CitationFlag> checkCitations(String text) {
        return LawCatalogue.check(text == null ? "" : text, LocalDate.now(clock));
    }
}
