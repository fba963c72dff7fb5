-- 行政执法: registries (执法主体、执法人员与证件、培训、考试、执法事项清单、裁量基准与轻微免罚清单), enforcement records
-- (执法决定) with officers and whole-process record items, batch receipts, and publicity (公示) columns on the record.
-- Indexes start with county_code (tenant) and are designed for tens of millions of records (DESIGN §8).

CREATE TABLE enf_setting (
    county_code        CHAR(6)      NOT NULL,
    min_training_hours NUMERIC(6,1) NOT NULL DEFAULT 60,
    updated_at         TIMESTAMPTZ  NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_enf_setting PRIMARY KEY (county_code)
);
COMMENT ON TABLE enf_setting IS '行政执法参数（每县一行）';
COMMENT ON COLUMN enf_setting.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_setting.min_training_hours IS '执法人员每年应完成的培训学时（默认60学时）';
COMMENT ON COLUMN enf_setting.updated_at IS '修改时间';
COMMENT ON COLUMN enf_setting.updated_by IS '修改人';

CREATE TABLE enf_body (
    id                  BIGSERIAL    NOT NULL,
    county_code         CHAR(6)      NOT NULL,
    unit_id             BIGINT       NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    entrusting_unit_id  BIGINT,
    credit_code         VARCHAR(18),
    legal_basis         VARCHAR(2000) NOT NULL,
    scope               VARCHAR(2000) NOT NULL,
    effective_from      DATE         NOT NULL,
    effective_to        DATE,
    status              VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_enf_body PRIMARY KEY (id),
    CONSTRAINT fk_enf_body_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_enf_body_kind CHECK (kind IN ('STATUTORY', 'AUTHORISED', 'ENTRUSTED')),
    CONSTRAINT ck_enf_body_status CHECK (status IN ('ACTIVE', 'CLOSED'))
);
CREATE UNIQUE INDEX uk_enf_body_name ON enf_body (county_code, name) WHERE status = 'ACTIVE';
CREATE INDEX idx_enf_body_unit ON enf_body (county_code, unit_id);
COMMENT ON TABLE enf_body IS '行政执法主体（法定、授权、受委托组织）';
COMMENT ON COLUMN enf_body.id IS '主键';
COMMENT ON COLUMN enf_body.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_body.unit_id IS '对应单位（执法主体本身或受委托组织所在单位）';
COMMENT ON COLUMN enf_body.name IS '执法主体名称';
COMMENT ON COLUMN enf_body.kind IS '主体类别：STATUTORY法定行政机关 AUTHORISED法律法规授权组织 ENTRUSTED受委托组织';
COMMENT ON COLUMN enf_body.entrusting_unit_id IS '委托机关（受委托组织必填）';
COMMENT ON COLUMN enf_body.credit_code IS '统一社会信用代码';
COMMENT ON COLUMN enf_body.legal_basis IS '主体资格的法律依据（设定、授权或委托依据）';
COMMENT ON COLUMN enf_body.scope IS '执法范围（职权范围、执法领域）';
COMMENT ON COLUMN enf_body.effective_from IS '主体资格起始日期';
COMMENT ON COLUMN enf_body.effective_to IS '主体资格终止日期（撤销、委托终止）';
COMMENT ON COLUMN enf_body.status IS '状态：ACTIVE有效 CLOSED已终止';
COMMENT ON COLUMN enf_body.created_at IS '创建时间';
COMMENT ON COLUMN enf_body.created_by IS '创建人';
COMMENT ON COLUMN enf_body.updated_at IS '修改时间';
COMMENT ON COLUMN enf_body.updated_by IS '修改人';
COMMENT ON COLUMN enf_body.version IS '乐观锁版本';

