-- 年度报告: the annual rule-of-law report (法治政府建设年度报告) of a unit or of the county, its chapters with
-- live figure references, and its workflow to submission (3月1日前) and publication (4月1日前).

CREATE TABLE rpt_report (
    id                BIGSERIAL     NOT NULL,
    county_code       CHAR(6)       NOT NULL,
    unit_id           BIGINT        NOT NULL,
    year              INT           NOT NULL,
    scope_kind        VARCHAR(8)    NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    review_comment    VARCHAR(1000),
    signed_at         TIMESTAMPTZ,
    signed_by         VARCHAR(64),
    submitted_at      TIMESTAMPTZ,
    submitted_by      VARCHAR(64),
    published_at      TIMESTAMPTZ,
    published_by      VARCHAR(64),
    override_reason   VARCHAR(1000),
    override_by       VARCHAR(64),
    document_id       BIGINT,
    created_at        TIMESTAMPTZ   NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    updated_by        VARCHAR(64)   NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_rpt_report PRIMARY KEY (id),
    CONSTRAINT fk_rpt_report_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_rpt_report_scope CHECK (scope_kind IN ('UNIT', 'COUNTY')),
    CONSTRAINT ck_rpt_report_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'RETURNED', 'SIGNED', 'SUBMITTED', 'PUBLISHED'))
);
CREATE UNIQUE INDEX uk_rpt_report_unit_year ON rpt_report (county_code, unit_id, year);
CREATE INDEX idx_rpt_report_status ON rpt_report (county_code, status, year);
COMMENT ON TABLE rpt_report IS '法治政府建设年度报告（每个单位或县每年一份）';
COMMENT ON COLUMN rpt_report.id IS '主键';
COMMENT ON COLUMN rpt_report.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN rpt_report.unit_id IS '报告单位（县本级报告为县人民政府）';
COMMENT ON COLUMN rpt_report.year IS '报告年度';
COMMENT ON COLUMN rpt_report.scope_kind IS '统计范围：UNIT本单位及下级 COUNTY全县';
COMMENT ON COLUMN rpt_report.title IS '标题';
COMMENT ON COLUMN rpt_report.status IS '状态：DRAFT起草中 IN_REVIEW审核中 RETURNED已退回 SIGNED已签发 SUBMITTED已报送 PUBLISHED已公开';
COMMENT ON COLUMN rpt_report.review_comment IS '审核意见（退回理由）';
COMMENT ON COLUMN rpt_report.signed_at IS '签发时间';
COMMENT ON COLUMN rpt_report.signed_by IS '签发人';
COMMENT ON COLUMN rpt_report.submitted_at IS '报送上级时间';
COMMENT ON COLUMN rpt_report.submitted_by IS '报送人';
COMMENT ON COLUMN rpt_report.published_at IS '向社会公开时间';
COMMENT ON COLUMN rpt_report.published_by IS '公开操作人';
COMMENT ON COLUMN rpt_report.override_reason IS '存在一致性问题仍报送的理由（审核人填写）';
COMMENT ON COLUMN rpt_report.override_by IS '作出该决定的审核人';
COMMENT ON COLUMN rpt_report.document_id IS '报送公文（files_document）';
COMMENT ON COLUMN rpt_report.created_at IS '创建时间';
COMMENT ON COLUMN rpt_report.created_by IS '创建人';
COMMENT ON COLUMN rpt_report.updated_at IS '修改时间';
COMMENT ON COLUMN rpt_report.updated_by IS '修改人';
COMMENT ON COLUMN rpt_report.version IS '版本（乐观锁）';

CREATE TABLE rpt_section (
    id          BIGSERIAL     NOT NULL,
    county_code CHAR(6)       NOT NULL,
    report_id   BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    heading     VARCHAR(200)  NOT NULL,
    body        TEXT          NOT NULL DEFAULT '',
    rendered    TEXT,
    created_at  TIMESTAMPTZ   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_rpt_section PRIMARY KEY (id),
    CONSTRAINT fk_rpt_section_report FOREIGN KEY (report_id) REFERENCES rpt_report (id)
);
CREATE UNIQUE INDEX uk_rpt_section_seq ON rpt_section (county_code, report_id, seq);
COMMENT ON TABLE rpt_section IS '年度报告的章节（正文中以 {{指标代码}} 引用指标值）';
COMMENT ON COLUMN rpt_section.id IS '主键';
COMMENT ON COLUMN rpt_section.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN rpt_section.report_id IS '所属报告';
COMMENT ON COLUMN rpt_section.unit_id IS '报告单位（冗余，便于按数据范围查询）';
COMMENT ON COLUMN rpt_section.seq IS '章节序号';
COMMENT ON COLUMN rpt_section.heading IS '章节标题';
COMMENT ON COLUMN rpt_section.body IS '正文（含指标引用）';
COMMENT ON COLUMN rpt_section.rendered IS '签发时定稿的正文（指标引用已替换为数字）';
COMMENT ON COLUMN rpt_section.created_at IS '创建时间';
COMMENT ON COLUMN rpt_section.created_by IS '创建人';
COMMENT ON COLUMN rpt_section.updated_at IS '修改时间';
COMMENT ON COLUMN rpt_section.updated_by IS '修改人';
COMMENT ON COLUMN rpt_section.version IS '版本（乐观锁）';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('reports:view',    '查看年度报告',             '年度报告', 800),
 ('reports:edit',    '起草年度报告',             '年度报告', 801),
 ('reports:review',  '审核签发年度报告',         '年度报告', 802),
 ('reports:publish', '报送与公开年度报告',       '年度报告', 803);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
 ('ADMIN','reports:view'),
 ('COORDINATOR','reports:view'),('COORDINATOR','reports:edit'),('COORDINATOR','reports:review'),('COORDINATOR','reports:publish'),
 ('UNIT_ADMIN','reports:view'),('UNIT_ADMIN','reports:edit'),('UNIT_ADMIN','reports:publish'),
 ('CLERK','reports:view'),('CLERK','reports:edit'),
 ('LEADER','reports:view'),
 ('PROVINCE','reports:view')
) AS p(role_code, permission) ON p.role_code = r.code;
