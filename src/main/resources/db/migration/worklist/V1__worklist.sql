-- 待办与预警: one row per watched deadline of a business record, fed by DeadlineSet / DeadlineCleared events.

CREATE TABLE wl_item (
    id             BIGSERIAL    NOT NULL,
    county_code    CHAR(6)      NOT NULL,
    unit_id        BIGINT       NOT NULL,
    assignee       VARCHAR(64),
    source_module  VARCHAR(32)  NOT NULL,
    source_type    VARCHAR(64)  NOT NULL,
    source_id      VARCHAR(64)  NOT NULL,
    deadline_kind  VARCHAR(64)  NOT NULL,
    title          VARCHAR(300) NOT NULL,
    due_date       DATE         NOT NULL,
    citation       VARCHAR(300),
    link           VARCHAR(500),
    status         VARCHAR(8)   NOT NULL,
    light          VARCHAR(8)   NOT NULL,
    done_at        TIMESTAMPTZ,
    is_done_late   BOOLEAN,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_wl_item PRIMARY KEY (id),
    CONSTRAINT ck_wl_item_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_wl_item_light CHECK (light IN ('GREEN', 'YELLOW', 'RED', 'GREY'))
);
CREATE UNIQUE INDEX uk_wl_item_source ON wl_item (county_code, source_module, source_type, source_id, deadline_kind);
CREATE INDEX idx_wl_item_unit ON wl_item (county_code, unit_id, status, due_date);
CREATE INDEX idx_wl_item_assignee ON wl_item (county_code, assignee, status, due_date);
CREATE INDEX idx_wl_item_due ON wl_item (county_code, status, due_date);
COMMENT ON TABLE wl_item IS '待办事项（每个业务记录的每个法定期限一条，由各模块的期限事件写入）';
COMMENT ON COLUMN wl_item.id IS '主键';
COMMENT ON COLUMN wl_item.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN wl_item.unit_id IS '承办单位';
COMMENT ON COLUMN wl_item.assignee IS '承办人用户名；为空表示由承办单位办理';
COMMENT ON COLUMN wl_item.source_module IS '来源模块，如 reconsideration';
COMMENT ON COLUMN wl_item.source_type IS '来源记录类型，如 case';
COMMENT ON COLUMN wl_item.source_id IS '来源记录标识';
COMMENT ON COLUMN wl_item.deadline_kind IS '期限种类，如 acceptance-review（同一记录可有多个期限）';
COMMENT ON COLUMN wl_item.title IS '事项名称（中文）';
COMMENT ON COLUMN wl_item.due_date IS '期限届满日';
COMMENT ON COLUMN wl_item.citation IS '法律依据';
COMMENT ON COLUMN wl_item.link IS '办理页面链接（站内相对地址）';
COMMENT ON COLUMN wl_item.status IS '状态：OPEN待办 DONE已办结';
COMMENT ON COLUMN wl_item.light IS '期限灯：GREEN正常 YELLOW临期 RED逾期 GREY已办结';
COMMENT ON COLUMN wl_item.done_at IS '办结时间';
COMMENT ON COLUMN wl_item.is_done_late IS '是否逾期办结';
COMMENT ON COLUMN wl_item.created_at IS '创建时间';
COMMENT ON COLUMN wl_item.created_by IS '创建人';
COMMENT ON COLUMN wl_item.updated_at IS '修改时间';
COMMENT ON COLUMN wl_item.updated_by IS '修改人';
COMMENT ON COLUMN wl_item.version IS '版本（乐观锁）';