CREATE TABLE enf_officer (
    id                  BIGSERIAL    NOT NULL,
    county_code         CHAR(6)      NOT NULL,
    unit_id             BIGINT       NOT NULL,
    body_id             BIGINT       NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    id_number           VARCHAR(18)  NOT NULL,
    position            VARCHAR(100),
    has_legal_qualification BOOLEAN  NOT NULL DEFAULT FALSE,
    status              VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    status_reason       VARCHAR(500),
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_enf_officer PRIMARY KEY (id),
    CONSTRAINT fk_enf_officer_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_enf_officer_body FOREIGN KEY (body_id) REFERENCES enf_body (id),
    CONSTRAINT ck_enf_officer_status CHECK (status IN ('ACTIVE', 'RETIRED', 'TRANSFERRED', 'DISMISSED'))
);
CREATE UNIQUE INDEX uk_enf_officer_id_number ON enf_officer (county_code, id_number);
CREATE INDEX idx_enf_officer_unit ON enf_officer (county_code, unit_id, status);
COMMENT ON TABLE enf_officer IS '行政执法人员';
COMMENT ON COLUMN enf_officer.id IS '主键';
COMMENT ON COLUMN enf_officer.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_officer.unit_id IS '所在单位';
COMMENT ON COLUMN enf_officer.body_id IS '所属执法主体';
COMMENT ON COLUMN enf_officer.name IS '姓名';
COMMENT ON COLUMN enf_officer.id_number IS '公民身份号码（个人信息，列表中脱敏）';
COMMENT ON COLUMN enf_officer.position IS '职务';
COMMENT ON COLUMN enf_officer.has_legal_qualification IS '是否取得法律职业资格（初次从事法制审核须具备，行政处罚法第五十八条）';
COMMENT ON COLUMN enf_officer.status IS '状态：ACTIVE在岗 RETIRED退休 TRANSFERRED调离 DISMISSED辞退';
COMMENT ON COLUMN enf_officer.status_reason IS '离岗原因';
COMMENT ON COLUMN enf_officer.created_at IS '创建时间';
COMMENT ON COLUMN enf_officer.created_by IS '创建人';
COMMENT ON COLUMN enf_officer.updated_at IS '修改时间';
COMMENT ON COLUMN enf_officer.updated_by IS '修改人';
COMMENT ON COLUMN enf_officer.version IS '乐观锁版本';

CREATE TABLE enf_certificate (
    id                  BIGSERIAL    NOT NULL,
    county_code         CHAR(6)      NOT NULL,
    unit_id             BIGINT       NOT NULL,
    officer_id          BIGINT       NOT NULL,
    cert_no             VARCHAR(40)  NOT NULL,
    category            VARCHAR(16)  NOT NULL,
    areas               VARCHAR(500) NOT NULL,
    issued_on           DATE         NOT NULL,
    expires_on          DATE         NOT NULL,
    last_annual_check_year INT,
    last_annual_check_passed BOOLEAN,
    suspended_from      DATE,
    suspended_to        DATE,
    suspension_reason   VARCHAR(500),
    ended_on            DATE,
    end_kind            VARCHAR(16),
    end_reason          VARCHAR(500),
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_enf_certificate PRIMARY KEY (id),
    CONSTRAINT fk_enf_certificate_officer FOREIGN KEY (officer_id) REFERENCES enf_officer (id),
    CONSTRAINT ck_enf_certificate_category CHECK (category IN ('ENFORCEMENT', 'SUPERVISION')),
    CONSTRAINT ck_enf_certificate_end CHECK (end_kind IS NULL OR end_kind IN ('REVOKED', 'RECOVERED')),
    CONSTRAINT ck_enf_certificate_dates CHECK (expires_on >= issued_on)
);
CREATE UNIQUE INDEX uk_enf_certificate_no ON enf_certificate (county_code, cert_no);
CREATE INDEX idx_enf_certificate_officer ON enf_certificate (county_code, officer_id);
CREATE INDEX idx_enf_certificate_expiry ON enf_certificate (county_code, expires_on) WHERE ended_on IS NULL;
COMMENT ON TABLE enf_certificate IS '行政执法证件（执法证、执法监督证）';
COMMENT ON COLUMN enf_certificate.id IS '主键';
COMMENT ON COLUMN enf_certificate.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_certificate.unit_id IS '持证人所在单位';
COMMENT ON COLUMN enf_certificate.officer_id IS '持证人';
COMMENT ON COLUMN enf_certificate.cert_no IS '证件编号';
COMMENT ON COLUMN enf_certificate.category IS '证件类别：ENFORCEMENT行政执法证 SUPERVISION行政执法监督证';
COMMENT ON COLUMN enf_certificate.areas IS '执法领域（以顿号分隔）';
COMMENT ON COLUMN enf_certificate.issued_on IS '发证日期';
COMMENT ON COLUMN enf_certificate.expires_on IS '有效期至';
COMMENT ON COLUMN enf_certificate.last_annual_check_year IS '最近一次年审年度';
COMMENT ON COLUMN enf_certificate.last_annual_check_passed IS '最近一次年审是否合格';
COMMENT ON COLUMN enf_certificate.suspended_from IS '暂扣起始日期';
COMMENT ON COLUMN enf_certificate.suspended_to IS '暂扣结束日期（空=尚未恢复）';
COMMENT ON COLUMN enf_certificate.suspension_reason IS '暂扣原因';
COMMENT ON COLUMN enf_certificate.ended_on IS '注销或收回日期（当日起失效）';
COMMENT ON COLUMN enf_certificate.end_kind IS '终止方式：REVOKED吊销注销 RECOVERED退休调离收回';
COMMENT ON COLUMN enf_certificate.end_reason IS '终止原因';
COMMENT ON COLUMN enf_certificate.created_at IS '创建时间';
COMMENT ON COLUMN enf_certificate.created_by IS '创建人';
COMMENT ON COLUMN enf_certificate.updated_at IS '修改时间';
COMMENT ON COLUMN enf_certificate.updated_by IS '修改人';
COMMENT ON COLUMN enf_certificate.version IS '乐观锁版本';

