-- 合法性审查 (review): one queue for normative documents, major decisions, contracts, major enforcement decisions and
-- other legal matters. Requests are never deleted: they are concluded or withdrawn.

CREATE TABLE rv_request (
    id                  BIGSERIAL     NOT NULL,
    county_code         VARCHAR(6)    NOT NULL,
    unit_id             BIGINT        NOT NULL,
    reviewing_unit_id   BIGINT        NOT NULL,
    source_module       VARCHAR(32)   NOT NULL,
    source_type         VARCHAR(32)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    body_text           TEXT          NOT NULL,
    link                VARCHAR(500),
    status              VARCHAR(24)   NOT NULL,
    outcome             VARCHAR(24),
    received_on         DATE          NOT NULL,
    period_days         INT           NOT NULL,
    due_on              DATE,
    due_citation        VARCHAR(300),
    due_explanation     TEXT,
    assignee            VARCHAR(64),
    assigned_at         TIMESTAMPTZ,
    concluded_on        DATE,
    conclusion          TEXT,
    opinion_document_id BIGINT,
    opinion_number      VARCHAR(60),
    created_at          TIMESTAMPTZ   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_rv_request PRIMARY KEY (id)
);
CREATE INDEX idx_rv_request_unit ON rv_request (county_code, unit_id, received_on);
CREATE INDEX idx_rv_request_assignee ON rv_request (county_code, assignee, status);
CREATE INDEX idx_rv_request_source ON rv_request (county_code, source_module, source_type, source_id);
-- at most one open request per source record: a new one only after the previous one is concluded or withdrawn
CREATE UNIQUE INDEX uk_rv_request_open_source ON rv_request (county_code, source_module, source_type, source_id)
    WHERE status NOT IN ('CONCLUDED', 'WITHDRAWN');
COMMENT ON TABLE rv_request IS '合法性审查（审核）申请';
COMMENT ON COLUMN rv_request.id IS '主键';
COMMENT ON COLUMN rv_request.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN rv_request.unit_id IS '送审单位';
COMMENT ON COLUMN rv_request.reviewing_unit_id IS '审查机构（司法行政部门）';
COMMENT ON COLUMN rv_request.source_module IS '来源模块，如 normdocs、decisions、enforcement、contracts、review（直接送审）';
COMMENT ON COLUMN rv_request.source_type IS '来源记录类型';
COMMENT ON COLUMN rv_request.source_id IS '来源记录标识';
COMMENT ON COLUMN rv_request.kind IS '审查事项类别：规范性文件、重大行政决策、合同、重大执法决定、其他法律事务';
COMMENT ON COLUMN rv_request.title IS '送审事项名称';
COMMENT ON COLUMN rv_request.body_text IS '送审稿全文';
COMMENT ON COLUMN rv_request.link IS '来源记录的站内页面';
COMMENT ON COLUMN rv_request.status IS '状态：已收件、材料补正中、审查中、已办结、已撤回';
COMMENT ON COLUMN rv_request.outcome IS '审查结论：通过、修改后通过、不予通过';
COMMENT ON COLUMN rv_request.received_on IS '收件日（审查期限自次日起算）';
COMMENT ON COLUMN rv_request.period_days IS '审查期限（工作日），按配置';
COMMENT ON COLUMN rv_request.due_on IS '审查期限届满日（扣除材料补正期间）';
COMMENT ON COLUMN rv_request.due_citation IS '审查期限依据';
COMMENT ON COLUMN rv_request.due_explanation IS '期限计算说明';
COMMENT ON COLUMN rv_request.assignee IS '承办审查人员用户名';
COMMENT ON COLUMN rv_request.assigned_at IS '分办时间';
COMMENT ON COLUMN rv_request.concluded_on IS '办结日';
COMMENT ON COLUMN rv_request.conclusion IS '审查结论说明';
COMMENT ON COLUMN rv_request.opinion_document_id IS '合法性审核意见书（files_document）';
COMMENT ON COLUMN rv_request.opinion_number IS '意见书文号';
COMMENT ON COLUMN rv_request.created_at IS '创建时间';
COMMENT ON COLUMN rv_request.created_by IS '创建人';
COMMENT ON COLUMN rv_request.updated_at IS '修改时间';
COMMENT ON COLUMN rv_request.updated_by IS '修改人';
COMMENT ON COLUMN rv_request.version IS '乐观锁版本';

CREATE TABLE rv_request_attachment (
    request_id    BIGINT     NOT NULL,
    county_code   VARCHAR(6) NOT NULL,
    attachment_id BIGINT     NOT NULL,
    CONSTRAINT pk_rv_request_attachment PRIMARY KEY (request_id, attachment_id),
    CONSTRAINT fk_rv_request_attachment FOREIGN KEY (request_id) REFERENCES rv_request (id)
);
CREATE INDEX idx_rv_request_attachment ON rv_request_attachment (county_code, request_id);
COMMENT ON TABLE rv_request_attachment IS '送审材料（附件）';
COMMENT ON COLUMN rv_request_attachment.request_id IS '审查申请';
COMMENT ON COLUMN rv_request_attachment.county_code IS '所属县';
COMMENT ON COLUMN rv_request_attachment.attachment_id IS '附件（files_attachment）';

