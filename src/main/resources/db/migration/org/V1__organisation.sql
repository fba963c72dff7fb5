-- 组织机构与用户: regions, the unit tree, people, accounts, roles and permissions.

CREATE TABLE org_region (
    code        VARCHAR(12)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(12),
    CONSTRAINT pk_org_region PRIMARY KEY (code)
);
CREATE INDEX idx_org_region_parent ON org_region (parent_code);
COMMENT ON TABLE org_region IS '行政区划';
COMMENT ON COLUMN org_region.code IS '行政区划代码（省市县6位，乡镇9位，村12位）';
COMMENT ON COLUMN org_region.name IS '名称';
COMMENT ON COLUMN org_region.level IS '层级：PROVINCE省 CITY市 COUNTY县 TOWNSHIP乡镇 VILLAGE村社区';
COMMENT ON COLUMN org_region.parent_code IS '上级区划代码';

CREATE TABLE org_unit (
    id                        BIGSERIAL    NOT NULL,
    county_code               CHAR(6)      NOT NULL,
    parent_id                 BIGINT,
    ancestors                 VARCHAR(500) NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    short_name                VARCHAR(100),
    kind                      VARCHAR(24)  NOT NULL,
    region_code               VARCHAR(12),
    credit_code               VARCHAR(18),
    doc_prefix                VARCHAR(20),
    is_enforcement_body       BOOLEAN      NOT NULL DEFAULT FALSE,
    is_normdoc_issuer         BOOLEAN      NOT NULL DEFAULT FALSE,
    is_reconsideration_body   BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order                INT          NOT NULL DEFAULT 0,
    status                    VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at                TIMESTAMPTZ  NOT NULL,
    created_by                VARCHAR(64)  NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL,
    updated_by                VARCHAR(64)  NOT NULL,
    version                   INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE UNIQUE INDEX uk_org_unit_name ON org_unit (county_code, name);
CREATE INDEX idx_org_unit_ancestors ON org_unit (county_code, ancestors varchar_pattern_ops);
CREATE INDEX idx_org_unit_parent ON org_unit (county_code, parent_id);
COMMENT ON TABLE org_unit IS '单位（组织机构树）';
COMMENT ON COLUMN org_unit.id IS '主键';
COMMENT ON COLUMN org_unit.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN org_unit.parent_id IS '上级单位';
COMMENT ON COLUMN org_unit.ancestors IS '祖先路径，如 /1/5/（用于本单位及下级数据范围）';
COMMENT ON COLUMN org_unit.name IS '单位全称';
COMMENT ON COLUMN org_unit.short_name IS '简称';
COMMENT ON COLUMN org_unit.kind IS '类型：GOVERNMENT县政府 DEPARTMENT部门 TOWNSHIP乡镇 SUBDISTRICT街道 VILLAGE村 COMMUNITY社区 AGENCY派出机构 INSTITUTION事业单位 INTERNAL内设机构';
COMMENT ON COLUMN org_unit.region_code IS '对应行政区划代码（乡镇、村）';
COMMENT ON COLUMN org_unit.credit_code IS '统一社会信用代码';
COMMENT ON COLUMN org_unit.doc_prefix IS '发文机关代字（如 示政复）';
COMMENT ON COLUMN org_unit.is_enforcement_body IS '是否行政执法主体';
COMMENT ON COLUMN org_unit.is_normdoc_issuer IS '是否规范性文件制定主体';
COMMENT ON COLUMN org_unit.is_reconsideration_body IS '是否行政复议机关';
COMMENT ON COLUMN org_unit.sort_order IS '排序号';
COMMENT ON COLUMN org_unit.status IS '状态：ACTIVE正常 CLOSED撤销';
COMMENT ON COLUMN org_unit.created_at IS '创建时间';
COMMENT ON COLUMN org_unit.created_by IS '创建人';
COMMENT ON COLUMN org_unit.updated_at IS '修改时间';
COMMENT ON COLUMN org_unit.updated_by IS '修改人';
COMMENT ON COLUMN org_unit.version IS '版本（乐观锁）';

CREATE TABLE org_person (
    id          BIGSERIAL    NOT NULL,
    county_code CHAR(6)      NOT NULL,
    unit_id     BIGINT       NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    gender      VARCHAR(4),
    id_number   VARCHAR(18),
    mobile      VARCHAR(20),
    position    VARCHAR(100),
    is_leader   BOOLEAN      NOT NULL DEFAULT FALSE,
    status      VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_person PRIMARY KEY (id),
    CONSTRAINT fk_org_person_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX idx_org_person_unit ON org_person (county_code, unit_id);
CREATE UNIQUE INDEX uk_org_person_id_number ON org_person (county_code, id_number);
COMMENT ON TABLE org_person IS '人员';
COMMENT ON COLUMN org_person.id IS '主键';
COMMENT ON COLUMN org_person.county_code IS '所属县（租户）';
COMMENT ON COLUMN org_person.unit_id IS '所在单位';
COMMENT ON COLUMN org_person.name IS '姓名';
COMMENT ON COLUMN org_person.gender IS '性别';
COMMENT ON COLUMN org_person.id_number IS '公民身份号码（敏感，列表中脱敏）';
COMMENT ON COLUMN org_person.mobile IS '手机号（敏感，列表中脱敏）';
COMMENT ON COLUMN org_person.position IS '职务';
COMMENT ON COLUMN org_person.is_leader IS '是否单位负责人';
COMMENT ON COLUMN org_person.status IS '状态：ACTIVE在职 LEFT离职';
COMMENT ON COLUMN org_person.created_at IS '创建时间';
COMMENT ON COLUMN org_person.created_by IS '创建人';
COMMENT ON COLUMN org_person.updated_at IS '修改时间';
COMMENT ON COLUMN org_person.updated_by IS '修改人';
COMMENT ON COLUMN org_person.version IS '版本（乐观锁）';

CREATE TABLE org_role (
    id          BIGSERIAL    NOT NULL,
    code        VARCHAR(50)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    data_scope  VARCHAR(24)  NOT NULL,
    description VARCHAR(500),
    is_builtin  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_org_role PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uk_org_role_code ON org_role (code);
COMMENT ON TABLE org_role IS '角色';
COMMENT ON COLUMN org_role.id IS '主键';
COMMENT ON COLUMN org_role.code IS '角色代码';
COMMENT ON COLUMN org_role.name IS '角色名称';
COMMENT ON COLUMN org_role.data_scope IS '数据范围：OWN_UNIT本单位 UNIT_AND_BELOW本单位及下级 COUNTY全县 PROVINCE全省';
COMMENT ON COLUMN org_role.description IS '说明';
COMMENT ON COLUMN org_role.is_builtin IS '是否内置角色';

CREATE TABLE org_role_permission (
    role_id    BIGINT       NOT NULL,
    permission VARCHAR(100) NOT NULL,
    CONSTRAINT pk_org_role_permission PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_org_role_permission_role FOREIGN KEY (role_id) REFERENCES org_role (id)
);
COMMENT ON TABLE org_role_permission IS '角色权限';
COMMENT ON COLUMN org_role_permission.role_id IS '角色';
COMMENT ON COLUMN org_role_permission.permission IS '权限代码，如 org:unit:manage';

CREATE TABLE org_account (
    id                BIGSERIAL    NOT NULL,
    county_code       CHAR(6)      NOT NULL,
    username          VARCHAR(64)  NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    display_name      VARCHAR(50)  NOT NULL,
    unit_id           BIGINT,
    person_id         BIGINT,
    is_enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts   INT          NOT NULL DEFAULT 0,
    locked_until      TIMESTAMPTZ,
    last_login_at     TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    updated_by        VARCHAR(64)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_account PRIMARY KEY (id),
    CONSTRAINT fk_org_account_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_account_person FOREIGN KEY (person_id) REFERENCES org_person (id)
);
CREATE UNIQUE INDEX uk_org_account_username ON org_account (username);
CREATE INDEX idx_org_account_unit ON org_account (county_code, unit_id);
COMMENT ON TABLE org_account IS '登录账号';
COMMENT ON COLUMN org_account.id IS '主键';
COMMENT ON COLUMN org_account.county_code IS '所属县（租户）；省级账号为省代码后补0';
COMMENT ON COLUMN org_account.username IS '用户名';
COMMENT ON COLUMN org_account.password_hash IS '密码哈希（bcrypt）';
COMMENT ON COLUMN org_account.display_name IS '显示名';
COMMENT ON COLUMN org_account.unit_id IS '代表的单位';
COMMENT ON COLUMN org_account.person_id IS '对应人员';
COMMENT ON COLUMN org_account.is_enabled IS '是否启用';
COMMENT ON COLUMN org_account.failed_attempts IS '连续登录失败次数';
COMMENT ON COLUMN org_account.locked_until IS '锁定至';
COMMENT ON COLUMN org_account.last_login_at IS '最后登录时间';
COMMENT ON COLUMN org_account.password_changed_at IS '密码修改时间';
COMMENT ON COLUMN org_account.created_at IS '创建时间';
COMMENT ON COLUMN org_account.created_by IS '创建人';
COMMENT ON COLUMN org_account.updated_at IS '修改时间';
COMMENT ON COLUMN org_account.updated_by IS '修改人';
COMMENT ON COLUMN org_account.version IS '版本（乐观锁）';

CREATE TABLE org_account_role (
    account_id BIGINT NOT NULL,
    role_id    BIGINT NOT NULL,
    CONSTRAINT pk_org_account_role PRIMARY KEY (account_id, role_id),
    CONSTRAINT fk_org_account_role_account FOREIGN KEY (account_id) REFERENCES org_account (id),
    CONSTRAINT fk_org_account_role_role FOREIGN KEY (role_id) REFERENCES org_role (id)
);
COMMENT ON TABLE org_account_role IS '账号角色';
COMMENT ON COLUMN org_account_role.account_id IS '账号';
COMMENT ON COLUMN org_account_role.role_id IS '角色';

CREATE TABLE org_api_token (
    token_hash  CHAR(64)     NOT NULL,
    account_id  BIGINT       NOT NULL,
    issued_at   TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_org_api_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_org_api_token_account FOREIGN KEY (account_id) REFERENCES org_account (id)
);
CREATE INDEX idx_org_api_token_expires ON org_api_token (expires_at);
COMMENT ON TABLE org_api_token IS '接口访问令牌（只存哈希）';
COMMENT ON COLUMN org_api_token.token_hash IS '令牌的 SHA-256 哈希';
COMMENT ON COLUMN org_api_token.account_id IS '账号';
COMMENT ON COLUMN org_api_token.issued_at IS '签发时间';
COMMENT ON COLUMN org_api_token.expires_at IS '过期时间';

-- Built-in roles and their permissions. Permission codes follow module:object:action.
INSERT INTO org_role (code, name, data_scope, description, is_builtin) VALUES
 ('ADMIN',      '系统管理员',           'COUNTY',         '管理单位、人员、账号、角色、节假日；查看审计', TRUE),
 ('COORDINATOR','依法治县办/司法局',    'COUNTY',         '统筹协调、审查、监督，查看全县数据',          TRUE),
 ('UNIT_ADMIN', '单位管理员',           'UNIT_AND_BELOW', '本单位及下级单位的业务办理',                  TRUE),
 ('CLERK',      '业务经办人',           'OWN_UNIT',       '本单位业务办理',                              TRUE),
 ('LEADER',     '领导（只读）',         'COUNTY',         '查看驾驶舱与统计，不办理业务',                TRUE),
 ('REVIEWER',   '审查人员/专家',        'OWN_UNIT',       '仅处理分配给本人的审查事项',                  TRUE),
 ('PROVINCE',   '省级管理（只读）',     'PROVINCE',       '查看全省各县数据',                            TRUE);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
 ('ADMIN','org:unit:view'),('ADMIN','org:unit:manage'),('ADMIN','org:person:view'),('ADMIN','org:person:manage'),
 ('ADMIN','org:person:pii'),('ADMIN','org:account:manage'),('ADMIN','org:role:manage'),('ADMIN','org:import'),
 ('ADMIN','calendar:holiday:manage'),('ADMIN','calendar:deadline:compute'),('ADMIN','audit:log:view'),
 ('ADMIN','audit:verify'),('ADMIN','files:attachment:upload'),('ADMIN','files:document:generate'),
 ('ADMIN','worklist:view'),('ADMIN','worklist:board'),('ADMIN','dashboard:view'),
 ('COORDINATOR','org:unit:view'),('COORDINATOR','org:person:view'),('COORDINATOR','calendar:deadline:compute'),
 ('COORDINATOR','audit:log:view'),('COORDINATOR','files:attachment:upload'),('COORDINATOR','files:document:generate'),
 ('COORDINATOR','worklist:view'),('COORDINATOR','worklist:board'),('COORDINATOR','dashboard:view'),
 ('UNIT_ADMIN','org:unit:view'),('UNIT_ADMIN','org:person:view'),('UNIT_ADMIN','org:person:manage'),
 ('UNIT_ADMIN','calendar:deadline:compute'),('UNIT_ADMIN','files:attachment:upload'),
 ('UNIT_ADMIN','files:document:generate'),('UNIT_ADMIN','worklist:view'),('UNIT_ADMIN','worklist:board'),
 ('UNIT_ADMIN','dashboard:view'),
 ('CLERK','org:unit:view'),('CLERK','calendar:deadline:compute'),('CLERK','files:attachment:upload'),
 ('CLERK','files:document:generate'),('CLERK','worklist:view'),('CLERK','dashboard:view'),
 ('LEADER','org:unit:view'),('LEADER','worklist:board'),('LEADER','dashboard:view'),('LEADER','calendar:deadline:compute'),
 ('REVIEWER','worklist:view'),('REVIEWER','dashboard:view'),('REVIEWER','calendar:deadline:compute'),
 ('PROVINCE','org:unit:view'),('PROVINCE','worklist:board'),('PROVINCE','dashboard:view')
) AS p(role_code, permission) ON p.role_code = r.code;
