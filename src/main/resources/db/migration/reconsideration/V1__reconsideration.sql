-- 行政复议与行政应诉 (reconsideration): cases, parties, clocks, documents and their service, litigation.

CREATE TABLE recon_case (
    id                   BIGSERIAL     NOT NULL,
    county_code          VARCHAR(6)    NOT NULL,
    unit_id              BIGINT        NOT NULL,
    office_unit_id       BIGINT        NOT NULL,
    number               VARCHAR(64)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    status               VARCHAR(32)   NOT NULL,
    procedure_kind       VARCHAR(16),
    applicant_summary    VARCHAR(300)  NOT NULL,
    request_text         TEXT          NOT NULL,
    facts_text           TEXT,
    act_type             VARCHAR(32)   NOT NULL,
    act_number           VARCHAR(100),
    act_title            VARCHAR(300)  NOT NULL,
    act_date             DATE          NOT NULL,
    known_on             DATE          NOT NULL,
    informed_of_rights   BOOLEAN       NOT NULL DEFAULT TRUE,
    real_property        BOOLEAN       NOT NULL DEFAULT FALSE,
    field                VARCHAR(32),
    amount_yuan          NUMERIC(14,2),
    period_result        VARCHAR(300)  NOT NULL,
    period_ok            BOOLEAN       NOT NULL,
    received_on          DATE          NOT NULL,
    review_start_on      DATE          NOT NULL,
    accepted_on          DATE,
    deemed_accepted      BOOLEAN       NOT NULL DEFAULT FALSE,
    copy_served_on       DATE,
    answer_received_on   DATE,
    hearing_on           DATE,
    hearing_place        VARCHAR(200),
    hearing_held_on      DATE,
    extension_days       INT           NOT NULL DEFAULT 0,
    extension_approver   VARCHAR(100),
    decision_type        VARCHAR(32),
    decided_on           DATE,
    decision_basis       TEXT,
    closed_on            DATE,
    outcome_note         TEXT,
    e_service_consent    BOOLEAN       NOT NULL DEFAULT FALSE,
    verify_hash          VARCHAR(64),
    published            BOOLEAN       NOT NULL DEFAULT FALSE,
    published_text       TEXT,
    created_at           TIMESTAMPTZ   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_recon_case PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_recon_case_number ON recon_case (county_code, number);
CREATE INDEX idx_recon_case_unit ON recon_case (county_code, unit_id, status);
CREATE INDEX idx_recon_case_received ON recon_case (county_code, received_on);
CREATE INDEX idx_recon_case_decided ON recon_case (county_code, decided_on);
COMMENT ON TABLE recon_case IS '行政复议案件（申请、受理审查、审理、决定、结案）';
COMMENT ON COLUMN recon_case.id IS '主键';
COMMENT ON COLUMN recon_case.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN recon_case.unit_id IS '被申请人（作出行政行为的单位），数据范围按此单位过滤';
COMMENT ON COLUMN recon_case.office_unit_id IS '办理案件的行政复议机构所在单位（通常为司法局）';
COMMENT ON COLUMN recon_case.number IS '案号';
COMMENT ON COLUMN recon_case.channel IS '申请方式：ONLINE网上 IN_PERSON当面 POST邮寄 TRANSFERRED转送';
COMMENT ON COLUMN recon_case.status IS '案件状态';
COMMENT ON COLUMN recon_case.procedure_kind IS '审理程序：SIMPLE简易程序 ORDINARY普通程序';
COMMENT ON COLUMN recon_case.applicant_summary IS '申请人（列表显示用，多名申请人以顿号分隔）';
COMMENT ON COLUMN recon_case.request_text IS '行政复议请求';
COMMENT ON COLUMN recon_case.facts_text IS '事实和理由';
COMMENT ON COLUMN recon_case.act_type IS '被申请复议的行政行为类别（行政处罚、行政许可、政府信息公开等）';
COMMENT ON COLUMN recon_case.act_number IS '行政行为文书编号';
COMMENT ON COLUMN recon_case.act_title IS '行政行为名称';
COMMENT ON COLUMN recon_case.act_date IS '行政行为作出之日';
COMMENT ON COLUMN recon_case.known_on IS '申请人知道或者应当知道该行政行为之日';
COMMENT ON COLUMN recon_case.informed_of_rights IS '行政机关是否告知申请复议的权利、复议机关和申请期限（行政复议法第二十条第三款）';
COMMENT ON COLUMN recon_case.real_property IS '是否涉及不动产（最长保护期二十年，行政复议法第二十一条）';
COMMENT ON COLUMN recon_case.field IS '行政管理领域';
COMMENT ON COLUMN recon_case.amount_yuan IS '涉案金额（元），简易程序适用条件之一';
COMMENT ON COLUMN recon_case.period_result IS '申请期限审查结果说明';
COMMENT ON COLUMN recon_case.period_ok IS '是否在法定申请期限内';
COMMENT ON COLUMN recon_case.received_on IS '收到申请之日';
COMMENT ON COLUMN recon_case.review_start_on IS '受理审查期限起算日（收到申请或收到补正材料之日）';
COMMENT ON COLUMN recon_case.accepted_on IS '受理之日（含视为受理）';
COMMENT ON COLUMN recon_case.deemed_accepted IS '是否因审查期限届满视为受理（行政复议法第三十条第三款）';
COMMENT ON COLUMN recon_case.copy_served_on IS '被申请人收到申请书副本之日';
COMMENT ON COLUMN recon_case.answer_received_on IS '收到被申请人书面答复之日';
COMMENT ON COLUMN recon_case.hearing_on IS '听证日期';
COMMENT ON COLUMN recon_case.hearing_place IS '听证地点';
COMMENT ON COLUMN recon_case.hearing_held_on IS '听证举行之日';
COMMENT ON COLUMN recon_case.extension_days IS '经批准延长审理期限的日数（不超过三十日）';
COMMENT ON COLUMN recon_case.extension_approver IS '批准延期的行政复议机构负责人';
COMMENT ON COLUMN recon_case.decision_type IS '决定类型';
COMMENT ON COLUMN recon_case.decided_on IS '作出决定（含调解书、终止）之日';
COMMENT ON COLUMN recon_case.decision_basis IS '决定理由和依据';
COMMENT ON COLUMN recon_case.closed_on IS '结案之日';
COMMENT ON COLUMN recon_case.outcome_note IS '结果说明（不予受理理由、告知转送机关、撤回情况等）';
COMMENT ON COLUMN recon_case.e_service_consent IS '申请人是否同意电子送达';
COMMENT ON COLUMN recon_case.verify_hash IS '网上查询验证码的 SHA-256';
COMMENT ON COLUMN recon_case.published IS '决定书是否已在门户公开';
COMMENT ON COLUMN recon_case.published_text IS '公开的决定书文本（已去除个人信息）';
COMMENT ON COLUMN recon_case.created_at IS '创建时间';
COMMENT ON COLUMN recon_case.created_by IS '创建人';
COMMENT ON COLUMN recon_case.updated_at IS '更新时间';
COMMENT ON COLUMN recon_case.updated_by IS '更新人';
COMMENT ON COLUMN recon_case.version IS '版本号（乐观锁）';

CREATE TABLE recon_party (
    id          BIGSERIAL    NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    case_id     BIGINT       NOT NULL REFERENCES recon_case (id),
    role        VARCHAR(16)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    id_number   VARCHAR(32),
    phone       VARCHAR(32),
    address     VARCHAR(300),
    CONSTRAINT pk_recon_party PRIMARY KEY (id)
);
CREATE INDEX idx_recon_party_case ON recon_party (county_code, case_id);
COMMENT ON TABLE recon_party IS '行政复议当事人（申请人、第三人、代理人）';
COMMENT ON COLUMN recon_party.id IS '主键';
COMMENT ON COLUMN recon_party.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_party.case_id IS '案件';
COMMENT ON COLUMN recon_party.role IS '身份：APPLICANT申请人 THIRD_PARTY第三人 AGENT代理人';
COMMENT ON COLUMN recon_party.kind IS '类型：PERSON自然人 ORGANISATION法人或其他组织';
COMMENT ON COLUMN recon_party.name IS '姓名或名称';
COMMENT ON COLUMN recon_party.id_number IS '身份证号或统一社会信用代码';
COMMENT ON COLUMN recon_party.phone IS '联系电话';
COMMENT ON COLUMN recon_party.address IS '住所或送达地址';

CREATE TABLE recon_step (
    id          BIGSERIAL    NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    case_id     BIGINT       NOT NULL REFERENCES recon_case (id),
    action      VARCHAR(32)  NOT NULL,
    on_date     DATE         NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    acted_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_recon_step PRIMARY KEY (id)
);
CREATE INDEX idx_recon_step_case ON recon_step (county_code, case_id, id);
COMMENT ON TABLE recon_step IS '行政复议案件办理过程（时间轴）';
COMMENT ON COLUMN recon_step.id IS '主键';
COMMENT ON COLUMN recon_step.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_step.case_id IS '案件';
COMMENT ON COLUMN recon_step.action IS '办理环节代码';
COMMENT ON COLUMN recon_step.on_date IS '环节发生之日';
COMMENT ON COLUMN recon_step.summary IS '环节说明';
COMMENT ON COLUMN recon_step.actor IS '经办人';
COMMENT ON COLUMN recon_step.acted_at IS '登记时间';

CREATE TABLE recon_deadline (
    id          BIGSERIAL    NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    case_id     BIGINT       NOT NULL REFERENCES recon_case (id),
    kind        VARCHAR(32)  NOT NULL,
    unit_id     BIGINT       NOT NULL,
    start_on    DATE         NOT NULL,
    due         DATE         NOT NULL,
    citation    VARCHAR(300) NOT NULL,
    explanation TEXT         NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    closed_on   DATE,
    CONSTRAINT pk_recon_deadline PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_recon_deadline_kind ON recon_deadline (county_code, case_id, kind);
CREATE INDEX idx_recon_deadline_due ON recon_deadline (county_code, status, due);
COMMENT ON TABLE recon_deadline IS '行政复议案件的法定期限（每种期限一行，期限变动时更新）';
COMMENT ON COLUMN recon_deadline.id IS '主键';
COMMENT ON COLUMN recon_deadline.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_deadline.case_id IS '案件';
COMMENT ON COLUMN recon_deadline.kind IS '期限种类，如 ACCEPTANCE_REVIEW 受理审查';
COMMENT ON COLUMN recon_deadline.unit_id IS '须在期限内办理的单位';
COMMENT ON COLUMN recon_deadline.start_on IS '起算事件发生之日（期间自次日起算）';
COMMENT ON COLUMN recon_deadline.due IS '期限届满日';
COMMENT ON COLUMN recon_deadline.citation IS '法律依据';
COMMENT ON COLUMN recon_deadline.explanation IS '计算说明';
COMMENT ON COLUMN recon_deadline.status IS '状态：OPEN进行中 DONE已办 STOPPED停止计算 CANCELLED不再需要';
COMMENT ON COLUMN recon_deadline.closed_on IS '办结或取消之日';

CREATE TABLE recon_stop (
    id          BIGSERIAL    NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    case_id     BIGINT       NOT NULL REFERENCES recon_case (id),
    kind        VARCHAR(16)  NOT NULL,
    from_on     DATE         NOT NULL,
    to_on       DATE,
    reason      VARCHAR(500) NOT NULL,
    CONSTRAINT pk_recon_stop PRIMARY KEY (id)
);
CREATE INDEX idx_recon_stop_case ON recon_stop (county_code, case_id);
COMMENT ON TABLE recon_stop IS '停止计算的期间（补正、中止）';
COMMENT ON COLUMN recon_stop.id IS '主键';
COMMENT ON COLUMN recon_stop.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_stop.case_id IS '案件';
COMMENT ON COLUMN recon_stop.kind IS '种类：CURE补正 SUSPENSION中止';
COMMENT ON COLUMN recon_stop.from_on IS '第一个不计算的日';
COMMENT ON COLUMN recon_stop.to_on IS '最后一个不计算的日；进行中为空';
COMMENT ON COLUMN recon_stop.reason IS '原因（中止事由）';

CREATE TABLE recon_document (
    id            BIGSERIAL    NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    case_id       BIGINT       NOT NULL REFERENCES recon_case (id),
    kind          VARCHAR(32)  NOT NULL,
    document_id   BIGINT       NOT NULL,
    attachment_id BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    number_text   VARCHAR(64),
    document_date DATE         NOT NULL,
    public_to_applicant BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_recon_document PRIMARY KEY (id)
);
CREATE INDEX idx_recon_document_case ON recon_document (county_code, case_id);
COMMENT ON TABLE recon_document IS '行政复议案件文书（受理通知书、补正通知书、决定书等）';
COMMENT ON COLUMN recon_document.id IS '主键';
COMMENT ON COLUMN recon_document.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_document.case_id IS '案件';
COMMENT ON COLUMN recon_document.kind IS '文书种类';
COMMENT ON COLUMN recon_document.document_id IS '公文（files_document）主键';
COMMENT ON COLUMN recon_document.attachment_id IS 'Word 文书附件主键';
COMMENT ON COLUMN recon_document.title IS '文书标题';
COMMENT ON COLUMN recon_document.number_text IS '文号';
COMMENT ON COLUMN recon_document.document_date IS '成文日期';
COMMENT ON COLUMN recon_document.public_to_applicant IS '申请人能否在门户查看（同意电子送达时）';

CREATE TABLE recon_service (
    id          BIGSERIAL    NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    case_id     BIGINT       NOT NULL REFERENCES recon_case (id),
    document_id BIGINT       NOT NULL REFERENCES recon_document (id),
    recipient   VARCHAR(200) NOT NULL,
    method      VARCHAR(16)  NOT NULL,
    served_on   DATE         NOT NULL,
    proof       VARCHAR(500) NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_recon_service PRIMARY KEY (id)
);
CREATE INDEX idx_recon_service_case ON recon_service (county_code, case_id);
COMMENT ON TABLE recon_service IS '文书送达记录（送达方式、日期、凭证）';
COMMENT ON COLUMN recon_service.id IS '主键';
COMMENT ON COLUMN recon_service.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_service.case_id IS '案件';
COMMENT ON COLUMN recon_service.document_id IS '送达的文书';
COMMENT ON COLUMN recon_service.recipient IS '受送达人';
COMMENT ON COLUMN recon_service.method IS '送达方式：DIRECT直接 POST邮寄 ELECTRONIC电子 ENTRUSTED委托 PUBLIC公告 LEFT留置';
COMMENT ON COLUMN recon_service.served_on IS '送达之日';
COMMENT ON COLUMN recon_service.proof IS '送达凭证（送达回证编号、邮件号、电子送达记录等）';
COMMENT ON COLUMN recon_service.recorded_by IS '登记人';
COMMENT ON COLUMN recon_service.recorded_at IS '登记时间';

CREATE TABLE recon_material (
    id            BIGSERIAL    NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    case_id       BIGINT       NOT NULL REFERENCES recon_case (id),
    attachment_id BIGINT       NOT NULL,
    source        VARCHAR(16)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    added_at      TIMESTAMPTZ  NOT NULL,
    added_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_recon_material PRIMARY KEY (id)
);
CREATE INDEX idx_recon_material_case ON recon_material (county_code, case_id);
COMMENT ON TABLE recon_material IS '案件材料（申请材料、补正材料、答复和证据）';
COMMENT ON COLUMN recon_material.id IS '主键';
COMMENT ON COLUMN recon_material.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_material.case_id IS '案件';
COMMENT ON COLUMN recon_material.attachment_id IS '附件主键';
COMMENT ON COLUMN recon_material.source IS '提交方：APPLICANT申请人 RESPONDENT被申请人 OFFICE复议机构';
COMMENT ON COLUMN recon_material.name IS '材料名称';
COMMENT ON COLUMN recon_material.added_at IS '提交时间';
COMMENT ON COLUMN recon_material.added_by IS '提交人（网上申请为 portal）';

CREATE TABLE recon_opinion (
    id            BIGSERIAL    NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    case_id       BIGINT       NOT NULL REFERENCES recon_case (id),
    unit_id       BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    content       TEXT         NOT NULL,
    served_on     DATE         NOT NULL,
    due           DATE         NOT NULL,
    feedback_on   DATE,
    feedback      TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_recon_opinion PRIMARY KEY (id)
);
CREATE INDEX idx_recon_opinion_unit ON recon_opinion (county_code, unit_id);
COMMENT ON TABLE recon_opinion IS '行政复议意见书（行政复议法第七十六条）及其整改反馈';
COMMENT ON COLUMN recon_opinion.id IS '主键';
COMMENT ON COLUMN recon_opinion.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_opinion.case_id IS '案件';
COMMENT ON COLUMN recon_opinion.unit_id IS '收文单位（被申请人或其他下级机关）';
COMMENT ON COLUMN recon_opinion.kind IS '种类：OPINION意见书';
COMMENT ON COLUMN recon_opinion.content IS '意见内容';
COMMENT ON COLUMN recon_opinion.served_on IS '收文单位收到之日';
COMMENT ON COLUMN recon_opinion.due IS '整改情况反馈期限（收到之日起六十日）';
COMMENT ON COLUMN recon_opinion.feedback_on IS '反馈之日';
COMMENT ON COLUMN recon_opinion.feedback IS '整改情况';
COMMENT ON COLUMN recon_opinion.created_at IS '创建时间';
COMMENT ON COLUMN recon_opinion.created_by IS '创建人';
COMMENT ON COLUMN recon_opinion.updated_at IS '更新时间';
COMMENT ON COLUMN recon_opinion.updated_by IS '更新人';
COMMENT ON COLUMN recon_opinion.version IS '版本号';

CREATE TABLE recon_litigation (
    id                   BIGSERIAL    NOT NULL,
    county_code          VARCHAR(6)   NOT NULL,
    unit_id              BIGINT       NOT NULL,
    court_case_number    VARCHAR(100) NOT NULL,
    court                VARCHAR(200) NOT NULL,
    instance             VARCHAR(16)  NOT NULL,
    category             VARCHAR(32)  NOT NULL,
    plaintiff            VARCHAR(300) NOT NULL,
    claim                TEXT         NOT NULL,
    recon_case_id        BIGINT,
    complaint_served_on  DATE         NOT NULL,
    defence_due          DATE         NOT NULL,
    defence_filed_on     DATE,
    hearing_on           DATE,
    head_appeared        VARCHAR(16),
    head_name            VARCHAR(100),
    head_spoke           BOOLEAN,
    outcome              VARCHAR(24),
    outcome_on           DATE,
    lost_analysis        TEXT,
    status               VARCHAR(16)  NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_recon_litigation PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_recon_litigation_number ON recon_litigation (county_code, court_case_number);
CREATE INDEX idx_recon_litigation_unit ON recon_litigation (county_code, unit_id, outcome_on);
COMMENT ON TABLE recon_litigation IS '行政应诉案件（一审、二审、再审）';
COMMENT ON COLUMN recon_litigation.id IS '主键';
COMMENT ON COLUMN recon_litigation.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_litigation.unit_id IS '被告（应诉）单位';
COMMENT ON COLUMN recon_litigation.court_case_number IS '法院案号';
COMMENT ON COLUMN recon_litigation.court IS '审理法院';
COMMENT ON COLUMN recon_litigation.instance IS '审级：FIRST一审 SECOND二审 RETRIAL再审';
COMMENT ON COLUMN recon_litigation.category IS '案件类别（行政行为种类）';
COMMENT ON COLUMN recon_litigation.plaintiff IS '原告（上诉人、再审申请人）';
COMMENT ON COLUMN recon_litigation.claim IS '诉讼请求';
COMMENT ON COLUMN recon_litigation.recon_case_id IS '此前的行政复议案件（复议后起诉时）';
COMMENT ON COLUMN recon_litigation.complaint_served_on IS '收到起诉状副本之日';
COMMENT ON COLUMN recon_litigation.defence_due IS '提交答辩状和证据的期限（行政诉讼法第六十七条）';
COMMENT ON COLUMN recon_litigation.defence_filed_on IS '提交答辩之日';
COMMENT ON COLUMN recon_litigation.hearing_on IS '开庭日期（未开庭审理为空）';
COMMENT ON COLUMN recon_litigation.head_appeared IS '负责人出庭：PRINCIPAL正职 DEPUTY副职 NONE未出庭';
COMMENT ON COLUMN recon_litigation.head_name IS '出庭负责人姓名';
COMMENT ON COLUMN recon_litigation.head_spoke IS '出庭负责人是否发声';
COMMENT ON COLUMN recon_litigation.outcome IS '结果：WON胜诉 WITHDRAWN原告撤诉 LOST_REVOKED败诉撤销 LOST_ILLEGAL败诉确认违法 LOST_PERFORM败诉责令履行 LOST_VARIED败诉变更 LOST_VOID败诉确认无效 LOST_COMPENSATION败诉赔偿 MEDIATED调解';
COMMENT ON COLUMN recon_litigation.outcome_on IS '裁判（结案）之日';
COMMENT ON COLUMN recon_litigation.lost_analysis IS '败诉原因分析';
COMMENT ON COLUMN recon_litigation.status IS '状态：OPEN在办 CLOSED已结';
COMMENT ON COLUMN recon_litigation.created_at IS '创建时间';
COMMENT ON COLUMN recon_litigation.created_by IS '创建人';
COMMENT ON COLUMN recon_litigation.updated_at IS '更新时间';
COMMENT ON COLUMN recon_litigation.updated_by IS '更新人';
COMMENT ON COLUMN recon_litigation.version IS '版本号';

CREATE TABLE recon_suggestion (
    id            BIGSERIAL    NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    unit_id       BIGINT       NOT NULL,
    litigation_id BIGINT       REFERENCES recon_litigation (id),
    kind          VARCHAR(16)  NOT NULL,
    issuer        VARCHAR(200) NOT NULL,
    number_text   VARCHAR(100) NOT NULL,
    content       TEXT         NOT NULL,
    received_on   DATE         NOT NULL,
    reply_due     DATE         NOT NULL,
    replied_on    DATE,
    reply         TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_recon_suggestion PRIMARY KEY (id)
);
CREATE INDEX idx_recon_suggestion_unit ON recon_suggestion (county_code, unit_id, received_on);
COMMENT ON TABLE recon_suggestion IS '司法建议、检察建议及其办复';
COMMENT ON COLUMN recon_suggestion.id IS '主键';
COMMENT ON COLUMN recon_suggestion.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_suggestion.unit_id IS '被建议单位';
COMMENT ON COLUMN recon_suggestion.litigation_id IS '关联的应诉案件';
COMMENT ON COLUMN recon_suggestion.kind IS '种类：JUDICIAL司法建议 PROCURATORIAL检察建议';
COMMENT ON COLUMN recon_suggestion.issuer IS '发出建议的法院或检察院';
COMMENT ON COLUMN recon_suggestion.number_text IS '建议书文号';
COMMENT ON COLUMN recon_suggestion.content IS '建议内容';
COMMENT ON COLUMN recon_suggestion.received_on IS '收到之日';
COMMENT ON COLUMN recon_suggestion.reply_due IS '建议书载明的办复期限';
COMMENT ON COLUMN recon_suggestion.replied_on IS '办复之日';
COMMENT ON COLUMN recon_suggestion.reply IS '办复情况';
COMMENT ON COLUMN recon_suggestion.created_at IS '创建时间';
COMMENT ON COLUMN recon_suggestion.created_by IS '创建人';
COMMENT ON COLUMN recon_suggestion.updated_at IS '更新时间';
COMMENT ON COLUMN recon_suggestion.updated_by IS '更新人';
COMMENT ON COLUMN recon_suggestion.version IS '版本号';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('reconsideration:case:view',       '查看行政复议案件',       '行政复议与应诉', 300),
 ('reconsideration:case:handle',     '办理行政复议案件',       '行政复议与应诉', 301),
 ('reconsideration:case:respond',    '被申请人答复与整改反馈', '行政复议与应诉', 302),
 ('reconsideration:litigation:view', '查看行政应诉案件',       '行政复议与应诉', 303),
 ('reconsideration:litigation:manage','登记行政应诉案件',      '行政复议与应诉', 304),
 ('reconsideration:statistics:view', '查看复议应诉统计',       '行政复议与应诉', 305);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
  ('ADMIN', 'reconsideration:case:view'), ('ADMIN', 'reconsideration:case:handle'),
  ('ADMIN', 'reconsideration:litigation:view'), ('ADMIN', 'reconsideration:litigation:manage'),
  ('ADMIN', 'reconsideration:statistics:view'),
  ('COORDINATOR', 'reconsideration:case:view'), ('COORDINATOR', 'reconsideration:case:handle'),
  ('COORDINATOR', 'reconsideration:litigation:view'), ('COORDINATOR', 'reconsideration:litigation:manage'),
  ('COORDINATOR', 'reconsideration:statistics:view'),
  ('UNIT_ADMIN', 'reconsideration:case:view'), ('UNIT_ADMIN', 'reconsideration:case:respond'),
  ('UNIT_ADMIN', 'reconsideration:litigation:view'), ('UNIT_ADMIN', 'reconsideration:litigation:manage'),
  ('CLERK', 'reconsideration:case:view'), ('CLERK', 'reconsideration:case:respond'),
  ('CLERK', 'reconsideration:litigation:view'),
  ('LEADER', 'reconsideration:case:view'), ('LEADER', 'reconsideration:litigation:view'),
  ('LEADER', 'reconsideration:statistics:view'),
  ('PROVINCE', 'reconsideration:case:view'), ('PROVINCE', 'reconsideration:litigation:view'),
  ('PROVINCE', 'reconsideration:statistics:view')
) AS p(role_code, permission) ON p.role_code = r.code
ON CONFLICT DO NOTHING;

CREATE TABLE recon_committee_member (
    id           BIGSERIAL    NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    unit_id      BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    expertise    VARCHAR(200),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_recon_committee_member PRIMARY KEY (id)
);
CREATE INDEX idx_recon_committee_member ON recon_committee_member (county_code, active, kind);
COMMENT ON TABLE recon_committee_member IS '行政复议委员会组成人员和专家库（行政复议法第五十二条）';
COMMENT ON COLUMN recon_committee_member.id IS '主键';
COMMENT ON COLUMN recon_committee_member.county_code IS '所属县（租户）';
COMMENT ON COLUMN recon_committee_member.unit_id IS '管理单位（行政复议机构）';
COMMENT ON COLUMN recon_committee_member.kind IS '类别：MEMBER委员会委员 EXPERT专家库专家';
COMMENT ON COLUMN recon_committee_member.name IS '姓名';
COMMENT ON COLUMN recon_committee_member.organisation IS '工作单位';
COMMENT ON COLUMN recon_committee_member.expertise IS '专业领域';
COMMENT ON COLUMN recon_committee_member.active IS '是否在任（不删除，退出时置为否）';
COMMENT ON COLUMN recon_committee_member.created_at IS '创建时间';
COMMENT ON COLUMN recon_committee_member.created_by IS '创建人';
COMMENT ON COLUMN recon_committee_member.updated_at IS '更新时间';
COMMENT ON COLUMN recon_committee_member.updated_by IS '更新人';
COMMENT ON COLUMN recon_committee_member.version IS '版本号';