CREATE TABLE enf_training (
    id          BIGSERIAL    NOT NULL,
    county_code CHAR(6)      NOT NULL,
    unit_id     BIGINT       NOT NULL,
    officer_id  BIGINT       NOT NULL,
    course      VARCHAR(200) NOT NULL,
    completed_on DATE        NOT NULL,
    hours       NUMERIC(6,1) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_enf_training PRIMARY KEY (id),
    CONSTRAINT fk_enf_training_officer FOREIGN KEY (officer_id) REFERENCES enf_officer (id),
    CONSTRAINT ck_enf_training_hours CHECK (hours > 0 AND hours <= 200)
);
CREATE INDEX idx_enf_training_officer ON enf_training (county_code, officer_id, completed_on);
COMMENT ON TABLE enf_training IS '执法人员培训记录';
COMMENT ON COLUMN enf_training.id IS '主键';
COMMENT ON COLUMN enf_training.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_training.unit_id IS '参训人所在单位';
COMMENT ON COLUMN enf_training.officer_id IS '参训执法人员';
COMMENT ON COLUMN enf_training.course IS '培训名称';
COMMENT ON COLUMN enf_training.completed_on IS '完成日期（计入该年度）';
COMMENT ON COLUMN enf_training.hours IS '学时';
COMMENT ON COLUMN enf_training.created_at IS '登记时间';
COMMENT ON COLUMN enf_training.created_by IS '登记人';

CREATE TABLE enf_exam (
    id          BIGSERIAL    NOT NULL,
    county_code CHAR(6)      NOT NULL,
    unit_id     BIGINT       NOT NULL,
    officer_id  BIGINT       NOT NULL,
    exam_name   VARCHAR(200) NOT NULL,
    exam_date   DATE         NOT NULL,
    score       NUMERIC(5,1),
    passed      BOOLEAN      NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_enf_exam PRIMARY KEY (id),
    CONSTRAINT fk_enf_exam_officer FOREIGN KEY (officer_id) REFERENCES enf_officer (id)
);
CREATE INDEX idx_enf_exam_officer ON enf_exam (county_code, officer_id, exam_date);
CREATE INDEX idx_enf_exam_date ON enf_exam (county_code, exam_date);
COMMENT ON TABLE enf_exam IS '执法资格考试及结果';
COMMENT ON COLUMN enf_exam.id IS '主键';
COMMENT ON COLUMN enf_exam.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_exam.unit_id IS '考生所在单位';
COMMENT ON COLUMN enf_exam.officer_id IS '考生（执法人员）';
COMMENT ON COLUMN enf_exam.exam_name IS '考试名称';
COMMENT ON COLUMN enf_exam.exam_date IS '考试日期';
COMMENT ON COLUMN enf_exam.score IS '成绩';
COMMENT ON COLUMN enf_exam.passed IS '是否通过';
COMMENT ON COLUMN enf_exam.created_at IS '登记时间';
COMMENT ON COLUMN enf_exam.created_by IS '登记人';

