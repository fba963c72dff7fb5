-- 行政规范性文件 (normdocs): from 立项 to 清理. Records are never deleted: documents are repealed, declared invalid or
-- expire; filings are returned and corrected; campaigns are published.

CREATE TABLE nd_document (
    id                    BIGSERIAL    NOT NULL,
    county_code           VARCHAR(6)   NOT NULL,
    unit_id               BIGINT       NOT NULL,
    kind                  VARCHAR(16)  NOT NULL,
    title                 VARCHAR(300) NOT NULL,
    basis                 TEXT,
    market_related        BOOLEAN      NOT NULL DEFAULT FALSE,
    provisional           BOOLEAN      NOT NULL DEFAULT FALSE,
    status                VARCHAR(24)  NOT NULL,
    proposed_on           DATE         NOT NULL,
    current_version       INT          NOT NULL DEFAULT 0,
    comment_from          DATE,
    comment_until         DATE,
    comment_summary       TEXT,
    fair_review_result    VARCHAR(8),
    fair_review_note      TEXT,
    review_request_id     BIGINT,
    review_outcome        VARCHAR(24),
    review_number         VARCHAR(60),
    meeting_name          VARCHAR(200),
    meeting_date          DATE,
    doc_number            VARCHAR(60),
    number_document_id    BIGINT,
    signer                VARCHAR(50),
    issued_on             DATE,
    effective_on          DATE,
    validity_years        INT,
    expires_on            DATE,
    published_on          DATE,
    publication_channel   VARCHAR(100),
    repealed_on           DATE,
    repeal_reason         VARCHAR(1000),
    supersedes_id         BIGINT,
    superseded_by_id      BIGINT,
    created_at            TIMESTAMPTZ  NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    updated_by            VARCHAR(64)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_nd_document PRIMARY KEY (id)
);
CREATE INDEX idx_nd_document_unit ON nd_document (county_code, unit_id, status);
CREATE INDEX idx_nd_document_published ON nd_document (county_code, published_on);
CREATE INDEX idx_nd_document_issued ON nd_document (county_code, issued_on);
CREATE UNIQUE INDEX uk_nd_document_number ON nd_document (county_code, doc_number) WHERE doc_number IS NOT NULL;
COMMENT ON TABLE nd_document IS '行政规范性文件（含政策性文件）';
COMMENT ON COLUMN nd_document.id IS '主键';
COMMENT ON COLUMN nd_document.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN nd_document.unit_id IS '制定机关（起草单位）';
COMMENT ON COLUMN nd_document.kind IS '类别：NORMATIVE 行政规范性文件，POLICY 政策性文件';
COMMENT ON COLUMN nd_document.title IS '文件名称';
COMMENT ON COLUMN nd_document.basis IS '立项依据和理由';
COMMENT ON COLUMN nd_document.market_related IS '是否涉及市场主体经济活动（须公平竞争审查，征求意见一般不少于30日）';
COMMENT ON COLUMN nd_document.provisional IS '是否暂行、试行（有效期较短）';
COMMENT ON COLUMN nd_document.status IS '环节：立项、起草、征求意见、意见处理完毕、公平竞争审查、合法性审核、审议、登记编号、公布、废止、宣布失效';
COMMENT ON COLUMN nd_document.proposed_on IS '立项日期';
COMMENT ON COLUMN nd_document.current_version IS '当前稿本序号';
COMMENT ON COLUMN nd_document.comment_from IS '公开征求意见起始日';
COMMENT ON COLUMN nd_document.comment_until IS '公开征求意见截止日';
COMMENT ON COLUMN nd_document.comment_summary IS '意见采纳情况说明（公开）';
COMMENT ON COLUMN nd_document.fair_review_result IS '公平竞争审查结论：PASS 符合，FAIL 不符合';
COMMENT ON COLUMN nd_document.fair_review_note IS '公平竞争审查说明';
COMMENT ON COLUMN nd_document.review_request_id IS '最近一次合法性审核申请（rv_request）';
COMMENT ON COLUMN nd_document.review_outcome IS '合法性审核结论';
COMMENT ON COLUMN nd_document.review_number IS '合法性审核意见书文号';
COMMENT ON COLUMN nd_document.meeting_name IS '集体审议会议';
COMMENT ON COLUMN nd_document.meeting_date IS '审议日期';
COMMENT ON COLUMN nd_document.doc_number IS '统一编号（文号）';
COMMENT ON COLUMN nd_document.number_document_id IS '印发文本（files_document）';
COMMENT ON COLUMN nd_document.signer IS '签发人';
COMMENT ON COLUMN nd_document.issued_on IS '印发（成文）日期';
COMMENT ON COLUMN nd_document.effective_on IS '施行日期';
COMMENT ON COLUMN nd_document.validity_years IS '有效期（年）';
COMMENT ON COLUMN nd_document.expires_on IS '有效期届满日';
COMMENT ON COLUMN nd_document.published_on IS '公布日期';
COMMENT ON COLUMN nd_document.publication_channel IS '公布载体（政府网站、政府公报等）';
COMMENT ON COLUMN nd_document.repealed_on IS '废止或宣布失效日期';
COMMENT ON COLUMN nd_document.repeal_reason IS '废止或失效理由';
COMMENT ON COLUMN nd_document.supersedes_id IS '本文件修改或替代的文件';
COMMENT ON COLUMN nd_document.superseded_by_id IS '修改或替代本文件的文件';
COMMENT ON COLUMN nd_document.created_at IS '创建时间';
COMMENT ON COLUMN nd_document.created_by IS '创建人';
COMMENT ON COLUMN nd_document.updated_at IS '修改时间';
COMMENT ON COLUMN nd_document.updated_by IS '修改人';
COMMENT ON COLUMN nd_document.version IS '乐观锁版本';

