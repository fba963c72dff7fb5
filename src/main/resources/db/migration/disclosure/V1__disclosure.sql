-- 政府信息公开 (disclosure): requests on the working-day clock, consultations, fees, letters, remedies, annual reports.
-- Rules: 《中华人民共和国政府信息公开条例》（国务院令第711号）第二十九条至第四十二条、第四十九条、第五十条;
-- 国办函〔2020〕109号 (信息处理费); 国办公开办函〔2021〕30号 (年度报告格式).

CREATE TABLE disc_request (
    id                  BIGSERIAL    NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    unit_id             BIGINT       NOT NULL,
    number              VARCHAR(40)  NOT NULL,
    verification_hash   VARCHAR(64)  NOT NULL,
    channel             VARCHAR(20)  NOT NULL,
    channel_date        DATE,
    received_on         DATE,
    clock_start         DATE,
    applicant_type      VARCHAR(20)  NOT NULL,
    applicant_name      VARCHAR(100) NOT NULL,
    id_type             VARCHAR(20),
    id_number           VARCHAR(40),
    contact_person      VARCHAR(50),
    phone               VARCHAR(30),
    email               VARCHAR(100),
    address             VARCHAR(200),
    description         VARCHAR(4000) NOT NULL,
    form_wanted         VARCHAR(20)  NOT NULL,
    delivery_wanted     VARCHAR(20)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    reply_due           DATE,
    extension_days      INT          NOT NULL DEFAULT 0,
    extension_approver  VARCHAR(50),
    extension_approved_on DATE,
    extension_reason    VARCHAR(500),
    extension_notified_on DATE,
    cure_notice_on      DATE,
    cure_items          VARCHAR(2000),
    cure_due            DATE,
    cured_on            DATE,
    excessive           BOOLEAN      NOT NULL DEFAULT FALSE,
    excessive_reasons_asked_on DATE,
    excessive_note      VARCHAR(1000),
    delayed_due         DATE,
    reply_type          VARCHAR(30),
    withhold_grounds    VARCHAR(200),
    legal_basis         VARCHAR(1000),
    reply_text          VARCHAR(4000),
    withheld_reasons    VARCHAR(2000),
    repeat_of           VARCHAR(40),
    report_row          VARCHAR(20),
    concluded_on        DATE,
    closing_note        VARCHAR(1000),
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_disc_request PRIMARY KEY (id),
    CONSTRAINT uq_disc_request_number UNIQUE (county_code, number)
);
CREATE INDEX ix_disc_request_unit ON disc_request (county_code, unit_id, status);
CREATE INDEX ix_disc_request_received ON disc_request (county_code, received_on);
CREATE INDEX ix_disc_request_concluded ON disc_request (county_code, concluded_on);
CREATE INDEX ix_disc_request_applicant ON disc_request (county_code, applicant_name, received_on);
COMMENT ON TABLE disc_request IS '政府信息公开申请（依申请公开，《政府信息公开条例》第二十七条至第四十二条）';
COMMENT ON COLUMN disc_request.id IS '主键';
COMMENT ON COLUMN disc_request.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN disc_request.unit_id IS '当前承办单位（掌握该信息的行政机关，转办后改变）';
COMMENT ON COLUMN disc_request.number IS '申请编号';
COMMENT ON COLUMN disc_request.verification_hash IS '查询验证码的 SHA-256 摘要（验证码只在登记时告知申请人）';
COMMENT ON COLUMN disc_request.channel IS '申请渠道：PORTAL 网上、IN_PERSON 当面、REGISTERED_POST 邮政特快专递或挂号信、ORDINARY_LETTER 平常信函、FAX 传真、EMAIL 电子邮件';
COMMENT ON COLUMN disc_request.channel_date IS '渠道日期：当面提交日、签收日或双方确认日（第三十一条）';
COMMENT ON COLUMN disc_request.received_on IS '收到申请之日（第三十一条）；网上申请待确认时为空';
COMMENT ON COLUMN disc_request.clock_start IS '答复期限起算日：收到申请之日，补正的为收到补正申请之日（第三十条）';
COMMENT ON COLUMN disc_request.applicant_type IS '申请人类型（年度报告表三的列）：NATURAL_PERSON 自然人、COMMERCIAL 商业企业、RESEARCH 科研机构、NONPROFIT 社会公益组织、LEGAL_SERVICE 法律服务机构、OTHER_ORG 其他';
COMMENT ON COLUMN disc_request.applicant_name IS '申请人姓名或名称';
COMMENT ON COLUMN disc_request.id_type IS '身份证明类型';
COMMENT ON COLUMN disc_request.id_number IS '身份证件号码或统一社会信用代码（个人信息，无权限时掩码显示）';
COMMENT ON COLUMN disc_request.contact_person IS '联系人（法人或其他组织）';
COMMENT ON COLUMN disc_request.phone IS '联系电话（个人信息）';
COMMENT ON COLUMN disc_request.email IS '电子邮箱';
COMMENT ON COLUMN disc_request.address IS '通信地址';
COMMENT ON COLUMN disc_request.description IS '所需政府信息的名称、文号或者便于查询的其他特征性描述（第二十九条）';
COMMENT ON COLUMN disc_request.form_wanted IS '获取信息的形式：PAPER 纸质、ELECTRONIC 电子';
COMMENT ON COLUMN disc_request.delivery_wanted IS '获取信息的方式：POST 邮寄、EMAIL 电子邮件、PICKUP 当面领取、ONLINE 网上获取';
COMMENT ON COLUMN disc_request.status IS '状态：SUBMITTED 待确认收到、PROCESSING 办理中、AWAITING_CURE 待补正、AWAITING_FEE 待缴费、ANSWERED 已答复、CLOSED 已终止';
COMMENT ON COLUMN disc_request.reply_due IS '当前答复期限届满日';
COMMENT ON COLUMN disc_request.extension_days IS '经批准延长的工作日数（不超过 20 个工作日，第三十三条第二款）';
COMMENT ON COLUMN disc_request.extension_approver IS '同意延长的政府信息公开工作机构负责人';
COMMENT ON COLUMN disc_request.extension_approved_on IS '同意延长日期';
COMMENT ON COLUMN disc_request.extension_reason IS '延长理由';
COMMENT ON COLUMN disc_request.extension_notified_on IS '告知申请人延长的日期';
COMMENT ON COLUMN disc_request.cure_notice_on IS '一次性补正告知日期（第三十条）';
COMMENT ON COLUMN disc_request.cure_items IS '需要补正的事项';
COMMENT ON COLUMN disc_request.cure_due IS '合理的补正期限届满日';
COMMENT ON COLUMN disc_request.cured_on IS '收到补正申请之日';
COMMENT ON COLUMN disc_request.excessive IS '是否认定为申请数量、频次明显超过合理范围（第三十五条）';
COMMENT ON COLUMN disc_request.excessive_reasons_asked_on IS '要求申请人说明理由的日期';
COMMENT ON COLUMN disc_request.excessive_note IS '申请人说明的理由及机关的认定';
COMMENT ON COLUMN disc_request.delayed_due IS '第三十五条确定的延迟答复的合理期限';
COMMENT ON COLUMN disc_request.reply_type IS '答复类型（第三十六条至第三十九条）';
COMMENT ON COLUMN disc_request.withhold_grounds IS '不予公开的理由类别（表三（三）1-8），逗号分隔';
COMMENT ON COLUMN disc_request.legal_basis IS '答复的法律依据';
COMMENT ON COLUMN disc_request.reply_text IS '答复内容（提供的信息或获取方式、说明）';
COMMENT ON COLUMN disc_request.withheld_reasons IS '不予公开部分的理由（部分公开、不予公开）';
COMMENT ON COLUMN disc_request.repeat_of IS '重复申请所对应的原申请编号';
COMMENT ON COLUMN disc_request.report_row IS '年度报告表三的办理结果行';
COMMENT ON COLUMN disc_request.concluded_on IS '办结日期（答复或终止处理之日）';
COMMENT ON COLUMN disc_request.closing_note IS '终止处理的说明';
COMMENT ON COLUMN disc_request.created_at IS '创建时间';
COMMENT ON COLUMN disc_request.created_by IS '创建人';
COMMENT ON COLUMN disc_request.updated_at IS '更新时间';
COMMENT ON COLUMN disc_request.updated_by IS '更新人';
COMMENT ON COLUMN disc_request.version IS '乐观锁版本';

