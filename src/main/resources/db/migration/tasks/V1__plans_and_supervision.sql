-- 工作要点与督办: annual plans with parts, and one supervision engine (督办事项) for plan tasks, 领导批示件,
-- 人大代表建议, 政协提案, 整改问题 and county-defined kinds.

CREATE TABLE task_kind (
    id           BIGSERIAL    NOT NULL,
    county_code  CHAR(6)      NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    default_days INT,
    basis        VARCHAR(300),
    is_active    BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_task_kind PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_task_kind_code ON task_kind (county_code, code);
COMMENT ON TABLE task_kind IS '县自定义督办事项类别（内置类别之外）';
COMMENT ON COLUMN task_kind.id IS '主键';
COMMENT ON COLUMN task_kind.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_kind.code IS '类别代码（县内唯一）';
COMMENT ON COLUMN task_kind.name IS '类别名称';
COMMENT ON COLUMN task_kind.default_days IS '默认办理期限（自交办次日起的自然日数），为空表示逐件确定';
COMMENT ON COLUMN task_kind.basis IS '办理期限的依据（文件名称及条款）';
COMMENT ON COLUMN task_kind.is_active IS '是否启用';
COMMENT ON COLUMN task_kind.created_at IS '创建时间';
COMMENT ON COLUMN task_kind.created_by IS '创建人';
COMMENT ON COLUMN task_kind.updated_at IS '修改时间';
COMMENT ON COLUMN task_kind.updated_by IS '修改人';
COMMENT ON COLUMN task_kind.version IS '版本（乐观锁）';

CREATE TABLE task_plan (
    id           BIGSERIAL    NOT NULL,
    county_code  CHAR(6)      NOT NULL,
    unit_id      BIGINT       NOT NULL,
    plan_year    INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    issued_on    DATE,
    preamble     TEXT,
    closing      TEXT,
    source_text  TEXT,
    default_due  DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_task_plan PRIMARY KEY (id),
    CONSTRAINT ck_task_plan_status CHECK (status IN ('ACTIVE', 'WITHDRAWN'))
);
CREATE INDEX idx_task_plan_year ON task_plan (county_code, plan_year, unit_id);
COMMENT ON TABLE task_plan IS '年度工作要点（法治政府建设工作要点等年度计划）';
COMMENT ON COLUMN task_plan.id IS '主键';
COMMENT ON COLUMN task_plan.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_plan.unit_id IS '制定并督办的单位（依法治县办所在单位）';
COMMENT ON COLUMN task_plan.plan_year IS '年度';
COMMENT ON COLUMN task_plan.title IS '标题';
COMMENT ON COLUMN task_plan.issued_on IS '印发日期';
COMMENT ON COLUMN task_plan.preamble IS '总体要求（部分标题之前的正文）';
COMMENT ON COLUMN task_plan.closing IS '结尾要求（最后一项任务之后的正文）';
COMMENT ON COLUMN task_plan.source_text IS '导入时的原文';
COMMENT ON COLUMN task_plan.default_due IS '未写明时限的任务的完成期限（导入时确认）';
COMMENT ON COLUMN task_plan.status IS '状态：ACTIVE执行中 WITHDRAWN已撤回';
COMMENT ON COLUMN task_plan.created_at IS '创建时间';
COMMENT ON COLUMN task_plan.created_by IS '创建人';
COMMENT ON COLUMN task_plan.updated_at IS '修改时间';
COMMENT ON COLUMN task_plan.updated_by IS '修改人';
COMMENT ON COLUMN task_plan.version IS '版本（乐观锁）';

CREATE TABLE task_part (
    id           BIGSERIAL    NOT NULL,
    county_code  CHAR(6)      NOT NULL,
    plan_id      BIGINT       NOT NULL,
    seq          INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    CONSTRAINT pk_task_part PRIMARY KEY (id),
    CONSTRAINT fk_task_part_plan FOREIGN KEY (plan_id) REFERENCES task_plan (id)
);
CREATE UNIQUE INDEX uk_task_part_seq ON task_part (county_code, plan_id, seq);
COMMENT ON TABLE task_part IS '工作要点的部分（一、二、……）';
COMMENT ON COLUMN task_part.id IS '主键';
COMMENT ON COLUMN task_part.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_part.plan_id IS '所属工作要点';
COMMENT ON COLUMN task_part.seq IS '序号';
COMMENT ON COLUMN task_part.title IS '部分标题';

CREATE TABLE task_item (
    id               BIGSERIAL     NOT NULL,
    county_code      CHAR(6)       NOT NULL,
    unit_id          BIGINT        NOT NULL,
    kind_code        VARCHAR(40)   NOT NULL,
    plan_id          BIGINT,
    part_id          BIGINT,
    parent_id        BIGINT,
    task_no          INT,
    title            VARCHAR(300)  NOT NULL,
    body             TEXT,
    source_ref       VARCHAR(100),
    proposer         VARCHAR(100),
    finding_ref      VARCHAR(500),
    is_complex       BOOLEAN       NOT NULL DEFAULT FALSE,
    assigned_on      DATE          NOT NULL,
    due_date         DATE          NOT NULL,
    due_citation     VARCHAR(300),
    due_explanation  VARCHAR(1000),
    state            VARCHAR(24)   NOT NULL,
    paused_on        DATE,
    paused_days      INT           NOT NULL DEFAULT 0,
    result_text      TEXT,
    closed_on        DATE,
    is_closed_late   BOOLEAN,
    satisfaction     VARCHAR(16),
    satisfaction_note VARCHAR(500),
    created_at       TIMESTAMPTZ   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_task_item PRIMARY KEY (id),
    CONSTRAINT fk_task_item_plan FOREIGN KEY (plan_id) REFERENCES task_plan (id),
    CONSTRAINT fk_task_item_part FOREIGN KEY (part_id) REFERENCES task_part (id),
    CONSTRAINT fk_task_item_parent FOREIGN KEY (parent_id) REFERENCES task_item (id),
    CONSTRAINT ck_task_item_state CHECK (state IN ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'COMPLETION_REQUESTED', 'CLOSED', 'WITHDRAWN')),
    CONSTRAINT ck_task_item_satisfaction CHECK (satisfaction IS NULL OR satisfaction IN ('SATISFIED', 'BASICALLY', 'DISSATISFIED'))
);
CREATE INDEX idx_task_item_unit ON task_item (county_code, unit_id, state, due_date);
CREATE INDEX idx_task_item_plan ON task_item (county_code, plan_id, part_id, task_no);
CREATE INDEX idx_task_item_due ON task_item (county_code, state, due_date);
CREATE INDEX idx_task_item_assigned ON task_item (county_code, assigned_on);
CREATE INDEX idx_task_item_parent ON task_item (county_code, parent_id);
COMMENT ON TABLE task_item IS '督办事项（工作要点任务、领导批示件、人大代表建议、政协提案、整改问题等）';
COMMENT ON COLUMN task_item.id IS '主键';
COMMENT ON COLUMN task_item.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_item.unit_id IS '督办单位（交办并审核办结的单位）';
COMMENT ON COLUMN task_item.kind_code IS '类别：PLAN_TASK工作要点任务 LEADER_INSTRUCTION领导批示件 NPC_SUGGESTION人大代表建议 CPPCC_PROPOSAL政协提案 RECTIFICATION整改问题，或县自定义类别代码';
COMMENT ON COLUMN task_item.plan_id IS '所属工作要点（工作要点任务）';
COMMENT ON COLUMN task_item.part_id IS '所属部分（工作要点任务）';
COMMENT ON COLUMN task_item.parent_id IS '上级督办事项（分解的子事项）';
COMMENT ON COLUMN task_item.task_no IS '任务序号（工作要点中的编号）';
COMMENT ON COLUMN task_item.title IS '事项名称';
COMMENT ON COLUMN task_item.body IS '事项内容与要求';
COMMENT ON COLUMN task_item.source_ref IS '来源编号（批示件文号、建议提案编号等）';
COMMENT ON COLUMN task_item.proposer IS '提出人（代表、委员或批示领导）';
COMMENT ON COLUMN task_item.finding_ref IS '整改针对的问题（督察、考核、巡察发现的问题及其编号）';
COMMENT ON COLUMN task_item.is_complex IS '是否涉及面广、处理难度大（建议提案可在6个月内答复）';
COMMENT ON COLUMN task_item.assigned_on IS '交办日期';
COMMENT ON COLUMN task_item.due_date IS '办理期限届满日（含批准的延期和暂停）';
COMMENT ON COLUMN task_item.due_citation IS '期限依据';
COMMENT ON COLUMN task_item.due_explanation IS '期限计算说明';
COMMENT ON COLUMN task_item.state IS '状态：ASSIGNED已交办待接收 IN_PROGRESS办理中 PAUSED已暂停 COMPLETION_REQUESTED办结申请中 CLOSED已办结 WITHDRAWN已撤销';
COMMENT ON COLUMN task_item.paused_on IS '暂停起始日（暂停中）';
COMMENT ON COLUMN task_item.paused_days IS '累计经批准暂停的自然日数';
COMMENT ON COLUMN task_item.result_text IS '办理结果';
COMMENT ON COLUMN task_item.closed_on IS '办结日期（审核通过之日）';
COMMENT ON COLUMN task_item.is_closed_late IS '是否逾期办结';
COMMENT ON COLUMN task_item.satisfaction IS '提出人满意度：SATISFIED满意 BASICALLY基本满意 DISSATISFIED不满意';
COMMENT ON COLUMN task_item.satisfaction_note IS '满意度说明';
COMMENT ON COLUMN task_item.created_at IS '创建时间';
COMMENT ON COLUMN task_item.created_by IS '创建人';
COMMENT ON COLUMN task_item.updated_at IS '修改时间';
COMMENT ON COLUMN task_item.updated_by IS '修改人';
COMMENT ON COLUMN task_item.version IS '版本（乐观锁）';