CREATE TABLE enf_power (
    id              BIGSERIAL     NOT NULL,
    county_code     CHAR(6)       NOT NULL,
    unit_id         BIGINT        NOT NULL,
    body_id         BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    power_type      VARCHAR(16)   NOT NULL,
    legal_basis     VARCHAR(4000) NOT NULL,
    effective_from  DATE          NOT NULL,
    effective_to    DATE,
    status          VARCHAR(16)   NOT NULL DEFAULT 'ACTIVE',
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_enf_power PRIMARY KEY (id),
    CONSTRAINT fk_enf_power_body FOREIGN KEY (body_id) REFERENCES enf_body (id),
    CONSTRAINT ck_enf_power_type CHECK (power_type IN ('PENALTY', 'LICENCE', 'COERCION', 'INSPECTION', 'LEVY',
        'BENEFIT', 'CONFIRMATION', 'RULING', 'REWARD', 'OTHER')),
    CONSTRAINT ck_enf_power_status CHECK (status IN ('ACTIVE', 'REPEALED'))
);
CREATE UNIQUE INDEX uk_enf_power_code ON enf_power (county_code, code);
CREATE INDEX idx_enf_power_body ON enf_power (county_code, body_id, power_type);
COMMENT ON TABLE enf_power IS '行政执法事项清单（权责清单中的执法职权）';
COMMENT ON COLUMN enf_power.id IS '主键';
COMMENT ON COLUMN enf_power.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_power.unit_id IS '实施主体对应单位';
COMMENT ON COLUMN enf_power.body_id IS '实施主体（执法主体）';
COMMENT ON COLUMN enf_power.code IS '事项编码';
COMMENT ON COLUMN enf_power.name IS '事项名称';
COMMENT ON COLUMN enf_power.power_type IS '职权类型：PENALTY处罚 LICENCE许可 COERCION强制 INSPECTION检查 LEVY征收 BENEFIT给付 CONFIRMATION确认 RULING裁决 REWARD奖励 OTHER其他';
COMMENT ON COLUMN enf_power.legal_basis IS '设定和实施依据';
COMMENT ON COLUMN enf_power.effective_from IS '生效日期';
COMMENT ON COLUMN enf_power.effective_to IS '废止日期';
COMMENT ON COLUMN enf_power.status IS '状态：ACTIVE有效 REPEALED已取消';
COMMENT ON COLUMN enf_power.created_at IS '创建时间';
COMMENT ON COLUMN enf_power.created_by IS '创建人';
COMMENT ON COLUMN enf_power.updated_at IS '修改时间';
COMMENT ON COLUMN enf_power.updated_by IS '修改人';
COMMENT ON COLUMN enf_power.version IS '乐观锁版本';

CREATE TABLE enf_power_delegation (
    id                BIGSERIAL    NOT NULL,
    county_code       CHAR(6)      NOT NULL,
    power_id          BIGINT       NOT NULL,
    township_unit_id  BIGINT       NOT NULL,
    basis             VARCHAR(500) NOT NULL,
    delegated_on      DATE         NOT NULL,
    revoked_on        DATE,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_enf_power_delegation PRIMARY KEY (id),
    CONSTRAINT fk_enf_power_delegation_power FOREIGN KEY (power_id) REFERENCES enf_power (id),
    CONSTRAINT fk_enf_power_delegation_unit FOREIGN KEY (township_unit_id) REFERENCES org_unit (id)
);
CREATE UNIQUE INDEX uk_enf_power_delegation ON enf_power_delegation (county_code, power_id, township_unit_id)
    WHERE revoked_on IS NULL;
CREATE INDEX idx_enf_power_delegation_township ON enf_power_delegation (county_code, township_unit_id);
COMMENT ON TABLE enf_power_delegation IS '向乡镇（街道）赋权（下放）的执法事项';
COMMENT ON COLUMN enf_power_delegation.id IS '主键';
COMMENT ON COLUMN enf_power_delegation.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_power_delegation.power_id IS '执法事项';
COMMENT ON COLUMN enf_power_delegation.township_unit_id IS '承接的乡镇人民政府或街道办事处';
COMMENT ON COLUMN enf_power_delegation.basis IS '赋权依据（决定文件）';
COMMENT ON COLUMN enf_power_delegation.delegated_on IS '赋权日期';
COMMENT ON COLUMN enf_power_delegation.revoked_on IS '收回日期';
COMMENT ON COLUMN enf_power_delegation.created_at IS '登记时间';
COMMENT ON COLUMN enf_power_delegation.created_by IS '登记人';