CREATE TABLE nd_version (
    id          BIGSERIAL    NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    document_id BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    body_text   TEXT         NOT NULL,
    note        VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_nd_version PRIMARY KEY (id),
    CONSTRAINT fk_nd_version_document FOREIGN KEY (document_id) REFERENCES nd_document (id),
    CONSTRAINT uk_nd_version UNIQUE (document_id, seq)
);
CREATE INDEX idx_nd_version_document ON nd_version (county_code, document_id);
COMMENT ON TABLE nd_version IS '起草稿本（每次修改保留一稿）';
COMMENT ON COLUMN nd_version.id IS '主键';
COMMENT ON COLUMN nd_version.county_code IS '所属县';
COMMENT ON COLUMN nd_version.document_id IS '文件';
COMMENT ON COLUMN nd_version.seq IS '稿本序号';
COMMENT ON COLUMN nd_version.body_text IS '全文';
COMMENT ON COLUMN nd_version.note IS '修改说明';
COMMENT ON COLUMN nd_version.created_at IS '形成时间';
COMMENT ON COLUMN nd_version.created_by IS '起草人';

CREATE TABLE nd_comment (
    id             BIGSERIAL     NOT NULL,
    county_code    VARCHAR(6)    NOT NULL,
    document_id    BIGINT        NOT NULL,
    version_seq    INT           NOT NULL,
    commenter      VARCHAR(100)  NOT NULL,
    is_business    BOOLEAN       NOT NULL DEFAULT FALSE,
    content        TEXT          NOT NULL,
    submitted_at   TIMESTAMPTZ   NOT NULL,
    adoption       VARCHAR(16),
    reply          TEXT,
    replied_by     VARCHAR(64),
    replied_at     TIMESTAMPTZ,
    CONSTRAINT pk_nd_comment PRIMARY KEY (id),
    CONSTRAINT fk_nd_comment_document FOREIGN KEY (document_id) REFERENCES nd_document (id)
);
CREATE INDEX idx_nd_comment_document ON nd_comment (county_code, document_id);
COMMENT ON TABLE nd_comment IS '公开征求意见收到的意见';
COMMENT ON COLUMN nd_comment.id IS '主键';
COMMENT ON COLUMN nd_comment.county_code IS '所属县';
COMMENT ON COLUMN nd_comment.document_id IS '文件';
COMMENT ON COLUMN nd_comment.version_seq IS '所针对的征求意见稿稿本序号';
COMMENT ON COLUMN nd_comment.commenter IS '提出人（公开时只显示姓氏或单位）';
COMMENT ON COLUMN nd_comment.is_business IS '是否市场主体或行业协会商会';
COMMENT ON COLUMN nd_comment.content IS '意见内容';
COMMENT ON COLUMN nd_comment.submitted_at IS '提出时间';
COMMENT ON COLUMN nd_comment.adoption IS '采纳情况：ADOPTED 采纳，PARTLY_ADOPTED 部分采纳，NOT_ADOPTED 不采纳';
COMMENT ON COLUMN nd_comment.reply IS '答复（不采纳的说明理由）';
COMMENT ON COLUMN nd_comment.replied_by IS '答复人';
COMMENT ON COLUMN nd_comment.replied_at IS '答复时间';

