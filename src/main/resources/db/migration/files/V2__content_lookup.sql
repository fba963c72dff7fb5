-- The content sweeper asks, for a stored file, whether any attachment of any county still holds it: by hash alone.
CREATE INDEX idx_files_attachment_content ON files_attachment (sha256);
COMMENT ON INDEX idx_files_attachment_content IS '按内容哈希查附件（清理无主内容文件时用）';