CREATE TABLE task_assignment (
    id           BIGSERIAL    NOT NULL,
    county_code  CHAR(6)      NOT NULL,
    item_id      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    unit_name    VARCHAR(200) NOT NULL,
    role         VARCHAR(8)   NOT NULL,
    printed_name VARCHAR(100),
    accepted_at  TIMESTAMPTZ,
    accepted_by  VARCHAR(64),
    CONSTRAINT pk_task_assignment PRIMARY KEY (id),
    CONSTRAINT fk_task_assignment_item FOREIGN KEY (item_id) REFERENCES task_item (id),
    CONSTRAINT ck_task_assignment_role CHECK (role IN ('LEAD', 'SUPPORT'))
);
CREATE UNIQUE INDEX uk_task_assignment ON task_assignment (county_code, item_id, unit_id);
CREATE INDEX idx_task_assignment_unit ON task_assignment (county_code, unit_id, item_id);
COMMENT ON TABLE task_assignment IS '督办事项的承办单位（主办/牵头、协办/责任）';
COMMENT ON COLUMN task_assignment.id IS '主键';
COMMENT ON COLUMN task_assignment.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_assignment.item_id IS '督办事项';
COMMENT ON COLUMN task_assignment.unit_id IS '承办单位';
COMMENT ON COLUMN task_assignment.unit_name IS '承办单位名称（交办时）';
COMMENT ON COLUMN task_assignment.role IS '角色：LEAD主办（牵头单位） SUPPORT协办（责任单位）';
COMMENT ON COLUMN task_assignment.printed_name IS '原文中的单位名称或集体称谓（导入时）';
COMMENT ON COLUMN task_assignment.accepted_at IS '接收时间';
COMMENT ON COLUMN task_assignment.accepted_by IS '接收人';

