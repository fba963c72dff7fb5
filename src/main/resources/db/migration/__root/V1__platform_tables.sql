-- Platform tables that belong to no business module: HTTP sessions shared by all instances (Spring Session JDBC)
-- and the lock table that makes each scheduled job run once across instances (ShedLock).

CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT pk_spring_session PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX uk_spring_session_id ON spring_session (session_id);
CREATE INDEX idx_spring_session_expiry ON spring_session (expiry_time);
CREATE INDEX idx_spring_session_principal ON spring_session (principal_name);
COMMENT ON TABLE spring_session IS '登录会话（多实例共享）';
COMMENT ON COLUMN spring_session.primary_id IS '主键';
COMMENT ON COLUMN spring_session.session_id IS '会话标识';
COMMENT ON COLUMN spring_session.creation_time IS '创建时间（毫秒）';
COMMENT ON COLUMN spring_session.last_access_time IS '最后访问时间（毫秒）';
COMMENT ON COLUMN spring_session.max_inactive_interval IS '最长空闲秒数';
COMMENT ON COLUMN spring_session.expiry_time IS '过期时间（毫秒）';
COMMENT ON COLUMN spring_session.principal_name IS '登录用户名';

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT pk_spring_session_attributes PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_spring_session_attributes FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
COMMENT ON TABLE spring_session_attributes IS '登录会话属性';
COMMENT ON COLUMN spring_session_attributes.session_primary_id IS '会话主键';
COMMENT ON COLUMN spring_session_attributes.attribute_name IS '属性名';
COMMENT ON COLUMN spring_session_attributes.attribute_bytes IS '属性值（序列化）';

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
COMMENT ON TABLE shedlock IS '定时任务锁（多实例只运行一次）';
COMMENT ON COLUMN shedlock.name IS '任务名';
COMMENT ON COLUMN shedlock.lock_until IS '锁定至';
COMMENT ON COLUMN shedlock.locked_at IS '加锁时间';
COMMENT ON COLUMN shedlock.locked_by IS '加锁实例';