CREATE TABLE disc_step (
    id          BIGSERIAL     NOT NULL,
    county_code VARCHAR(6)    NOT NULL,
    unit_id     BIGINT        NOT NULL,
    request_id  BIGINT        NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    occurred_on DATE          NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_disc_step PRIMARY KEY (id),
    CONSTRAINT fk_disc_step_request FOREIGN KEY (request_id) REFERENCES disc_request (id)
);
CREATE INDEX ix_disc_step_request ON disc_step (county_code, request_id, id);
COMMENT ON TABLE disc_step IS '政府信息公开申请办理过程（时间线）';
COMMENT ON COLUMN disc_step.id IS '主键';
COMMENT ON COLUMN disc_step.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN disc_step.unit_id IS '办理时的承办单位';
COMMENT ON COLUMN disc_step.request_id IS '申请';
COMMENT ON COLUMN disc_step.action IS '办理环节代码';
COMMENT ON COLUMN disc_step.occurred_on IS '发生日期';
COMMENT ON COLUMN disc_step.detail IS '说明';
COMMENT ON COLUMN disc_step.actor IS '办理人';
COMMENT ON COLUMN disc_step.recorded_at IS '记录时间';

CREATE TABLE disc_consultation (
    id           BIGSERIAL    NOT NULL,
    county_code  VARCHAR(6)   NOT NULL,
    unit_id      BIGINT       NOT NULL,
    request_id   BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    party        VARCHAR(200) NOT NULL,
    sent_on      DATE         NOT NULL,
    party_received_on DATE    NOT NULL,
    due          DATE         NOT NULL,
    answered_on  DATE,
    result       VARCHAR(20),
    opinion      VARCHAR(2000),
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_disc_consultation PRIMARY KEY (id),
    CONSTRAINT fk_disc_consultation_request FOREIGN KEY (request_id) REFERENCES disc_request (id)
);
CREATE INDEX ix_disc_consultation_request ON disc_consultation (county_code, request_id);
COMMENT ON TABLE disc_consultation IS '征求第三方或共同制作机关意见（第三十二条、第三十四条）；征求意见时间不计入答复期限（第三十三条第三款）';
COMMENT ON COLUMN disc_consultation.id IS '主键';
COMMENT ON COLUMN disc_consultation.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN disc_consultation.unit_id IS '征求意见的承办单位';
COMMENT ON COLUMN disc_consultation.request_id IS '申请';
COMMENT ON COLUMN disc_consultation.kind IS 'THIRD_PARTY 第三方（第三十二条）、CO_MAKER 共同制作机关（第三十四条）';
COMMENT ON COLUMN disc_consultation.party IS '被征求意见的第三方或机关';
COMMENT ON COLUMN disc_consultation.sent_on IS '发出征求意见书之日（停止计算答复期限的第一日之前一日）';
COMMENT ON COLUMN disc_consultation.party_received_on IS '对方收到征求意见书之日（15 个工作日自此起算）';
COMMENT ON COLUMN disc_consultation.due IS '对方提出意见的期限届满日';
COMMENT ON COLUMN disc_consultation.answered_on IS '收到意见或期满之日';
COMMENT ON COLUMN disc_consultation.result IS 'CONSENT 同意公开、OBJECT 不同意公开、NO_REPLY 逾期未提出意见、DEEMED_CONSENT 逾期视为同意（第三十四条）';
COMMENT ON COLUMN disc_consultation.opinion IS '意见内容及理由';
COMMENT ON COLUMN disc_consultation.created_at IS '创建时间';
COMMENT ON COLUMN disc_consultation.created_by IS '创建人';
COMMENT ON COLUMN disc_consultation.updated_at IS '更新时间';
COMMENT ON COLUMN disc_consultation.updated_by IS '更新人';
COMMENT ON COLUMN disc_consultation.version IS '乐观锁版本';

