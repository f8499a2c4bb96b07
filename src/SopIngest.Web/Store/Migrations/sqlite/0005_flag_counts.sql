-- The current revision's flags counted by severity on the document row, so the inbox can sort and page by them
-- in one query; written with the flags themselves.
ALTER TABLE documents ADD COLUMN error_flags INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN warning_flags INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN info_flags INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET
    error_flags = (SELECT COUNT(*) FROM flags f WHERE f.document_id = documents.id AND f.severity = 'error'),
    warning_flags = (SELECT COUNT(*) FROM flags f WHERE f.document_id = documents.id AND f.severity = 'warning'),
    info_flags = (SELECT COUNT(*) FROM flags f WHERE f.document_id = documents.id AND f.severity = 'info');
CREATE INDEX ix_documents_created ON documents (created_at);
CREATE INDEX ix_documents_flags ON documents (error_flags, warning_flags, info_flags);
