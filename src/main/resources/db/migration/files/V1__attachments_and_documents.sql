-- 附件与文书: attachments (content-addressed), document types and their 发文机关代字, the numbering counters and
-- registry of issued 文号, and the official documents generated from templates.

CREATE TABLE files_attachment (
    id            BIGSERIAL     NOT NULL,
    county_code   CHAR(6)       NOT NULL,
    unit_id       BIGINT        NOT NULL,
    owner_module  VARCHAR(32),
    owner_type    VARCHAR(64),
    owner_id      VARCHAR(64),
    original_name VARCHAR(255)  NOT NULL,
    file_type     VARCHAR(16)   NOT NULL,
    media_type    VARCHAR(128)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_files_attachment PRIMARY KEY (id),
    CONSTRAINT ck_files_attachment_size CHECK (size_bytes > 0),
    CONSTRAINT ck_files_attachment_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX idx_files_attachment_unit ON files_attachment (county_code, unit_id, uploaded_at DESC);
CREATE INDEX idx_files_attachment_owner ON files_attachment (county_code, owner_module, owner_type, owner_id);
CREATE INDEX idx_files_attachment_sha256 ON files_attachment (county_code, sha256);
COMMENT ON TABLE files_attachment IS '附件（内容按 SHA-256 寻址存储，相同内容只存一份，每次上传各有一条记录）';
COMMENT ON COLUMN files_attachment.id IS '主键';
COMMENT ON COLUMN files_attachment.county_code IS '所属县（租户）行政区划代码';
COMMENT ON COLUMN files_attachment.unit_id IS '所属单位';
COMMENT ON COLUMN files_attachment.owner_module IS '所属业务模块，如 reconsideration、files';
COMMENT ON COLUMN files_attachment.owner_type IS '所属业务对象类型，如 recon_case、files_document';
COMMENT ON COLUMN files_attachment.owner_id IS '所属业务对象标识';
COMMENT ON COLUMN files_attachment.original_name IS '原始文件名';
COMMENT ON COLUMN files_attachment.file_type IS '文件类型（按扩展名与文件头共同判定）：PDF DOCX XLSX DOC XLS JPEG PNG OFD';
COMMENT ON COLUMN files_attachment.media_type IS '媒体类型（MIME）';
COMMENT ON COLUMN files_attachment.size_bytes IS '文件大小（字节）';
COMMENT ON COLUMN files_attachment.sha256 IS '内容 SHA-256 哈希（小写十六进制），也是存储位置';
COMMENT ON COLUMN files_attachment.uploaded_by IS '上传人';
COMMENT ON COLUMN files_attachment.uploaded_at IS '上传时间';

CREATE TABLE files_doc_type (
    id          BIGSERIAL    NOT NULL,
    county_code CHAR(6)      NOT NULL,
    unit_id     BIGINT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    suffix      VARCHAR(10)  NOT NULL DEFAULT '',
    prefix      VARCHAR(20),
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_files_doc_type PRIMARY KEY (id),
    CONSTRAINT ck_files_doc_type_code CHECK (code ~ '^[a-z][a-z0-9-]*$')
);
CREATE UNIQUE INDEX uk_files_doc_type ON files_doc_type (county_code, COALESCE(unit_id, 0), code);
COMMENT ON TABLE files_doc_type IS '文书类型与发文字号代字（县 000000 且单位为空的行是平台默认类型）';
COMMENT ON COLUMN files_doc_type.id IS '主键';
COMMENT ON COLUMN files_doc_type.county_code IS '所属县（租户）；000000 表示平台默认';
COMMENT ON COLUMN files_doc_type.unit_id IS '单位；为空表示适用于全县（或平台）的默认设置';
COMMENT ON COLUMN files_doc_type.code IS '文书类型代码，如 letter、reconsideration';
COMMENT ON COLUMN files_doc_type.name IS '文书类型名称';
COMMENT ON COLUMN files_doc_type.suffix IS '类型代字后缀，接在单位发文机关代字之后（如 示政 + 复 = 示政复）';
COMMENT ON COLUMN files_doc_type.prefix IS '完整代字；设置后替代“单位代字 + 后缀”';
COMMENT ON COLUMN files_doc_type.created_at IS '创建时间';
COMMENT ON COLUMN files_doc_type.created_by IS '创建人';
COMMENT ON COLUMN files_doc_type.updated_at IS '修改时间';
COMMENT ON COLUMN files_doc_type.updated_by IS '修改人';
COMMENT ON COLUMN files_doc_type.version IS '版本（乐观锁）';

INSERT INTO files_doc_type (county_code, unit_id, code, name, suffix, created_at, created_by, updated_at, updated_by) VALUES
 ('000000', NULL, 'notice',          '通用发文',         '',   now(), 'system', now(), 'system'),
 ('000000', NULL, 'letter',          '函',               '函', now(), 'system', now(), 'system'),
 ('000000', NULL, 'reconsideration', '行政复议文书',     '复', now(), 'system', now(), 'system');

CREATE TABLE files_doc_counter (
    county_code CHAR(6)     NOT NULL,
    prefix      VARCHAR(20) NOT NULL,
    year        INT         NOT NULL,
    last_serial INT         NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_files_doc_counter PRIMARY KEY (county_code, prefix, year),
    CONSTRAINT ck_files_doc_counter_serial CHECK (last_serial > 0)
);
COMMENT ON TABLE files_doc_counter IS '文号计数器（每个代字每年一个序列；行锁保证并发不重号，回滚不跳号）';
COMMENT ON COLUMN files_doc_counter.county_code IS '所属县（租户）';
COMMENT ON COLUMN files_doc_counter.prefix IS '发文机关代字';
COMMENT ON COLUMN files_doc_counter.year IS '年份';
COMMENT ON COLUMN files_doc_counter.last_serial IS '已使用的最大顺序号';
COMMENT ON COLUMN files_doc_counter.updated_at IS '最后取号时间';

CREATE TABLE files_doc_number (
    id          BIGSERIAL    NOT NULL,
    county_code CHAR(6)      NOT NULL,
    unit_id     BIGINT       NOT NULL,
    doc_type    VARCHAR(32)  NOT NULL,
    prefix      VARCHAR(20)  NOT NULL,
    year        INT          NOT NULL,
    serial      INT          NOT NULL,
    number_text VARCHAR(50)  NOT NULL,
    issued_by   VARCHAR(64)  NOT NULL,
    issued_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_files_doc_number PRIMARY KEY (id),
    CONSTRAINT uk_files_doc_number UNIQUE (county_code, prefix, year, serial)
);
CREATE INDEX idx_files_doc_number_unit ON files_doc_number (county_code, unit_id, doc_type, year);
COMMENT ON TABLE files_doc_number IS '文号登记簿：已编发的发文字号（文号/案号），县内同一代字同一年份的顺序号唯一';
COMMENT ON COLUMN files_doc_number.id IS '主键';
COMMENT ON COLUMN files_doc_number.county_code IS '所属县（租户）';
COMMENT ON COLUMN files_doc_number.unit_id IS '发文单位';
COMMENT ON COLUMN files_doc_number.doc_type IS '文书类型代码';
COMMENT ON COLUMN files_doc_number.prefix IS '发文机关代字';
COMMENT ON COLUMN files_doc_number.year IS '年份';
COMMENT ON COLUMN files_doc_number.serial IS '发文顺序号';
COMMENT ON COLUMN files_doc_number.number_text IS '发文字号全文，如 示政复〔2026〕3号';
COMMENT ON COLUMN files_doc_number.issued_by IS '取号人';
COMMENT ON COLUMN files_doc_number.issued_at IS '取号时间';

CREATE TABLE files_document (
    id                BIGSERIAL    NOT NULL,
    county_code       CHAR(6)      NOT NULL,
    unit_id           BIGINT       NOT NULL,
    doc_type          VARCHAR(32)  NOT NULL,
    template          VARCHAR(64)  NOT NULL,
    title             VARCHAR(300) NOT NULL,
    number_id         BIGINT,
    number_text       VARCHAR(50),
    document_date     DATE         NOT NULL,
    attachment_id     BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    pdf_attachment_id BIGINT,
    owner_module      VARCHAR(32),
    owner_type        VARCHAR(64),
    owner_id          VARCHAR(64),
    generated_by      VARCHAR(64)  NOT NULL,
    generated_at      TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    updated_by        VARCHAR(64)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_files_document PRIMARY KEY (id),
    CONSTRAINT fk_files_document_number FOREIGN KEY (number_id) REFERENCES files_doc_number (id),
    CONSTRAINT fk_files_document_attachment FOREIGN KEY (attachment_id) REFERENCES files_attachment (id),
    CONSTRAINT fk_files_document_pdf FOREIGN KEY (pdf_attachment_id) REFERENCES files_attachment (id)
);
CREATE INDEX idx_files_document_unit ON files_document (county_code, unit_id, generated_at DESC);
CREATE INDEX idx_files_document_owner ON files_document (county_code, owner_module, owner_type, owner_id);
COMMENT ON TABLE files_document IS '生成的公文（按 GB/T 9704 模板生成的 Word 文书及其 PDF）';
COMMENT ON COLUMN files_document.id IS '主键';
COMMENT ON COLUMN files_document.county_code IS '所属县（租户）';
COMMENT ON COLUMN files_document.unit_id IS '发文单位';
COMMENT ON COLUMN files_document.doc_type IS '文书类型代码';
COMMENT ON COLUMN files_document.template IS '模板名称，如 official-letter';
COMMENT ON COLUMN files_document.title IS '标题';
COMMENT ON COLUMN files_document.number_id IS '发文字号登记';
COMMENT ON COLUMN files_document.number_text IS '发文字号全文';
COMMENT ON COLUMN files_document.document_date IS '成文日期';
COMMENT ON COLUMN files_document.attachment_id IS 'Word 文件（附件）';
COMMENT ON COLUMN files_document.sha256 IS 'Word 文件的 SHA-256 哈希';
COMMENT ON COLUMN files_document.pdf_attachment_id IS 'PDF 文件（附件），首次下载时生成';
COMMENT ON COLUMN files_document.owner_module IS '所属业务模块';
COMMENT ON COLUMN files_document.owner_type IS '所属业务对象类型';
COMMENT ON COLUMN files_document.owner_id IS '所属业务对象标识';
COMMENT ON COLUMN files_document.generated_by IS '生成人';
COMMENT ON COLUMN files_document.generated_at IS '生成时间';
COMMENT ON COLUMN files_document.updated_at IS '修改时间';
COMMENT ON COLUMN files_document.updated_by IS '修改人';
COMMENT ON COLUMN files_document.version IS '版本（乐观锁）';
