-- 指标: the catalog of indicators reported by units (填报), the yearly forms units fill, their values and the history of
-- every change. Indicators computed by modules are defined in code (IndicatorSource) and not stored here.

CREATE TABLE ind_definition (
    id               BIGSERIAL     NOT NULL,
    county_code      CHAR(6)       NOT NULL DEFAULT '000000',
    code             VARCHAR(64)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    family           VARCHAR(32)   NOT NULL,
    measure          VARCHAR(8)    NOT NULL,
    unit_word        VARCHAR(8)    NOT NULL,
    numerator        VARCHAR(300)  NOT NULL,
    denominator      VARCHAR(300),
    basis            VARCHAR(300),
    precision_digits INT           NOT NULL DEFAULT 0,
    rounding         VARCHAR(8)    NOT NULL DEFAULT 'HALF_UP',
    change_kind      VARCHAR(12)   NOT NULL DEFAULT 'PERCENT',
    levels           VARCHAR(60)   NOT NULL,
    citation         VARCHAR(300),
    part_of          VARCHAR(64),
    min_value        NUMERIC(18,4) NOT NULL DEFAULT 0,
    max_value        NUMERIC(18,4),
    target_operator  VARCHAR(12),
    target_value     NUMERIC(18,4),
    sort_order       INT           NOT NULL DEFAULT 0,
    status           VARCHAR(12)   NOT NULL DEFAULT 'ACTIVE',
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by       VARCHAR(64)   NOT NULL DEFAULT 'system',
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by       VARCHAR(64)   NOT NULL DEFAULT 'system',
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_ind_definition PRIMARY KEY (id),
    CONSTRAINT ck_ind_definition_measure CHECK (measure IN ('COUNT', 'AMOUNT', 'RATE')),
    CONSTRAINT ck_ind_definition_rate CHECK ((measure = 'RATE') = (denominator IS NOT NULL)),
    CONSTRAINT ck_ind_definition_rounding CHECK (rounding IN ('HALF_UP', 'DOWN')),
    CONSTRAINT ck_ind_definition_change CHECK (change_kind IN ('PERCENT', 'DIFFERENCE', 'POINTS')),
    CONSTRAINT ck_ind_definition_target CHECK (target_operator IS NULL OR target_operator IN ('AT_LEAST', 'REACH', 'NOT_BELOW', 'AT_MOST')),
    CONSTRAINT ck_ind_definition_status CHECK (status IN ('ACTIVE', 'RETIRED'))
);
CREATE UNIQUE INDEX uk_ind_definition_code ON ind_definition (county_code, code);
COMMENT ON TABLE ind_definition IS '填报指标目录（由各单位填报的指标及其口径；county_code=000000 为全国通用目录）';
COMMENT ON COLUMN ind_definition.id IS '主键';
COMMENT ON COLUMN ind_definition.county_code IS '适用县（租户）行政区划代码，000000 表示通用';
COMMENT ON COLUMN ind_definition.code IS '指标代码（大写下划线，前缀为类别）';
COMMENT ON COLUMN ind_definition.name IS '指标名称（报告中的写法）';
COMMENT ON COLUMN ind_definition.family IS '指标类别（IndicatorFamily）';
COMMENT ON COLUMN ind_definition.measure IS '计量类型：COUNT数量 AMOUNT合计量 RATE比率';
COMMENT ON COLUMN ind_definition.unit_word IS '计量单位或量词（件、项、名、次、%）';
COMMENT ON COLUMN ind_definition.numerator IS '统计对象（分子）的准确定义';
COMMENT ON COLUMN ind_definition.denominator IS '分母的准确定义（仅比率）';
COMMENT ON COLUMN ind_definition.basis IS '口径说明（实践中口径不一时所采用的口径）';
COMMENT ON COLUMN ind_definition.precision_digits IS '保留小数位数';
COMMENT ON COLUMN ind_definition.rounding IS '修约方式：HALF_UP四舍五入 DOWN截断';
COMMENT ON COLUMN ind_definition.change_kind IS '同比表述：PERCENT增长百分比 DIFFERENCE增减数量 POINTS百分点';
COMMENT ON COLUMN ind_definition.levels IS '适用层级（逗号分隔：UNIT单位 TOWNSHIP乡镇 COUNTY县 PROVINCE省）';
COMMENT ON COLUMN ind_definition.citation IS '依据（法规或文件）';
COMMENT ON COLUMN ind_definition.part_of IS '所属总数指标代码：本指标与同一总数下的其他分项互不重叠，分项之和不得超过总数';
COMMENT ON COLUMN ind_definition.min_value IS '填报下限';
COMMENT ON COLUMN ind_definition.max_value IS '填报上限（比率为100）';
COMMENT ON COLUMN ind_definition.target_operator IS '目标运算：AT_LEAST≥ REACH达到 NOT_BELOW不低于 AT_MOST≤';
COMMENT ON COLUMN ind_definition.target_value IS '目标值';
COMMENT ON COLUMN ind_definition.sort_order IS '排序号';
COMMENT ON COLUMN ind_definition.status IS '状态：ACTIVE使用中 RETIRED停用';
COMMENT ON COLUMN ind_definition.created_at IS '创建时间';
COMMENT ON COLUMN ind_definition.created_by IS '创建人';
COMMENT ON COLUMN ind_definition.updated_at IS '修改时间';
COMMENT ON COLUMN ind_definition.updated_by IS '修改人';
COMMENT ON COLUMN ind_definition.version IS '版本（乐观锁）';