CREATE TABLE nd_filing (
    id                 BIGSERIAL    NOT NULL,
    county_code        VARCHAR(6)   NOT NULL,
    document_id        BIGINT       NOT NULL,
    unit_id            BIGINT       NOT NULL,
    target             VARCHAR(16)  NOT NULL,
    due_on             DATE         NOT NULL,
    due_citation       VARCHAR(300) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    first_submitted_on DATE,
    submitted_on       DATE,
    materials          VARCHAR(1000),
    corrections        INT          NOT NULL DEFAULT 0,
    returned_on        DATE,
    return_reason      VARCHAR(1000),
    accepted_on        DATE,
    receipt_number     VARCHAR(60),
    report_document_id BIGINT,
    created_at         TIMESTAMPTZ  NOT NULL,
    created_by         VARCHAR(64)  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_nd_filing PRIMARY KEY (id),
    CONSTRAINT fk_nd_filing_document FOREIGN KEY (document_id) REFERENCES nd_document (id),
    CONSTRAINT uk_nd_filing UNIQUE (document_id, target)
);
CREATE INDEX idx_nd_filing_unit ON nd_filing (county_code, unit_id, status);
COMMENT ON TABLE nd_filing IS '规范性文件备案（报上一级人民政府、报本级人大常委会）';
COMMENT ON COLUMN nd_filing.id IS '主键';
COMMENT ON COLUMN nd_filing.county_code IS '所属县';
COMMENT ON COLUMN nd_filing.document_id IS '文件';
COMMENT ON COLUMN nd_filing.unit_id IS '报备单位（制定机关）';
COMMENT ON COLUMN nd_filing.target IS '备案机关：GOVERNMENT 上一级人民政府，NPC 本级人大常委会';
COMMENT ON COLUMN nd_filing.due_on IS '报备期限届满日（自公布之日起算，按配置）';
COMMENT ON COLUMN nd_filing.due_citation IS '报备期限依据';
COMMENT ON COLUMN nd_filing.status IS '状态：PENDING 待报备，SUBMITTED 已报备待审查，RETURNED 退回补正，ACCEPTED 准予备案';
COMMENT ON COLUMN nd_filing.first_submitted_on IS '首次报备日期（判断是否及时）';
COMMENT ON COLUMN nd_filing.submitted_on IS '最近一次报备日期';
COMMENT ON COLUMN nd_filing.materials IS '报备材料清单';
COMMENT ON COLUMN nd_filing.corrections IS '被退回补正次数';
COMMENT ON COLUMN nd_filing.returned_on IS '最近一次退回日期';
COMMENT ON COLUMN nd_filing.return_reason IS '退回理由';
COMMENT ON COLUMN nd_filing.accepted_on IS '准予备案日期';
COMMENT ON COLUMN nd_filing.receipt_number IS '备案登记号（回执）';
COMMENT ON COLUMN nd_filing.report_document_id IS '备案报告（files_document）';
COMMENT ON COLUMN nd_filing.created_at IS '创建时间';
COMMENT ON COLUMN nd_filing.created_by IS '创建人';
COMMENT ON COLUMN nd_filing.updated_at IS '修改时间';
COMMENT ON COLUMN nd_filing.updated_by IS '修改人';
COMMENT ON COLUMN nd_filing.version IS '乐观锁版本';

