-- 组织机构管理: permission catalogue, import batches (idempotent re-upload check), indexes for the admin lists,
-- uniqueness of 发文代字 and 统一社会信用代码 among active units, and the unit administrator's extra permissions.

CREATE TABLE org_permission (
    code        VARCHAR(100) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    module_name VARCHAR(50)  NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_permission PRIMARY KEY (code)
);
COMMENT ON TABLE org_permission IS '权限目录（角色可授予的权限及其中文名称）';
COMMENT ON COLUMN org_permission.code IS '权限代码，如 org:unit:manage';
COMMENT ON COLUMN org_permission.name IS '权限名称';
COMMENT ON COLUMN org_permission.module_name IS '所属模块中文名';
COMMENT ON COLUMN org_permission.sort_order IS '排序号';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('org:unit:view',            '查看单位',           '组织机构', 10),
 ('org:unit:manage',          '管理单位',           '组织机构', 11),
 ('org:person:view',          '查看人员',           '组织机构', 12),
 ('org:person:manage',        '管理人员',           '组织机构', 13),
 ('org:person:pii',           '查看身份证号和手机号', '组织机构', 14),
 ('org:account:manage',       '管理账号',           '组织机构', 15),
 ('org:role:manage',          '管理角色与权限',      '组织机构', 16),
 ('org:import',               '批量导入单位和人员',   '组织机构', 17),
 ('calendar:holiday:manage',  '维护节假日与调休',    '法定期间', 20),
 ('calendar:deadline:compute','计算法定期限',        '法定期间', 21),
 ('audit:log:view',           '查看审计日志',        '全过程记录', 30),
 ('audit:verify',             '校验审计链',          '全过程记录', 31),
 ('files:attachment:upload',  '上传附件',            '附件与文书', 40),
 ('files:document:generate',  '生成文书与文号',      '附件与文书', 41),
 ('worklist:view',            '查看待办',            '待办与预警', 50),
 ('worklist:board',           '查看期限灯板',        '待办与预警', 51),
 ('dashboard:view',           '查看首页统计',        '平台', 60);

CREATE TABLE org_import_batch (
    id          BIGSERIAL    NOT NULL,
    county_code CHAR(6)      NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    file_sha256 CHAR(64)     NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    row_count   INT          NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_org_import_batch PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_org_import_batch_file ON org_import_batch (county_code, kind, file_sha256);
COMMENT ON TABLE org_import_batch IS '批量导入批次（同一文件不得重复导入）';
COMMENT ON COLUMN org_import_batch.id IS '主键（批次号）';
COMMENT ON COLUMN org_import_batch.county_code IS '所属县（租户）';
COMMENT ON COLUMN org_import_batch.kind IS '导入类型：UNIT单位 PERSON人员';
COMMENT ON COLUMN org_import_batch.file_sha256 IS '导入文件内容的 SHA-256';
COMMENT ON COLUMN org_import_batch.file_name IS '上传时的文件名';
COMMENT ON COLUMN org_import_batch.row_count IS '导入行数';
COMMENT ON COLUMN org_import_batch.created_at IS '导入时间';
COMMENT ON COLUMN org_import_batch.created_by IS '导入人';

CREATE INDEX idx_org_unit_kind ON org_unit (county_code, kind, status);
CREATE UNIQUE INDEX uk_org_unit_doc_prefix ON org_unit (county_code, doc_prefix)
    WHERE doc_prefix IS NOT NULL AND status = 'ACTIVE';
CREATE UNIQUE INDEX uk_org_unit_credit_code ON org_unit (county_code, credit_code)
    WHERE credit_code IS NOT NULL AND status = 'ACTIVE';
CREATE INDEX idx_org_person_name ON org_person (county_code, name);
CREATE INDEX idx_org_region_level ON org_region (level, code);

-- A unit administrator (单位管理员) maintains its own unit and the units below it, and their accounts; the grant is
-- bounded by ScopeFilter (本单位及下级) and by the rule that nobody grants a role wider than their own.
INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES ('UNIT_ADMIN', 'org:unit:manage'), ('UNIT_ADMIN', 'org:account:manage')) AS p(role_code, permission)
  ON p.role_code = r.code
ON CONFLICT DO NOTHING;