CREATE TABLE rv_stop (
    id          BIGSERIAL    NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    request_id  BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    from_date   DATE         NOT NULL,
    to_date     DATE,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_rv_stop PRIMARY KEY (id),
    CONSTRAINT fk_rv_stop_request FOREIGN KEY (request_id) REFERENCES rv_request (id)
);
CREATE INDEX idx_rv_stop_request ON rv_stop (county_code, request_id);
COMMENT ON TABLE rv_stop IS '材料补正期间（审查期限停止计算）';
COMMENT ON COLUMN rv_stop.id IS '主键';
COMMENT ON COLUMN rv_stop.county_code IS '所属县';
COMMENT ON COLUMN rv_stop.request_id IS '审查申请';
COMMENT ON COLUMN rv_stop.reason IS '需补正的材料';
COMMENT ON COLUMN rv_stop.from_date IS '停止计算起始日（通知补正次日）';
COMMENT ON COLUMN rv_stop.to_date IS '停止计算截止日（收到补正材料之日），未收到时为空';
COMMENT ON COLUMN rv_stop.created_at IS '创建时间';
COMMENT ON COLUMN rv_stop.created_by IS '创建人';

CREATE TABLE rv_opinion (
    id              BIGSERIAL     NOT NULL,
    county_code     VARCHAR(6)    NOT NULL,
    request_id      BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    quoted_text     VARCHAR(2000),
    opinion         TEXT          NOT NULL,
    basis           VARCHAR(500),
    response        VARCHAR(16),
    response_reason TEXT,
    responded_by    VARCHAR(64),
    responded_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_rv_opinion PRIMARY KEY (id),
    CONSTRAINT fk_rv_opinion_request FOREIGN KEY (request_id) REFERENCES rv_request (id),
    CONSTRAINT uk_rv_opinion_seq UNIQUE (request_id, seq)
);
CREATE INDEX idx_rv_opinion_request ON rv_opinion (county_code, request_id);
COMMENT ON TABLE rv_opinion IS '审查意见（逐条）及起草单位的采纳情况';
COMMENT ON COLUMN rv_opinion.id IS '主键';
COMMENT ON COLUMN rv_opinion.county_code IS '所属县';
COMMENT ON COLUMN rv_opinion.request_id IS '审查申请';
COMMENT ON COLUMN rv_opinion.seq IS '意见序号（第几条）';
COMMENT ON COLUMN rv_opinion.quoted_text IS '所针对的送审稿原文';
COMMENT ON COLUMN rv_opinion.opinion IS '审查意见';
COMMENT ON COLUMN rv_opinion.basis IS '法律依据';
COMMENT ON COLUMN rv_opinion.response IS '采纳情况：采纳、部分采纳、不采纳';
COMMENT ON COLUMN rv_opinion.response_reason IS '采纳情况说明（部分采纳、不采纳须说明理由）';
COMMENT ON COLUMN rv_opinion.responded_by IS '反馈人';
COMMENT ON COLUMN rv_opinion.responded_at IS '反馈时间';
COMMENT ON COLUMN rv_opinion.created_at IS '创建时间';
COMMENT ON COLUMN rv_opinion.created_by IS '创建人';
COMMENT ON COLUMN rv_opinion.updated_at IS '修改时间';
COMMENT ON COLUMN rv_opinion.updated_by IS '修改人';
COMMENT ON COLUMN rv_opinion.version IS '乐观锁版本';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('review:request:view',    '查看合法性审查事项',     '合法性审查', 400),
 ('review:request:submit',  '提交合法性审查',         '合法性审查', 401),
 ('review:request:assign',  '分办合法性审查事项',     '合法性审查', 402),
 ('review:request:review',  '办理分配给本人的审查事项', '合法性审查', 403),
 ('review:opinion:respond', '反馈审查意见采纳情况',   '合法性审查', 404),
 ('review:stats:view',      '查看合法性审查统计',     '合法性审查', 405);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
 ('ADMIN','review:request:view'),('ADMIN','review:stats:view'),
 ('COORDINATOR','review:request:view'),('COORDINATOR','review:request:submit'),('COORDINATOR','review:request:assign'),
 ('COORDINATOR','review:request:review'),('COORDINATOR','review:opinion:respond'),('COORDINATOR','review:stats:view'),
 ('UNIT_ADMIN','review:request:view'),('UNIT_ADMIN','review:request:submit'),('UNIT_ADMIN','review:opinion:respond'),
 ('CLERK','review:request:view'),('CLERK','review:request:submit'),('CLERK','review:opinion:respond'),
 ('LEADER','review:request:view'),('LEADER','review:stats:view'),
 ('REVIEWER','review:request:review'),
 ('PROVINCE','review:request:view'),('PROVINCE','review:stats:view')
) AS p(role_code, permission) ON p.role_code = r.code
ON CONFLICT DO NOTHING;