CREATE TABLE disc_fee (
    id           BIGSERIAL     NOT NULL,
    county_code  VARCHAR(6)    NOT NULL,
    unit_id      BIGINT        NOT NULL,
    request_id   BIGINT        NOT NULL,
    method       VARCHAR(20)   NOT NULL,
    quantity     INT           NOT NULL,
    amount       NUMERIC(12,2) NOT NULL,
    calculation  VARCHAR(500)  NOT NULL,
    notice_on    DATE          NOT NULL,
    pay_due      DATE          NOT NULL,
    paid_on      DATE,
    status       VARCHAR(20)   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_disc_fee PRIMARY KEY (id),
    CONSTRAINT fk_disc_fee_request FOREIGN KEY (request_id) REFERENCES disc_request (id)
);
CREATE INDEX ix_disc_fee_request ON disc_fee (county_code, request_id);
CREATE INDEX ix_disc_fee_paid ON disc_fee (county_code, paid_on);
COMMENT ON TABLE disc_fee IS '信息处理费（第四十二条；国办函〔2020〕109号）';
COMMENT ON COLUMN disc_fee.id IS '主键';
COMMENT ON COLUMN disc_fee.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN disc_fee.unit_id IS '收费的承办单位';
COMMENT ON COLUMN disc_fee.request_id IS '申请';
COMMENT ON COLUMN disc_fee.method IS 'PER_REQUEST 按件计收、PER_PAGE 按量计收（二者只能选一，109号第三条）';
COMMENT ON COLUMN disc_fee.quantity IS '按件：本申请在当月的累计序号；按量：页数';
COMMENT ON COLUMN disc_fee.amount IS '收费金额（元）';
COMMENT ON COLUMN disc_fee.calculation IS '计算过程';
COMMENT ON COLUMN disc_fee.notice_on IS '收费通知日期';
COMMENT ON COLUMN disc_fee.pay_due IS '缴费期限届满日';
COMMENT ON COLUMN disc_fee.paid_on IS '缴费日期';
COMMENT ON COLUMN disc_fee.status IS 'NOTIFIED 已通知、PAID 已缴纳、UNPAID 逾期未缴纳';
COMMENT ON COLUMN disc_fee.created_at IS '创建时间';
COMMENT ON COLUMN disc_fee.created_by IS '创建人';
COMMENT ON COLUMN disc_fee.updated_at IS '更新时间';
COMMENT ON COLUMN disc_fee.updated_by IS '更新人';
COMMENT ON COLUMN disc_fee.version IS '乐观锁版本';