CREATE TABLE task_requirement (
    id           BIGSERIAL     NOT NULL,
    county_code  CHAR(6)       NOT NULL,
    item_id      BIGINT        NOT NULL,
    kind         VARCHAR(8)    NOT NULL,
    phrase       VARCHAR(100)  NOT NULL,
    sentence     VARCHAR(1000),
    due_date     DATE,
    target_value NUMERIC(12,2),
    unit_word    VARCHAR(10),
    indicator_code VARCHAR(64),
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_task_requirement PRIMARY KEY (id),
    CONSTRAINT fk_task_requirement_item FOREIGN KEY (item_id) REFERENCES task_item (id),
    CONSTRAINT ck_task_requirement_kind CHECK (kind IN ('DEADLINE', 'COUNT', 'HOURS', 'RATE', 'DATE')),
    CONSTRAINT ck_task_requirement_shape CHECK ((kind IN ('DEADLINE', 'DATE') AND due_date IS NOT NULL)
        OR (kind IN ('COUNT', 'HOURS', 'RATE') AND target_value IS NOT NULL))
);
CREATE INDEX idx_task_requirement_item ON task_requirement (county_code, item_id);
COMMENT ON TABLE task_requirement IS '任务的时限要求和可量化目标（导入时确认或手工填写）';
COMMENT ON COLUMN task_requirement.id IS '主键';
COMMENT ON COLUMN task_requirement.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_requirement.item_id IS '督办事项';
COMMENT ON COLUMN task_requirement.kind IS '类型：DEADLINE时限要求 DATE完成日期目标 COUNT次数/件数 HOURS学时 RATE比率';
COMMENT ON COLUMN task_requirement.phrase IS '原文用语，如 3月1日前、至少2次、不少于60学时、100%';
COMMENT ON COLUMN task_requirement.sentence IS '所在语句';
COMMENT ON COLUMN task_requirement.due_date IS '时限（确认的日期）';
COMMENT ON COLUMN task_requirement.target_value IS '目标值（次数、学时或百分比）';
COMMENT ON COLUMN task_requirement.unit_word IS '计量单位（次、件、学时、%）';
COMMENT ON COLUMN task_requirement.indicator_code IS '对应指标代码（有则按指标计算值跟踪）';
COMMENT ON COLUMN task_requirement.created_at IS '创建时间';
COMMENT ON COLUMN task_requirement.created_by IS '创建人';

