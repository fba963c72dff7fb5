-- 有效期届满失效: the nightly job stores the end of a document's validity as status EXPIRED (已失效).
COMMENT ON COLUMN nd_document.status IS '环节与效力：立项、起草、征求意见、意见处理完毕、公平竞争审查、合法性审核、审议、登记编号、公布、有效期届满失效（EXPIRED，每日任务按有效期写入）、废止、宣布失效';

-- the nightly job looks for published documents whose last valid day has passed
CREATE INDEX idx_nd_document_expiry ON nd_document (county_code, status, expires_on);