CREATE TABLE nd_evaluation (
    id             BIGSERIAL    NOT NULL,
    county_code    VARCHAR(6)   NOT NULL,
    document_id    BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    evaluated_on   DATE         NOT NULL,
    result         VARCHAR(16)  NOT NULL,
    report         TEXT         NOT NULL,
    report_document_id BIGINT,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_nd_evaluation PRIMARY KEY (id),
    CONSTRAINT fk_nd_evaluation_document FOREIGN KEY (document_id) REFERENCES nd_document (id)
);
CREATE INDEX idx_nd_evaluation ON nd_evaluation (county_code, unit_id, evaluated_on);
COMMENT ON TABLE nd_evaluation IS '规范性文件实施后评估';
COMMENT ON COLUMN nd_evaluation.id IS '主键';
COMMENT ON COLUMN nd_evaluation.county_code IS '所属县';
COMMENT ON COLUMN nd_evaluation.document_id IS '文件';
COMMENT ON COLUMN nd_evaluation.unit_id IS '评估单位（制定机关）';
COMMENT ON COLUMN nd_evaluation.evaluated_on IS '评估日期';
COMMENT ON COLUMN nd_evaluation.result IS '评估结论：CONTINUE 继续有效，AMEND 修改，REPEAL 废止';
COMMENT ON COLUMN nd_evaluation.report IS '评估报告摘要';
COMMENT ON COLUMN nd_evaluation.report_document_id IS '评估报告（files_document）';
COMMENT ON COLUMN nd_evaluation.created_at IS '创建时间';
COMMENT ON COLUMN nd_evaluation.created_by IS '创建人';

CREATE TABLE nd_cleanup (
    id            BIGSERIAL    NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    unit_id       BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    basis         VARCHAR(1000),
    status        VARCHAR(16)  NOT NULL,
    published_on  DATE,
    result_document_id BIGINT,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_nd_cleanup PRIMARY KEY (id)
);
CREATE INDEX idx_nd_cleanup ON nd_cleanup (county_code, unit_id, status);
COMMENT ON TABLE nd_cleanup IS '规范性文件清理（定期清理、专项清理）';
COMMENT ON COLUMN nd_cleanup.id IS '主键';
COMMENT ON COLUMN nd_cleanup.county_code IS '所属县';
COMMENT ON COLUMN nd_cleanup.unit_id IS '组织清理的单位';
COMMENT ON COLUMN nd_cleanup.name IS '清理名称';
COMMENT ON COLUMN nd_cleanup.basis IS '清理依据';
COMMENT ON COLUMN nd_cleanup.status IS '状态：OPEN 进行中，PUBLISHED 已公布结果';
COMMENT ON COLUMN nd_cleanup.published_on IS '结果公布日期';
COMMENT ON COLUMN nd_cleanup.result_document_id IS '清理结果公告（files_document）';
COMMENT ON COLUMN nd_cleanup.created_at IS '创建时间';
COMMENT ON COLUMN nd_cleanup.created_by IS '创建人';
COMMENT ON COLUMN nd_cleanup.updated_at IS '修改时间';
COMMENT ON COLUMN nd_cleanup.updated_by IS '修改人';
COMMENT ON COLUMN nd_cleanup.version IS '乐观锁版本';

