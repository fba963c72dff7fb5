-- 全过程记录: the append-only audit log, one SM3 hash chain per county, and the head of each chain.
-- Entries are never updated or deleted: triggers refuse it, so even a bug or a hand-typed SQL statement cannot
-- rewrite history without first disabling them (which needs the table owner, and which verification then exposes).

CREATE SEQUENCE audit_entry_id_seq;
COMMENT ON SEQUENCE audit_entry_id_seq IS '审计记录主键序列（各县共用）';

CREATE TABLE audit_entry (
    county_code  CHAR(6)       NOT NULL,
    seq          BIGINT        NOT NULL,
    id           BIGINT        NOT NULL,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(100)  NOT NULL,
    object_type  VARCHAR(64)   NOT NULL,
    object_id    VARCHAR(128),
    summary      VARCHAR(1000) NOT NULL,
    details      JSON,
    client_ip    VARCHAR(45),
    prev_hash    CHAR(64)      NOT NULL,
    hash         CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (county_code, seq),
    CONSTRAINT uk_audit_entry_id UNIQUE (county_code, id),
    CONSTRAINT ck_audit_entry_seq CHECK (seq >= 1),
    CONSTRAINT ck_audit_entry_hash CHECK (hash ~ '^[0-9a-f]{64}$' AND prev_hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX idx_audit_entry_time ON audit_entry (county_code, occurred_at DESC, id DESC);
CREATE INDEX idx_audit_entry_actor ON audit_entry (county_code, actor, occurred_at DESC);
CREATE INDEX idx_audit_entry_action ON audit_entry (county_code, action varchar_pattern_ops);
CREATE INDEX idx_audit_entry_object ON audit_entry (county_code, object_type, object_id);
COMMENT ON TABLE audit_entry IS '审计记录（全过程记录，只追加；每县一条 SM3 哈希链）';
COMMENT ON COLUMN audit_entry.county_code IS '所属县（租户）行政区划代码；000000 为平台级操作';
COMMENT ON COLUMN audit_entry.seq IS '在本县哈希链中的序号，从 1 起连续无缺';
COMMENT ON COLUMN audit_entry.id IS '记录标识（全平台唯一）';
COMMENT ON COLUMN audit_entry.occurred_at IS '记录时间（精确到微秒）';
COMMENT ON COLUMN audit_entry.actor IS '操作人用户名；定时任务为 system';
COMMENT ON COLUMN audit_entry.action IS '操作代码，如 org.account.login';
COMMENT ON COLUMN audit_entry.object_type IS '操作对象类型，如 org_account';
COMMENT ON COLUMN audit_entry.object_id IS '操作对象标识';
COMMENT ON COLUMN audit_entry.summary IS '中文摘要（身份证号、手机号已脱敏）';
COMMENT ON COLUMN audit_entry.details IS '补充信息（规范化 JSON 原文，按原文参与哈希）';
COMMENT ON COLUMN audit_entry.client_ip IS '客户端地址（来自网页或接口请求时）';
COMMENT ON COLUMN audit_entry.prev_hash IS '上一条记录的哈希（本链第一条为 64 个 0）';
COMMENT ON COLUMN audit_entry.hash IS '本条哈希 = SM3(上一条哈希 ‖ 本条规范化 JSON)，小写十六进制';

CREATE TABLE audit_chain_head (
    county_code CHAR(6)     NOT NULL,
    last_seq    BIGINT      NOT NULL,
    last_hash   CHAR(64)    NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (county_code)
);
COMMENT ON TABLE audit_chain_head IS '审计链链头（每县一行；追加记录时加行锁使写入串行，链不分叉；也用于发现链尾被删）';
COMMENT ON COLUMN audit_chain_head.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN audit_chain_head.last_seq IS '最后一条记录的序号';
COMMENT ON COLUMN audit_chain_head.last_hash IS '最后一条记录的哈希';
COMMENT ON COLUMN audit_chain_head.updated_at IS '最后追加时间';

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '审计记录只能追加，不得修改或删除（拒绝 %）', TG_OP
        USING HINT = '如需更正，请追加一条说明更正的新记录';
END
$$;
COMMENT ON FUNCTION audit_entry_refuse_change() IS '拒绝修改、删除或清空审计记录';

CREATE TRIGGER trg_audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER trg_audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.county_code = OLD.county_code AND NEW.last_seq >= OLD.last_seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '审计链链头只能向前推进，不得回退、改县或删除（拒绝 %）', TG_OP;
END
$$;
COMMENT ON FUNCTION audit_chain_head_guard() IS '审计链链头只能随追加向前推进';

CREATE TRIGGER trg_audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard();
CREATE TRIGGER trg_audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_guard();