CREATE TABLE ind_form (
    id             BIGSERIAL     NOT NULL,
    county_code    CHAR(6)       NOT NULL,
    unit_id        BIGINT        NOT NULL,
    year           INT           NOT NULL,
    level          VARCHAR(12)   NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    submitted_at   TIMESTAMPTZ,
    submitted_by   VARCHAR(64),
    reviewed_at    TIMESTAMPTZ,
    reviewed_by    VARCHAR(64),
    review_comment VARCHAR(1000),
    created_at     TIMESTAMPTZ   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    updated_by     VARCHAR(64)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_ind_form PRIMARY KEY (id),
    CONSTRAINT fk_ind_form_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_ind_form_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    CONSTRAINT ck_ind_form_level CHECK (level IN ('UNIT', 'TOWNSHIP', 'COUNTY'))
);
CREATE UNIQUE INDEX uk_ind_form_unit_year ON ind_form (county_code, unit_id, year);
CREATE INDEX idx_ind_form_year ON ind_form (county_code, year, status);
COMMENT ON TABLE ind_form IS '指标填报表（每个单位每年一张）';
COMMENT ON COLUMN ind_form.id IS '主键';
COMMENT ON COLUMN ind_form.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN ind_form.unit_id IS '填报单位';
COMMENT ON COLUMN ind_form.year IS '统计年度';
COMMENT ON COLUMN ind_form.level IS '填报层级：UNIT县直单位 TOWNSHIP乡镇街道 COUNTY县本级';
COMMENT ON COLUMN ind_form.status IS '状态：DRAFT填报中 SUBMITTED已报送 RETURNED已退回 APPROVED审核通过';
COMMENT ON COLUMN ind_form.submitted_at IS '报送时间';
COMMENT ON COLUMN ind_form.submitted_by IS '报送人';
COMMENT ON COLUMN ind_form.reviewed_at IS '审核时间';
COMMENT ON COLUMN ind_form.reviewed_by IS '审核人';
COMMENT ON COLUMN ind_form.review_comment IS '审核意见（退回理由）';
COMMENT ON COLUMN ind_form.created_at IS '创建时间';
COMMENT ON COLUMN ind_form.created_by IS '创建人';
COMMENT ON COLUMN ind_form.updated_at IS '修改时间';
COMMENT ON COLUMN ind_form.updated_by IS '修改人';
COMMENT ON COLUMN ind_form.version IS '版本（乐观锁）';