CREATE TABLE enf_standard_set (
    id              BIGSERIAL    NOT NULL,
    county_code     CHAR(6)      NOT NULL,
    unit_id         BIGINT       NOT NULL,
    body_id         BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    version_no      INT          NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE,
    status          VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    published_at    TIMESTAMPTZ,
    supersedes_id   BIGINT,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(64)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_enf_standard_set PRIMARY KEY (id),
    CONSTRAINT fk_enf_standard_set_body FOREIGN KEY (body_id) REFERENCES enf_body (id),
    CONSTRAINT fk_enf_standard_set_prev FOREIGN KEY (supersedes_id) REFERENCES enf_standard_set (id),
    CONSTRAINT ck_enf_standard_set_kind CHECK (kind IN ('DISCRETION', 'NO_PENALTY', 'LIGHTER', 'MITIGATED', 'EXEMPT',
        'NO_COERCION')),
    CONSTRAINT ck_enf_standard_set_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED'))
);
CREATE UNIQUE INDEX uk_enf_standard_set_version ON enf_standard_set (county_code, body_id, kind, version_no);
CREATE INDEX idx_enf_standard_set_published ON enf_standard_set (county_code, status, effective_from);
COMMENT ON TABLE enf_standard_set IS '行政裁量基准与包容审慎清单（不予处罚、从轻、减轻、免予处罚、不予实施行政强制），按版本管理';
COMMENT ON COLUMN enf_standard_set.id IS '主键';
COMMENT ON COLUMN enf_standard_set.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_standard_set.unit_id IS '制定单位';
COMMENT ON COLUMN enf_standard_set.body_id IS '适用的执法主体';
COMMENT ON COLUMN enf_standard_set.kind IS '类别：DISCRETION裁量基准 NO_PENALTY不予处罚清单 LIGHTER从轻处罚清单 MITIGATED减轻处罚清单 EXEMPT免予处罚清单 NO_COERCION不予实施行政强制清单';
COMMENT ON COLUMN enf_standard_set.title IS '名称';
COMMENT ON COLUMN enf_standard_set.version_no IS '版本号（同一主体同一类别内递增）';
COMMENT ON COLUMN enf_standard_set.effective_from IS '施行日期';
COMMENT ON COLUMN enf_standard_set.effective_to IS '失效日期（被新版本替代的前一日）';
COMMENT ON COLUMN enf_standard_set.status IS '状态：DRAFT草稿 PUBLISHED已公布 SUPERSEDED已被替代';
COMMENT ON COLUMN enf_standard_set.published_at IS '公布时间（行政处罚法第三十四条：裁量基准应当向社会公布）';
COMMENT ON COLUMN enf_standard_set.supersedes_id IS '替代的上一版本';
COMMENT ON COLUMN enf_standard_set.created_at IS '创建时间';
COMMENT ON COLUMN enf_standard_set.created_by IS '创建人';
COMMENT ON COLUMN enf_standard_set.updated_at IS '修改时间';
COMMENT ON COLUMN enf_standard_set.updated_by IS '修改人';
COMMENT ON COLUMN enf_standard_set.version IS '乐观锁版本';

CREATE TABLE enf_standard_item (
    id              BIGSERIAL     NOT NULL,
    county_code     CHAR(6)       NOT NULL,
    set_id          BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    power_code      VARCHAR(40),
    violation       VARCHAR(1000) NOT NULL,
    circumstances   VARCHAR(2000) NOT NULL,
    measure         VARCHAR(1000) NOT NULL,
    basis           VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_enf_standard_item PRIMARY KEY (id),
    CONSTRAINT fk_enf_standard_item_set FOREIGN KEY (set_id) REFERENCES enf_standard_set (id)
);
CREATE UNIQUE INDEX uk_enf_standard_item_seq ON enf_standard_item (county_code, set_id, seq);
COMMENT ON TABLE enf_standard_item IS '裁量基准与清单的条目';
COMMENT ON COLUMN enf_standard_item.id IS '主键';
COMMENT ON COLUMN enf_standard_item.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_standard_item.set_id IS '所属基准或清单版本';
COMMENT ON COLUMN enf_standard_item.seq IS '序号';
COMMENT ON COLUMN enf_standard_item.power_code IS '对应执法事项编码';
COMMENT ON COLUMN enf_standard_item.violation IS '违法行为';
COMMENT ON COLUMN enf_standard_item.circumstances IS '情形（违法程度、情节）';
COMMENT ON COLUMN enf_standard_item.measure IS '处罚幅度或处理方式';
COMMENT ON COLUMN enf_standard_item.basis IS '依据';