CREATE TABLE nd_cleanup_item (
    id           BIGSERIAL     NOT NULL,
    county_code  VARCHAR(6)    NOT NULL,
    cleanup_id   BIGINT        NOT NULL,
    document_id  BIGINT        NOT NULL,
    decision     VARCHAR(16),
    reason       VARCHAR(1000),
    CONSTRAINT pk_nd_cleanup_item PRIMARY KEY (id),
    CONSTRAINT fk_nd_cleanup_item_cleanup FOREIGN KEY (cleanup_id) REFERENCES nd_cleanup (id),
    CONSTRAINT fk_nd_cleanup_item_document FOREIGN KEY (document_id) REFERENCES nd_document (id),
    CONSTRAINT uk_nd_cleanup_item UNIQUE (cleanup_id, document_id)
);
CREATE INDEX idx_nd_cleanup_item ON nd_cleanup_item (county_code, cleanup_id);
COMMENT ON TABLE nd_cleanup_item IS '清理对象及处理意见';
COMMENT ON COLUMN nd_cleanup_item.id IS '主键';
COMMENT ON COLUMN nd_cleanup_item.county_code IS '所属县';
COMMENT ON COLUMN nd_cleanup_item.cleanup_id IS '清理';
COMMENT ON COLUMN nd_cleanup_item.document_id IS '文件';
COMMENT ON COLUMN nd_cleanup_item.decision IS '处理意见：RETAIN 保留，AMEND 修改，REPEAL 废止，DECLARE_INVALID 宣布失效';
COMMENT ON COLUMN nd_cleanup_item.reason IS '理由';

CREATE TABLE nd_step (
    id                BIGSERIAL     NOT NULL,
    county_code       VARCHAR(6)    NOT NULL,
    document_id       BIGINT        NOT NULL,
    step              VARCHAR(24)   NOT NULL,
    happened_on       DATE          NOT NULL,
    note              VARCHAR(2000),
    files_document_id BIGINT,
    actor             VARCHAR(64)   NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_nd_step PRIMARY KEY (id),
    CONSTRAINT fk_nd_step_document FOREIGN KEY (document_id) REFERENCES nd_document (id)
);
CREATE INDEX idx_nd_step_document ON nd_step (county_code, document_id);
COMMENT ON TABLE nd_step IS '办理环节记录（每一环节及其文书）';
COMMENT ON COLUMN nd_step.id IS '主键';
COMMENT ON COLUMN nd_step.county_code IS '所属县';
COMMENT ON COLUMN nd_step.document_id IS '文件';
COMMENT ON COLUMN nd_step.step IS '环节代码';
COMMENT ON COLUMN nd_step.happened_on IS '发生日期';
COMMENT ON COLUMN nd_step.note IS '说明';
COMMENT ON COLUMN nd_step.files_document_id IS '该环节形成的文书（files_document）';
COMMENT ON COLUMN nd_step.actor IS '办理人';
COMMENT ON COLUMN nd_step.recorded_at IS '记录时间';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('normdocs:document:view',  '查看规范性文件',           '行政规范性文件', 300),
 ('normdocs:document:draft', '起草规范性文件（立项、起草、征求意见、送审）', '行政规范性文件', 301),
 ('normdocs:document:issue', '审议、登记、公布、报备、评估、废止规范性文件', '行政规范性文件', 302),
 ('normdocs:filing:receipt', '登记备案审查结果（准予备案、退回补正）', '行政规范性文件', 303),
 ('normdocs:cleanup:manage', '组织规范性文件清理',       '行政规范性文件', 304),
 ('normdocs:stats:view',     '查看规范性文件统计',       '行政规范性文件', 305);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
 ('ADMIN','normdocs:document:view'),('ADMIN','normdocs:stats:view'),
 ('COORDINATOR','normdocs:document:view'),('COORDINATOR','normdocs:document:draft'),('COORDINATOR','normdocs:document:issue'),
 ('COORDINATOR','normdocs:filing:receipt'),('COORDINATOR','normdocs:cleanup:manage'),('COORDINATOR','normdocs:stats:view'),
 ('UNIT_ADMIN','normdocs:document:view'),('UNIT_ADMIN','normdocs:document:draft'),('UNIT_ADMIN','normdocs:document:issue'),
 ('UNIT_ADMIN','normdocs:stats:view'),
 ('CLERK','normdocs:document:view'),('CLERK','normdocs:document:draft'),('CLERK','normdocs:document:issue'),
 ('LEADER','normdocs:document:view'),('LEADER','normdocs:stats:view'),
 ('PROVINCE','normdocs:document:view'),('PROVINCE','normdocs:stats:view')
) AS p(role_code, permission) ON p.role_code = r.code
ON CONFLICT DO NOTHING;
