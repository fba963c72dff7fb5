-- 法定期间: the official holiday schedule (国务院办公厅 annual 部分节假日安排通知) that every working-day deadline uses.
-- Holiday data is nationwide reference data, the same for every county, so these tables carry no county_code.
-- A notice is never edited or deleted: entering a new or corrected notice adds a revision and makes it current.

CREATE TABLE cal_notice (
    id           BIGSERIAL    NOT NULL,
    year         INT          NOT NULL,
    revision     INT          NOT NULL,
    origin       VARCHAR(16)  NOT NULL,
    is_current   BOOLEAN      NOT NULL,
    remark       VARCHAR(500),
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_cal_notice PRIMARY KEY (id),
    CONSTRAINT ck_cal_notice_year CHECK (year BETWEEN 1990 AND 2100)
);
CREATE UNIQUE INDEX uk_cal_notice_revision ON cal_notice (year, revision);
CREATE UNIQUE INDEX uk_cal_notice_current ON cal_notice (year) WHERE is_current;
COMMENT ON TABLE cal_notice IS '节假日安排通知（每年一份国务院办公厅通知，按修订版本保存，全国通用）';
COMMENT ON COLUMN cal_notice.id IS '主键';
COMMENT ON COLUMN cal_notice.year IS '通知所属年度（以通知标题年份为准，可含上年末的调休日期）';
COMMENT ON COLUMN cal_notice.revision IS '修订版本号，从1开始';
COMMENT ON COLUMN cal_notice.origin IS '来源：BUNDLED随系统发布的数据（holiday-cn，MIT） ENTERED管理员录入';
COMMENT ON COLUMN cal_notice.is_current IS '是否为该年度现行版本';
COMMENT ON COLUMN cal_notice.remark IS '备注';
COMMENT ON COLUMN cal_notice.created_at IS '录入时间';
COMMENT ON COLUMN cal_notice.created_by IS '录入人';
COMMENT ON COLUMN cal_notice.updated_at IS '修改时间';
COMMENT ON COLUMN cal_notice.updated_by IS '修改人';
COMMENT ON COLUMN cal_notice.version IS '版本（乐观锁）';

CREATE TABLE cal_notice_paper (
    notice_id  BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    url        VARCHAR(500) NOT NULL,
    title      VARCHAR(200),
    CONSTRAINT pk_cal_notice_paper PRIMARY KEY (notice_id, seq),
    CONSTRAINT fk_cal_notice_paper_notice FOREIGN KEY (notice_id) REFERENCES cal_notice (id)
);
COMMENT ON TABLE cal_notice_paper IS '节假日安排通知的来源文件（没有来源文件的年度视为未知年度）';
COMMENT ON COLUMN cal_notice_paper.notice_id IS '所属通知版本';
COMMENT ON COLUMN cal_notice_paper.seq IS '序号';
COMMENT ON COLUMN cal_notice_paper.url IS '通知原文网址（中国政府网）';
COMMENT ON COLUMN cal_notice_paper.title IS '通知标题';

CREATE TABLE cal_day (
    notice_id  BIGINT       NOT NULL,
    day        DATE         NOT NULL,
    is_off_day BOOLEAN      NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_cal_day PRIMARY KEY (notice_id, day),
    CONSTRAINT fk_cal_day_notice FOREIGN KEY (notice_id) REFERENCES cal_notice (id)
);
CREATE INDEX idx_cal_day_day ON cal_day (day);
COMMENT ON TABLE cal_day IS '通知列明的放假日与调休上班日（未列明的日期：周一至周五上班，周六周日休息）';
COMMENT ON COLUMN cal_day.notice_id IS '所属通知版本';
COMMENT ON COLUMN cal_day.day IS '日期';
COMMENT ON COLUMN cal_day.is_off_day IS '是否放假：TRUE法定节假日放假 FALSE调休上班';
COMMENT ON COLUMN cal_day.name IS '节日名称，如 春节、国庆节、中秋节';