CREATE TABLE enf_batch (
    id            BIGSERIAL    NOT NULL,
    county_code   CHAR(6)      NOT NULL,
    unit_id       BIGINT       NOT NULL,
    batch_key     VARCHAR(64)  NOT NULL,
    body_sha256   CHAR(64)     NOT NULL,
    source        VARCHAR(16)  NOT NULL,
    record_count  INT          NOT NULL,
    created_count INT          NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL,
    received_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_enf_batch PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_enf_batch_key ON enf_batch (county_code, unit_id, batch_key);
COMMENT ON TABLE enf_batch IS '执法决定批量接收批次（同一批次重复发送不重复保存）';
COMMENT ON COLUMN enf_batch.id IS '主键';
COMMENT ON COLUMN enf_batch.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_batch.unit_id IS '发送单位';
COMMENT ON COLUMN enf_batch.batch_key IS '发送方批次号（batchId）或导入文件哈希';
COMMENT ON COLUMN enf_batch.body_sha256 IS '批次内容（规范化后）的 SHA-256，用于识别重放';
COMMENT ON COLUMN enf_batch.source IS '来源：API接口 EXCEL表格导入';
COMMENT ON COLUMN enf_batch.record_count IS '批次记录数';
COMMENT ON COLUMN enf_batch.created_count IS '新保存的记录数';
COMMENT ON COLUMN enf_batch.received_at IS '接收时间';
COMMENT ON COLUMN enf_batch.received_by IS '发送账号';

CREATE TABLE enf_record (
    id                   BIGSERIAL     NOT NULL,
    county_code          CHAR(6)       NOT NULL,
    unit_id              BIGINT        NOT NULL,
    body_id              BIGINT        NOT NULL,
    power_id             BIGINT        NOT NULL,
    township_unit_id     BIGINT,
    kind                 VARCHAR(16)   NOT NULL,
    decision_no          VARCHAR(100)  NOT NULL,
    decision_date        DATE          NOT NULL,
    party_type           VARCHAR(8)    NOT NULL,
    party_name           VARCHAR(200)  NOT NULL,
    party_credit_code    VARCHAR(18),
    party_id_number      VARCHAR(18),
    party_phone          VARCHAR(20),
    party_address        VARCHAR(300),
    legal_basis          VARCHAR(2000) NOT NULL,
    facts                VARCHAR(4000),
    result               VARCHAR(2000) NOT NULL,
    fine_amount          NUMERIC(14,2) NOT NULL DEFAULT 0,
    confiscation_amount  NUMERIC(14,2) NOT NULL DEFAULT 0,
    review_required      BOOLEAN       NOT NULL DEFAULT FALSE,
    review_done          BOOLEAN       NOT NULL DEFAULT FALSE,
    review_ref           VARCHAR(100),
    review_date          DATE,
    review_item_id       BIGINT,
    source               VARCHAR(16)   NOT NULL,
    batch_id             BIGINT,
    content_sha256       CHAR(64)      NOT NULL,
    status               VARCHAR(16)   NOT NULL DEFAULT 'EFFECTIVE',
    status_date          DATE,
    status_reason        VARCHAR(500),
    publicity_due        DATE          NOT NULL,
    published_on         DATE,
    withdrawal_due       DATE,
    withdrawn_on         DATE,
    withdrawal_reason    VARCHAR(500),
    created_at           TIMESTAMPTZ   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_enf_record PRIMARY KEY (id),
    CONSTRAINT ck_enf_record_kind CHECK (kind IN ('PENALTY', 'LICENCE', 'COERCION', 'INSPECTION')),
    CONSTRAINT ck_enf_record_party CHECK (party_type IN ('PERSON', 'ORG')),
    CONSTRAINT ck_enf_record_status CHECK (status IN ('EFFECTIVE', 'CHANGED', 'REVOKED')),
    CONSTRAINT ck_enf_record_source CHECK (source IN ('API', 'EXCEL', 'MANUAL')),
    CONSTRAINT ck_enf_record_amounts CHECK (fine_amount >= 0 AND confiscation_amount >= 0)
);
-- The natural key of a decision: one decision number per enforcement body (批量接收的幂等键).
CREATE UNIQUE INDEX uk_enf_record_number ON enf_record (county_code, body_id, decision_no);
-- Staff lists and statistics: a county's or a unit's records by date.
CREATE INDEX idx_enf_record_unit_date ON enf_record (county_code, unit_id, decision_date DESC);
CREATE INDEX idx_enf_record_date ON enf_record (county_code, decision_date, kind);
-- Portal: only what is on public display, searched by party name prefix, credit code, number or date.
CREATE INDEX idx_enf_record_pub_party ON enf_record (county_code, party_name varchar_pattern_ops)
    WHERE published_on IS NOT NULL AND withdrawn_on IS NULL;
CREATE INDEX idx_enf_record_pub_credit ON enf_record (county_code, party_credit_code)
    WHERE published_on IS NOT NULL AND withdrawn_on IS NULL;
CREATE INDEX idx_enf_record_pub_number ON enf_record (county_code, decision_no)
    WHERE published_on IS NOT NULL AND withdrawn_on IS NULL;
CREATE INDEX idx_enf_record_pub_body ON enf_record (county_code, body_id, decision_date DESC)
    WHERE published_on IS NOT NULL AND withdrawn_on IS NULL;
CREATE INDEX idx_enf_record_pub_date ON enf_record (county_code, decision_date DESC, id DESC)
    WHERE published_on IS NOT NULL AND withdrawn_on IS NULL;
-- Worklist and lights: what still waits for publication or withdrawal.
CREATE INDEX idx_enf_record_unpublished ON enf_record (county_code, publicity_due) WHERE published_on IS NULL;
COMMENT ON TABLE enf_record IS '行政执法决定（行政处罚、行政许可、行政强制、行政检查）及其公示';
COMMENT ON COLUMN enf_record.id IS '主键';
COMMENT ON COLUMN enf_record.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_record.unit_id IS '作出决定的单位（数据范围）';
COMMENT ON COLUMN enf_record.body_id IS '执法主体';
COMMENT ON COLUMN enf_record.power_id IS '依据的执法事项';
COMMENT ON COLUMN enf_record.township_unit_id IS '办案乡镇（街道）：乡镇作出或在乡镇辖区办理';
COMMENT ON COLUMN enf_record.kind IS '决定类别：PENALTY行政处罚 LICENCE行政许可 COERCION行政强制 INSPECTION行政检查';
COMMENT ON COLUMN enf_record.decision_no IS '决定书文号（同一执法主体内唯一）';
COMMENT ON COLUMN enf_record.decision_date IS '作出决定日期';
COMMENT ON COLUMN enf_record.party_type IS '当事人类型：PERSON自然人 ORG法人或其他组织';
COMMENT ON COLUMN enf_record.party_name IS '当事人名称或姓名';
COMMENT ON COLUMN enf_record.party_credit_code IS '统一社会信用代码（GB 32100）';
COMMENT ON COLUMN enf_record.party_id_number IS '自然人身份证号（个人信息，公示时脱敏）';
COMMENT ON COLUMN enf_record.party_phone IS '联系电话（个人信息，公示时不显示）';
COMMENT ON COLUMN enf_record.party_address IS '住址（自然人住址公示时脱敏）';
COMMENT ON COLUMN enf_record.legal_basis IS '法律依据';
COMMENT ON COLUMN enf_record.facts IS '主要违法事实或申请事项';
COMMENT ON COLUMN enf_record.result IS '决定内容（处罚种类和幅度、许可结果、强制措施、检查结果）';
COMMENT ON COLUMN enf_record.fine_amount IS '罚款金额（元）';
COMMENT ON COLUMN enf_record.confiscation_amount IS '没收违法所得、非法财物金额（元）';
COMMENT ON COLUMN enf_record.review_required IS '是否属于重大执法决定须法制审核（行政处罚法第五十八条）';
COMMENT ON COLUMN enf_record.review_done IS '是否已经法制审核并通过';
COMMENT ON COLUMN enf_record.review_ref IS '法制审核意见书编号';
COMMENT ON COLUMN enf_record.review_date IS '法制审核意见日期';
COMMENT ON COLUMN enf_record.review_item_id IS '合法性审查模块中的审查事项标识（该模块接入后填写）';
COMMENT ON COLUMN enf_record.source IS '来源：API接口 EXCEL表格导入 MANUAL手工录入';
COMMENT ON COLUMN enf_record.batch_id IS '接收批次';
COMMENT ON COLUMN enf_record.content_sha256 IS '决定内容（规范化后）的 SHA-256：重放时判断是否同一决定';
COMMENT ON COLUMN enf_record.status IS '状态：EFFECTIVE有效 CHANGED已变更 REVOKED已撤销或确认违法、无效';
COMMENT ON COLUMN enf_record.status_date IS '变更或撤销日期';
COMMENT ON COLUMN enf_record.status_reason IS '变更或撤销原因';
COMMENT ON COLUMN enf_record.publicity_due IS '公示期限届满日（许可、处罚7个工作日，其他20个工作日）';
COMMENT ON COLUMN enf_record.published_on IS '公示日期';
COMMENT ON COLUMN enf_record.withdrawal_due IS '撤下公示期限届满日（变更、撤销后3个工作日）';
COMMENT ON COLUMN enf_record.withdrawn_on IS '撤下公示日期';
COMMENT ON COLUMN enf_record.withdrawal_reason IS '撤下公示的理由（向社会说明）';
COMMENT ON COLUMN enf_record.created_at IS '创建时间';
COMMENT ON COLUMN enf_record.created_by IS '创建人';
COMMENT ON COLUMN enf_record.updated_at IS '修改时间';
COMMENT ON COLUMN enf_record.updated_by IS '修改人';
COMMENT ON COLUMN enf_record.version IS '乐观锁版本';

CREATE TABLE enf_record_officer (
    record_id       BIGINT       NOT NULL,
    county_code     CHAR(6)      NOT NULL,
    officer_id      BIGINT       NOT NULL,
    certificate_id  BIGINT       NOT NULL,
    CONSTRAINT pk_enf_record_officer PRIMARY KEY (record_id, officer_id)
);
CREATE INDEX idx_enf_record_officer_officer ON enf_record_officer (county_code, officer_id);
COMMENT ON TABLE enf_record_officer IS '执法决定的承办执法人员（不少于两人，行政处罚法第四十二条）';
COMMENT ON COLUMN enf_record_officer.record_id IS '执法决定';
COMMENT ON COLUMN enf_record_officer.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_record_officer.officer_id IS '执法人员';
COMMENT ON COLUMN enf_record_officer.certificate_id IS '决定日有效的执法证件';

CREATE TABLE enf_record_item (
    id            BIGSERIAL    NOT NULL,
    county_code   CHAR(6)      NOT NULL,
    record_id     BIGINT       NOT NULL,
    stage         VARCHAR(16)  NOT NULL,
    media         VARCHAR(8)   NOT NULL,
    title         VARCHAR(300) NOT NULL,
    recorded_at   TIMESTAMPTZ,
    storage_uri   VARCHAR(500) NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    size_bytes    BIGINT,
    CONSTRAINT pk_enf_record_item PRIMARY KEY (id),
    CONSTRAINT ck_enf_record_item_stage CHECK (stage IN ('FILING', 'INVESTIGATION', 'REVIEW', 'DECISION', 'SERVICE',
        'EXECUTION')),
    CONSTRAINT ck_enf_record_item_media CHECK (media IN ('TEXT', 'AUDIO', 'VIDEO'))
);
CREATE INDEX idx_enf_record_item_record ON enf_record_item (county_code, record_id);
COMMENT ON TABLE enf_record_item IS '执法全过程记录（文字、音像）目录：元数据、哈希与存放位置（行政处罚法第四十七条）';
COMMENT ON COLUMN enf_record_item.id IS '主键';
COMMENT ON COLUMN enf_record_item.county_code IS '所属县（租户）';
COMMENT ON COLUMN enf_record_item.record_id IS '执法决定';
COMMENT ON COLUMN enf_record_item.stage IS '环节：FILING启动立案 INVESTIGATION调查取证 REVIEW审查 DECISION决定 SERVICE送达 EXECUTION执行';
COMMENT ON COLUMN enf_record_item.media IS '载体：TEXT文字 AUDIO录音 VIDEO录像';
COMMENT ON COLUMN enf_record_item.title IS '记录名称';
COMMENT ON COLUMN enf_record_item.recorded_at IS '记录时间';
COMMENT ON COLUMN enf_record_item.storage_uri IS '存放位置（部门系统或存储中的地址）';
COMMENT ON COLUMN enf_record_item.sha256 IS '文件的 SHA-256';
COMMENT ON COLUMN enf_record_item.size_bytes IS '文件大小（字节）';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('enforcement:registry:view',   '查看执法主体、人员、事项与基准', '行政执法', 300),
 ('enforcement:registry:manage', '维护执法主体、人员、事项与基准', '行政执法', 301),
 ('enforcement:record:view',     '查看执法决定',                   '行政执法', 302),
 ('enforcement:record:submit',   '录入和报送执法决定',             '行政执法', 303),
 ('enforcement:publicity:manage','公示和撤下执法决定',             '行政执法', 304),
 ('enforcement:stats:view',      '查看执法统计',                   '行政执法', 305),
 ('enforcement:pii',             '查看执法当事人和执法人员个人信息', '行政执法', 306);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
  ('ADMIN', 'enforcement:registry:view'), ('ADMIN', 'enforcement:registry:manage'), ('ADMIN', 'enforcement:record:view'),
  ('ADMIN', 'enforcement:record:submit'), ('ADMIN', 'enforcement:publicity:manage'), ('ADMIN', 'enforcement:stats:view'),
  ('ADMIN', 'enforcement:pii'),
  ('COORDINATOR', 'enforcement:registry:view'), ('COORDINATOR', 'enforcement:registry:manage'),
  ('COORDINATOR', 'enforcement:record:view'), ('COORDINATOR', 'enforcement:publicity:manage'),
  ('COORDINATOR', 'enforcement:stats:view'), ('COORDINATOR', 'enforcement:pii'),
  ('UNIT_ADMIN', 'enforcement:registry:view'), ('UNIT_ADMIN', 'enforcement:record:view'),
  ('UNIT_ADMIN', 'enforcement:record:submit'), ('UNIT_ADMIN', 'enforcement:publicity:manage'),
  ('UNIT_ADMIN', 'enforcement:stats:view'),
  ('CLERK', 'enforcement:registry:view'), ('CLERK', 'enforcement:record:view'), ('CLERK', 'enforcement:record:submit'),
  ('CLERK', 'enforcement:publicity:manage'),
  ('LEADER', 'enforcement:registry:view'), ('LEADER', 'enforcement:record:view'), ('LEADER', 'enforcement:stats:view'),
  ('PROVINCE', 'enforcement:registry:view'), ('PROVINCE', 'enforcement:record:view'), ('PROVINCE', 'enforcement:stats:view')
) AS p(role_code, permission) ON p.role_code = r.code
ON CONFLICT DO NOTHING;