CREATE TABLE disc_letter (
    id            BIGSERIAL    NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    unit_id       BIGINT       NOT NULL,
    request_id    BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    document_id   BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    number_text   VARCHAR(60),
    issued_on     DATE         NOT NULL,
    public        BOOLEAN      NOT NULL DEFAULT TRUE,
    served_on     DATE,
    service_method VARCHAR(20),
    service_note  VARCHAR(500),
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_disc_letter PRIMARY KEY (id),
    CONSTRAINT fk_disc_letter_request FOREIGN KEY (request_id) REFERENCES disc_request (id)
);
CREATE INDEX ix_disc_letter_request ON disc_letter (county_code, request_id);
COMMENT ON TABLE disc_letter IS '向申请人或第三方发出的文书（答复书、补正通知书、延期告知书、征求意见书、收费通知书等）及其送达';
COMMENT ON COLUMN disc_letter.id IS '主键';
COMMENT ON COLUMN disc_letter.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN disc_letter.unit_id IS '发文单位';
COMMENT ON COLUMN disc_letter.request_id IS '申请';
COMMENT ON COLUMN disc_letter.kind IS '文书种类';
COMMENT ON COLUMN disc_letter.document_id IS '公文（files_document.id）';
COMMENT ON COLUMN disc_letter.title IS '标题';
COMMENT ON COLUMN disc_letter.number_text IS '文号';
COMMENT ON COLUMN disc_letter.issued_on IS '成文日期';
COMMENT ON COLUMN disc_letter.public IS '是否向申请人公开（门户可下载）；致第三方的征求意见书为否';
COMMENT ON COLUMN disc_letter.served_on IS '送达日期';
COMMENT ON COLUMN disc_letter.service_method IS '送达方式：DIRECT 直接送达、POST 邮寄、ELECTRONIC 电子送达、ONLINE 网上告知';
COMMENT ON COLUMN disc_letter.service_note IS '送达说明（签收人、邮件号等）';
COMMENT ON COLUMN disc_letter.created_at IS '创建时间';
COMMENT ON COLUMN disc_letter.created_by IS '创建人';
COMMENT ON COLUMN disc_letter.updated_at IS '更新时间';
COMMENT ON COLUMN disc_letter.updated_by IS '更新人';
COMMENT ON COLUMN disc_letter.version IS '乐观锁版本';

