/**
 * 合法性审查 — one legality-review queue (统一审查) for normative documents (规范性文件合法性审核), major administrative
 * decisions (重大行政决策合法性审查), major enforcement decisions (重大执法决定法制审核), contracts (合同合法性审查) and
 * other legal matters, kept by the county's 司法行政部门 (法制审核机构).
 *
 * <h2>API for other modules (build against this, nothing else)</h2>
 * <ol>
 *   <li><b>Submit</b>: {@link org.fazhi.review.ReviewRequests#submit(ReviewSubmission)} inside the caller's own
 *       transaction, with a {@link org.fazhi.review.ReviewSubmission}: {@code sourceModule} (e.g. {@code enforcement}),
 *       {@code sourceType} (e.g. {@code case}), {@code sourceId} (the caller's record id as text), {@code unitId} (送审单位;
 *       in a signed-in request it must lie in the user's data scope, from a job or listener without a user any unit), {@link org.fazhi.review.ReviewKind}
 *       ({@code NORMATIVE_DOCUMENT}, {@code MAJOR_DECISION}, {@code ENFORCEMENT_DECISION}, {@code CONTRACT},
 *       {@code OTHER}), {@code title}, {@code text} (送审稿全文, scanned by the review assistant), {@code attachmentIds}
 *       (ids from {@code files.Attachments.store}), {@code materialsComplete} (false starts the request with the clock
 *       stopped for 补正) and {@code link} (the caller's page, shown to reviewers). It returns the request id. A source
 *       record may have one open request at a time; after a conclusion or withdrawal it may be submitted again.
 *       The same is available over HTTP as {@code POST /api/v1/review/requests} (JSON of the same fields).</li>
 *   <li><b>Learn the outcome</b>: listen for {@link org.fazhi.review.ReviewConcluded} (published inside the transaction
 *       that concludes the review): it carries {@code sourceModule/sourceType/sourceId}, the request id and a
 *       {@link org.fazhi.review.ReviewOutcome}: {@code PASSED} (通过), {@code PASSED_WITH_CHANGES} (原则通过，按意见修改),
 *       {@code FAILED} (不予通过 — the caller must not proceed, e.g. 未经审核或者审核未通过的不得提交集体审议), or
 *       {@code WITHDRAWN} (撤回 by the submitter). Filter on {@code sourceModule} so that you only handle your own.</li>
 *   <li><b>Ask</b>: {@link org.fazhi.review.ReviewRequests#latest(String, String, String, String)} gives the latest
 *       request's {@link org.fazhi.review.ReviewStatus} for a source record (to block a step when no passed review
 *       exists); {@link org.fazhi.review.ReviewAssistant} scans any text for wording that needs a close look, and
 *       {@link org.fazhi.review.ReviewFigures} counts requests, opinions and adoptions in a scope (the statistics).</li>
 * </ol>
 *
 * <h2>Procedure</h2>
 * Received (收件) → assigned to a reviewer (分办: 司法局法制机构, 司法所, 法律顾问, 公职律师 — reviewers see only what is
 * assigned to them) → opinions recorded item by item (逐条审查意见, each with its legal basis) → concluded with a
 * 合法性审核意见书 (generated, numbered 示司法审〔2026〕n号) → the drafter answers each opinion (采纳/部分采纳/不采纳, the
 * latter two with reasons). The review period is a setting ({@code fazhi.review.period-working-days}, default 15
 * working days from the day after complete materials were received): the national wording "原则上不少于5个工作日，最长不超过
 * 15个工作日" is recalled from 国办发〔2018〕115号 and UNCONFIRMED, and local rules differ, so it is configurable. While
 * materials are incomplete the clock stops (补正期间不计入审查期限) and the item leaves the worklist until they arrive.
 *
 * <p>Legal basis: 《优化营商环境条例》第六十三条（涉及市场主体权利义务的规范性文件应当进行合法性审核）;
 * 《重大行政决策程序暂行条例》第二十四条至第二十八条; 《行政处罚法》第五十八条（重大执法决定法制审核）;
 * 国办发〔2018〕37号、国办发〔2018〕115号 (review rules and prohibitions; the wording marked UNCONFIRMED in the rules digest).
 */
@org.springframework.modulith.ApplicationModule(displayName = "合法性审查",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist"})
@org.jspecify.annotations.NullMarked
package org.fazhi.review;