CREATE TABLE task_target_report (
    id             BIGSERIAL     NOT NULL,
    county_code    CHAR(6)       NOT NULL,
    requirement_id BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    reported_value NUMERIC(12,2),
    done_on        DATE,
    note           VARCHAR(500),
    reported_at    TIMESTAMPTZ   NOT NULL,
    reported_by    VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_task_target_report PRIMARY KEY (id),
    CONSTRAINT fk_task_target_report_req FOREIGN KEY (requirement_id) REFERENCES task_requirement (id)
);
CREATE INDEX idx_task_target_report ON task_target_report (county_code, requirement_id, unit_id, reported_at);
COMMENT ON TABLE task_target_report IS '承办单位对时限要求和目标的完成情况填报（逐次保留）';
COMMENT ON COLUMN task_target_report.id IS '主键';
COMMENT ON COLUMN task_target_report.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_target_report.requirement_id IS '时限要求或目标';
COMMENT ON COLUMN task_target_report.unit_id IS '填报单位';
COMMENT ON COLUMN task_target_report.reported_value IS '填报的完成值（次数、学时或百分比）';
COMMENT ON COLUMN task_target_report.done_on IS '完成日期（时限要求）';
COMMENT ON COLUMN task_target_report.note IS '说明';
COMMENT ON COLUMN task_target_report.reported_at IS '填报时间';
COMMENT ON COLUMN task_target_report.reported_by IS '填报人';