CREATE TABLE disc_remedy (
    id            BIGSERIAL    NOT NULL,
    county_code   VARCHAR(6)   NOT NULL,
    unit_id       BIGINT       NOT NULL,
    request_id    BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    external_ref  VARCHAR(100) NOT NULL,
    filed_on      DATE         NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    concluded_on  DATE,
    note          VARCHAR(500),
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_disc_remedy PRIMARY KEY (id),
    CONSTRAINT fk_disc_remedy_request FOREIGN KEY (request_id) REFERENCES disc_request (id),
    CONSTRAINT uq_disc_remedy_ref UNIQUE (county_code, kind, external_ref)
);
CREATE INDEX ix_disc_remedy_request ON disc_remedy (county_code, request_id);
COMMENT ON TABLE disc_remedy IS '因答复引起的行政复议、行政诉讼（年度报告表四），以编号关联，不依赖复议模块';
COMMENT ON COLUMN disc_remedy.id IS '主键';
COMMENT ON COLUMN disc_remedy.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN disc_remedy.unit_id IS '被申请人或被告单位（申请的承办单位）';
COMMENT ON COLUMN disc_remedy.request_id IS '引起救济的申请';
COMMENT ON COLUMN disc_remedy.kind IS 'RECONSIDERATION 行政复议、LAWSUIT_DIRECT 未经复议直接起诉、LAWSUIT_AFTER_RECONSIDERATION 复议后起诉';
COMMENT ON COLUMN disc_remedy.external_ref IS '复议或诉讼案号（来源系统的编号）';
COMMENT ON COLUMN disc_remedy.filed_on IS '申请或起诉日期';
COMMENT ON COLUMN disc_remedy.outcome IS 'MAINTAINED 结果维持、CORRECTED 结果纠正、OTHER 其他结果、PENDING 尚未审结';
COMMENT ON COLUMN disc_remedy.concluded_on IS '审结日期';
COMMENT ON COLUMN disc_remedy.note IS '说明';
COMMENT ON COLUMN disc_remedy.created_at IS '创建时间';
COMMENT ON COLUMN disc_remedy.created_by IS '创建人';
COMMENT ON COLUMN disc_remedy.updated_at IS '更新时间';
COMMENT ON COLUMN disc_remedy.updated_by IS '更新人';
COMMENT ON COLUMN disc_remedy.version IS '乐观锁版本';