CREATE TABLE ind_form_value (
    id            BIGSERIAL     NOT NULL,
    county_code   CHAR(6)       NOT NULL,
    form_id       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    year          INT           NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    numerator     NUMERIC(18,4),
    denominator   NUMERIC(18,4),
    stated_value  NUMERIC(18,4),
    approximation VARCHAR(12)   NOT NULL DEFAULT 'EXACT',
    note          VARCHAR(500),
    created_at    TIMESTAMPTZ   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_ind_form_value PRIMARY KEY (id),
    CONSTRAINT fk_ind_form_value_form FOREIGN KEY (form_id) REFERENCES ind_form (id),
    CONSTRAINT ck_ind_form_value_approx CHECK (approximation IN ('EXACT', 'MORE_THAN', 'NEARLY', 'ABOUT', 'AT_LEAST'))
);
CREATE UNIQUE INDEX uk_ind_form_value ON ind_form_value (county_code, form_id, code);
CREATE INDEX idx_ind_form_value_code ON ind_form_value (county_code, code, year, unit_id);
COMMENT ON TABLE ind_form_value IS '填报值（填报表中的一个指标）';
COMMENT ON COLUMN ind_form_value.id IS '主键';
COMMENT ON COLUMN ind_form_value.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN ind_form_value.form_id IS '所属填报表';
COMMENT ON COLUMN ind_form_value.unit_id IS '填报单位（冗余自填报表，便于按数据范围统计）';
COMMENT ON COLUMN ind_form_value.year IS '统计年度（冗余自填报表）';
COMMENT ON COLUMN ind_form_value.code IS '指标代码';
COMMENT ON COLUMN ind_form_value.numerator IS '数值或分子';
COMMENT ON COLUMN ind_form_value.denominator IS '分母（比率指标）';
COMMENT ON COLUMN ind_form_value.stated_value IS '直接填报的比率（未填分子分母时）';
COMMENT ON COLUMN ind_form_value.approximation IS '约数表述：EXACT准确 MORE_THAN余 NEARLY近 ABOUT约 AT_LEAST以上';
COMMENT ON COLUMN ind_form_value.note IS '填报说明';
COMMENT ON COLUMN ind_form_value.created_at IS '创建时间';
COMMENT ON COLUMN ind_form_value.created_by IS '创建人';
COMMENT ON COLUMN ind_form_value.updated_at IS '修改时间';
COMMENT ON COLUMN ind_form_value.updated_by IS '修改人';
COMMENT ON COLUMN ind_form_value.version IS '版本（乐观锁）';

CREATE TABLE ind_form_change (
    id          BIGSERIAL     NOT NULL,
    county_code CHAR(6)       NOT NULL,
    form_id     BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    code        VARCHAR(64),
    action      VARCHAR(16)   NOT NULL,
    old_text    VARCHAR(200),
    new_text    VARCHAR(200),
    comment     VARCHAR(1000),
    changed_at  TIMESTAMPTZ   NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_ind_form_change PRIMARY KEY (id),
    CONSTRAINT fk_ind_form_change_form FOREIGN KEY (form_id) REFERENCES ind_form (id)
);
CREATE INDEX idx_ind_form_change_form ON ind_form_change (county_code, form_id, changed_at);
COMMENT ON TABLE ind_form_change IS '填报变更记录（每次修改值、报送、退回、审核通过一条，只增不改）';
COMMENT ON COLUMN ind_form_change.id IS '主键';
COMMENT ON COLUMN ind_form_change.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN ind_form_change.form_id IS '填报表';
COMMENT ON COLUMN ind_form_change.unit_id IS '填报单位';
COMMENT ON COLUMN ind_form_change.code IS '指标代码（值变更时）';
COMMENT ON COLUMN ind_form_change.action IS '动作：VALUE改值 SUBMIT报送 RETURN退回 APPROVE审核通过';
COMMENT ON COLUMN ind_form_change.old_text IS '原值';
COMMENT ON COLUMN ind_form_change.new_text IS '新值';
COMMENT ON COLUMN ind_form_change.comment IS '意见或说明';
COMMENT ON COLUMN ind_form_change.changed_at IS '时间';
COMMENT ON COLUMN ind_form_change.changed_by IS '操作人';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('indicators:view',        '查看指标与统计',   '指标', 700),
 ('indicators:form:fill',   '填报指标',         '指标', 701),
 ('indicators:form:review', '审核指标填报',     '指标', 702),
 ('indicators:export',      '导出指标开放数据', '指标', 703);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
 ('ADMIN','indicators:view'),('ADMIN','indicators:export'),
 ('COORDINATOR','indicators:view'),('COORDINATOR','indicators:form:fill'),('COORDINATOR','indicators:form:review'),('COORDINATOR','indicators:export'),
 ('UNIT_ADMIN','indicators:view'),('UNIT_ADMIN','indicators:form:fill'),
 ('CLERK','indicators:view'),('CLERK','indicators:form:fill'),
 ('LEADER','indicators:view'),('LEADER','indicators:export'),
 ('PROVINCE','indicators:view'),('PROVINCE','indicators:export')
) AS p(role_code, permission) ON p.role_code = r.code;