CREATE TABLE task_request (
    id            BIGSERIAL     NOT NULL,
    county_code   CHAR(6)       NOT NULL,
    item_id       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    requested_due DATE,
    status        VARCHAR(10)   NOT NULL,
    decision_note VARCHAR(1000),
    requested_at  TIMESTAMPTZ   NOT NULL,
    requested_by  VARCHAR(64)   NOT NULL,
    decided_at    TIMESTAMPTZ,
    decided_by    VARCHAR(64),
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_task_request PRIMARY KEY (id),
    CONSTRAINT fk_task_request_item FOREIGN KEY (item_id) REFERENCES task_item (id),
    CONSTRAINT ck_task_request_kind CHECK (kind IN ('EXTENSION', 'PAUSE', 'COMPLETION')),
    CONSTRAINT ck_task_request_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX idx_task_request_item ON task_request (county_code, item_id, status);
COMMENT ON TABLE task_request IS '承办单位的延期、暂停和办结申请及督办单位的审核';
COMMENT ON COLUMN task_request.id IS '主键';
COMMENT ON COLUMN task_request.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_request.item_id IS '督办事项';
COMMENT ON COLUMN task_request.unit_id IS '申请单位';
COMMENT ON COLUMN task_request.kind IS '类型：EXTENSION延期 PAUSE暂停 COMPLETION办结';
COMMENT ON COLUMN task_request.reason IS '申请理由或办理结果';
COMMENT ON COLUMN task_request.requested_due IS '申请延期至（延期申请）';
COMMENT ON COLUMN task_request.status IS '状态：PENDING待审核 APPROVED同意 REJECTED不同意/退回';
COMMENT ON COLUMN task_request.decision_note IS '审核意见';
COMMENT ON COLUMN task_request.requested_at IS '申请时间';
COMMENT ON COLUMN task_request.requested_by IS '申请人';
COMMENT ON COLUMN task_request.decided_at IS '审核时间';
COMMENT ON COLUMN task_request.decided_by IS '审核人';
COMMENT ON COLUMN task_request.version IS '版本（乐观锁）';

CREATE TABLE task_event (
    id           BIGSERIAL     NOT NULL,
    county_code  CHAR(6)       NOT NULL,
    item_id      BIGINT        NOT NULL,
    unit_id      BIGINT,
    unit_name    VARCHAR(200),
    kind         VARCHAR(32)   NOT NULL,
    content      VARCHAR(4000),
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_task_event PRIMARY KEY (id),
    CONSTRAINT fk_task_event_item FOREIGN KEY (item_id) REFERENCES task_item (id)
);
CREATE INDEX idx_task_event_item ON task_event (county_code, item_id, occurred_at);
COMMENT ON TABLE task_event IS '督办事项的办理记录（交办、接收、进展反馈、催办、申请与审核、办结、满意度）';
COMMENT ON COLUMN task_event.id IS '主键';
COMMENT ON COLUMN task_event.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_event.item_id IS '督办事项';
COMMENT ON COLUMN task_event.unit_id IS '办理或被催办的单位';
COMMENT ON COLUMN task_event.unit_name IS '单位名称';
COMMENT ON COLUMN task_event.kind IS '记录类型';
COMMENT ON COLUMN task_event.content IS '内容';
COMMENT ON COLUMN task_event.occurred_at IS '时间';
COMMENT ON COLUMN task_event.actor IS '操作人';

CREATE TABLE task_event_attachment (
    county_code   CHAR(6)  NOT NULL,
    event_id      BIGINT   NOT NULL,
    attachment_id BIGINT   NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    CONSTRAINT pk_task_event_attachment PRIMARY KEY (event_id, attachment_id),
    CONSTRAINT fk_task_event_attachment_event FOREIGN KEY (event_id) REFERENCES task_event (id)
);
CREATE INDEX idx_task_event_attachment ON task_event_attachment (county_code, event_id);
COMMENT ON TABLE task_event_attachment IS '办理记录所附材料（附件）';
COMMENT ON COLUMN task_event_attachment.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN task_event_attachment.event_id IS '办理记录';
COMMENT ON COLUMN task_event_attachment.attachment_id IS '附件';
COMMENT ON COLUMN task_event_attachment.file_name IS '附件文件名';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('tasks:item:view',      '查看督办事项',               '工作要点与督办', 600),
 ('tasks:item:handle',    '办理督办事项（接收、反馈、申请）', '工作要点与督办', 601),
 ('tasks:item:supervise', '交办、催办与审核督办事项',     '工作要点与督办', 602),
 ('tasks:plan:view',      '查看工作要点',               '工作要点与督办', 603),
 ('tasks:plan:manage',    '导入和编制工作要点',          '工作要点与督办', 604),
 ('tasks:stats:view',     '查看督办统计',               '工作要点与督办', 605),
 ('tasks:kind:manage',    '管理督办事项类别',           '工作要点与督办', 606);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
 ('ADMIN','tasks:item:view'),('ADMIN','tasks:plan:view'),('ADMIN','tasks:stats:view'),('ADMIN','tasks:kind:manage'),
 ('COORDINATOR','tasks:item:view'),('COORDINATOR','tasks:item:handle'),('COORDINATOR','tasks:item:supervise'),
 ('COORDINATOR','tasks:plan:view'),('COORDINATOR','tasks:plan:manage'),('COORDINATOR','tasks:stats:view'),
 ('COORDINATOR','tasks:kind:manage'),
 ('UNIT_ADMIN','tasks:item:view'),('UNIT_ADMIN','tasks:item:handle'),('UNIT_ADMIN','tasks:plan:view'),
 ('CLERK','tasks:item:view'),('CLERK','tasks:item:handle'),('CLERK','tasks:plan:view'),
 ('LEADER','tasks:item:view'),('LEADER','tasks:plan:view'),('LEADER','tasks:stats:view'),
 ('PROVINCE','tasks:item:view'),('PROVINCE','tasks:plan:view'),('PROVINCE','tasks:stats:view')
) AS p(role_code, permission) ON p.role_code = r.code
ON CONFLICT DO NOTHING;