CREATE TABLE disc_report (
    id              BIGSERIAL     NOT NULL,
    county_code     VARCHAR(6)    NOT NULL,
    unit_id         BIGINT        NOT NULL,
    report_year     INT           NOT NULL,
    level           VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    due             DATE          NOT NULL,
    overview        TEXT          NOT NULL DEFAULT '',
    problems        TEXT          NOT NULL DEFAULT '',
    other_matters   TEXT          NOT NULL DEFAULT '',
    rules_made      INT           NOT NULL DEFAULT 0,
    rules_abolished INT           NOT NULL DEFAULT 0,
    rules_in_force  INT           NOT NULL DEFAULT 0,
    normdocs_made   INT           NOT NULL DEFAULT 0,
    normdocs_abolished INT        NOT NULL DEFAULT 0,
    normdocs_in_force INT         NOT NULL DEFAULT 0,
    licences        INT           NOT NULL DEFAULT 0,
    penalties       INT           NOT NULL DEFAULT 0,
    coercions       INT           NOT NULL DEFAULT 0,
    charges_wan     NUMERIC(14,4) NOT NULL DEFAULT 0,
    document_id     BIGINT,
    published_on    DATE,
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_disc_report PRIMARY KEY (id),
    CONSTRAINT uq_disc_report UNIQUE (county_code, unit_id, report_year)
);
CREATE INDEX ix_disc_report_year ON disc_report (county_code, report_year, unit_id);
COMMENT ON TABLE disc_report IS '政府信息公开工作年度报告（第四十九条、第五十条；国办公开办函〔2021〕30号格式）';
COMMENT ON COLUMN disc_report.id IS '主键';
COMMENT ON COLUMN disc_report.county_code IS '县级行政区划代码（租户）';
COMMENT ON COLUMN disc_report.unit_id IS '报告机关（部门或县人民政府）';
COMMENT ON COLUMN disc_report.report_year IS '报告年度';
COMMENT ON COLUMN disc_report.level IS 'DEPARTMENT 政府部门（1月31日前）、GOVERNMENT 人民政府（3月31日前）';
COMMENT ON COLUMN disc_report.status IS 'DRAFT 编辑中、PUBLISHED 已发布';
COMMENT ON COLUMN disc_report.due IS '报送和公布期限';
COMMENT ON COLUMN disc_report.overview IS '一、总体情况';
COMMENT ON COLUMN disc_report.problems IS '五、存在的主要问题及改进情况';
COMMENT ON COLUMN disc_report.other_matters IS '六、其他需要报告的事项（信息处理费收取情况由系统生成，附在其后）';
COMMENT ON COLUMN disc_report.rules_made IS '表二 规章 本年制发件数';
COMMENT ON COLUMN disc_report.rules_abolished IS '表二 规章 本年废止件数';
COMMENT ON COLUMN disc_report.rules_in_force IS '表二 规章 现行有效件数';
COMMENT ON COLUMN disc_report.normdocs_made IS '表二 行政规范性文件 本年制发件数';
COMMENT ON COLUMN disc_report.normdocs_abolished IS '表二 行政规范性文件 本年废止件数';
COMMENT ON COLUMN disc_report.normdocs_in_force IS '表二 行政规范性文件 现行有效件数';
COMMENT ON COLUMN disc_report.licences IS '表二 行政许可 本年处理决定数量';
COMMENT ON COLUMN disc_report.penalties IS '表二 行政处罚 本年处理决定数量';
COMMENT ON COLUMN disc_report.coercions IS '表二 行政强制 本年处理决定数量';
COMMENT ON COLUMN disc_report.charges_wan IS '表二 行政事业性收费 本年收费金额（万元）';
COMMENT ON COLUMN disc_report.document_id IS '生成的公文（files_document.id）';
COMMENT ON COLUMN disc_report.published_on IS '发布日期';
COMMENT ON COLUMN disc_report.created_at IS '创建时间';
COMMENT ON COLUMN disc_report.created_by IS '创建人';
COMMENT ON COLUMN disc_report.updated_at IS '更新时间';
COMMENT ON COLUMN disc_report.updated_by IS '更新人';
COMMENT ON COLUMN disc_report.version IS '乐观锁版本';

CREATE SEQUENCE disc_request_number_seq;
COMMENT ON SEQUENCE disc_request_number_seq IS '申请编号流水号';

INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('disclosure:request:view',   '查看政府信息公开申请',       '政府信息公开', 500),
 ('disclosure:request:handle', '登记和办理政府信息公开申请', '政府信息公开', 501),
 ('disclosure:request:pii',    '查看申请人身份证件号和电话', '政府信息公开', 502),
 ('disclosure:report:view',    '查看政府信息公开年度报告',   '政府信息公开', 503),
 ('disclosure:report:edit',    '编辑和发布政府信息公开年度报告', '政府信息公开', 504),
 ('disclosure:statistics:view','查看政府信息公开统计',       '政府信息公开', 505)
ON CONFLICT DO NOTHING;

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES
 ('ADMIN','disclosure:request:view'),('ADMIN','disclosure:report:view'),('ADMIN','disclosure:statistics:view'),
 ('COORDINATOR','disclosure:request:view'),('COORDINATOR','disclosure:request:handle'),('COORDINATOR','disclosure:request:pii'),
 ('COORDINATOR','disclosure:report:view'),('COORDINATOR','disclosure:report:edit'),('COORDINATOR','disclosure:statistics:view'),
 ('UNIT_ADMIN','disclosure:request:view'),('UNIT_ADMIN','disclosure:request:handle'),('UNIT_ADMIN','disclosure:request:pii'),
 ('UNIT_ADMIN','disclosure:report:view'),('UNIT_ADMIN','disclosure:report:edit'),('UNIT_ADMIN','disclosure:statistics:view'),
 ('CLERK','disclosure:request:view'),('CLERK','disclosure:request:handle'),('CLERK','disclosure:report:view'),
 ('CLERK','disclosure:statistics:view'),
 ('LEADER','disclosure:request:view'),('LEADER','disclosure:report:view'),('LEADER','disclosure:statistics:view'),
 ('PROVINCE','disclosure:request:view'),('PROVINCE','disclosure:report:view'),('PROVINCE','disclosure:statistics:view')
) AS p(role_code, permission) ON p.role_code = r.code
ON CONFLICT DO NOTHING;
