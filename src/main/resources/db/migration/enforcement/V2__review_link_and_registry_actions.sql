-- 重大执法决定法制审核 through the review module (行政处罚法第五十八条): a decision registered by hand may await its
-- review; the outcome of the latest review request is kept with the decision.
ALTER TABLE enf_record ADD COLUMN review_outcome VARCHAR(24);
ALTER TABLE enf_record ADD CONSTRAINT ck_enf_record_review_outcome
    CHECK (review_outcome IS NULL OR review_outcome IN ('PENDING', 'PASSED', 'PASSED_WITH_CHANGES', 'FAILED', 'WITHDRAWN'));
COMMENT ON COLUMN enf_record.review_outcome IS '经合法性审查模块办理的法制审核结果：PENDING 审核中、PASSED 通过、PASSED_WITH_CHANGES 修改后通过、FAILED 不予通过、WITHDRAWN 已撤回；部门自行审核的为空';
COMMENT ON COLUMN enf_record.review_item_id IS '合法性审查模块中的审查申请标识（rv_request.id），经平台送审时填写';

-- Registry actions (登记变更): closing a body (撤销/终止), repealing a power (废止), taking back a township delegation
-- (收回). Nothing is deleted: the entry keeps its row with the date and reason, decisions made before remain, and each
-- action is a line of the registry history.
ALTER TABLE enf_body ADD COLUMN closed_kind VARCHAR(16);
ALTER TABLE enf_body ADD COLUMN closed_reason VARCHAR(500);
ALTER TABLE enf_body ADD CONSTRAINT ck_enf_body_closed_kind CHECK (closed_kind IS NULL OR closed_kind IN ('REVOKED', 'TERMINATED'));
COMMENT ON COLUMN enf_body.closed_kind IS '终止方式：REVOKED撤销 TERMINATED终止（委托终止、机构改革等）';
COMMENT ON COLUMN enf_body.closed_reason IS '撤销或终止的理由';
ALTER TABLE enf_power ADD COLUMN repeal_reason VARCHAR(500);
COMMENT ON COLUMN enf_power.repeal_reason IS '废止理由（如依据被修改、废止或事项被取消）';
ALTER TABLE enf_power_delegation ADD COLUMN revoke_reason VARCHAR(500);
COMMENT ON COLUMN enf_power_delegation.revoke_reason IS '收回赋权的理由';

CREATE TABLE enf_registry_event (
    id             BIGSERIAL    NOT NULL,
    county_code    CHAR(6)      NOT NULL,
    unit_id        BIGINT       NOT NULL,
    object_type    VARCHAR(32)  NOT NULL,
    object_id      BIGINT       NOT NULL,
    object_name    VARCHAR(300) NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    effective_date DATE         NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_enf_registry_event PRIMARY KEY (id),
    CONSTRAINT ck_enf_registry_event_action CHECK (action IN ('BODY_REVOKED', 'BODY_TERMINATED', 'POWER_REPEALED',
                                                             'DELEGATION_REVOKED'))
);
CREATE INDEX idx_enf_registry_event_unit ON enf_registry_event (county_code, unit_id, created_at DESC);
CREATE INDEX idx_enf_registry_event_object ON enf_registry_event (county_code, object_type, object_id);
COMMENT ON TABLE enf_registry_event IS '执法登记变更记录：执法主体撤销或终止、执法事项废止、乡镇赋权收回';
COMMENT ON COLUMN enf_registry_event.id IS '主键';
COMMENT ON COLUMN enf_registry_event.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN enf_registry_event.unit_id IS '登记项所属单位';
COMMENT ON COLUMN enf_registry_event.object_type IS '登记项类型：enf_body执法主体 enf_power执法事项 enf_power_delegation乡镇赋权';
COMMENT ON COLUMN enf_registry_event.object_id IS '登记项标识';
COMMENT ON COLUMN enf_registry_event.object_name IS '登记项名称（变更时的名称）';
COMMENT ON COLUMN enf_registry_event.action IS '变更：BODY_REVOKED主体撤销 BODY_TERMINATED主体终止 POWER_REPEALED事项废止 DELEGATION_REVOKED赋权收回';
COMMENT ON COLUMN enf_registry_event.effective_date IS '生效日期（撤销、终止、废止或收回的日期）';
COMMENT ON COLUMN enf_registry_event.reason IS '理由';
COMMENT ON COLUMN enf_registry_event.created_at IS '登记时间';
COMMENT ON COLUMN enf_registry_event.created_by IS '登记人';

-- Whole-process record items entered on the record page (全过程记录, 行政处罚法第四十七条): a file uploaded here is kept
-- by the files module (hash computed on upload); audio and video stay in the department's storage and are listed by
-- location and hash.
ALTER TABLE enf_record_item ADD COLUMN attachment_id BIGINT;
ALTER TABLE enf_record_item ADD COLUMN created_by VARCHAR(64);
COMMENT ON COLUMN enf_record_item.attachment_id IS '在平台上传的文件（files_attachment.id），经接口报送或只登记存放位置的为空';
COMMENT ON COLUMN enf_record_item.created_by IS '在记录页登记的人员；经接口或表格报送的为空';
