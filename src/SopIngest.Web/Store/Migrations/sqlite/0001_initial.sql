-- SOP store, version 1 (SQLite). Types follow what EF Core's SQLite provider reads and writes:
-- GUIDs and timestamps as TEXT.
CREATE TABLE documents (
    id TEXT NOT NULL PRIMARY KEY,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NULL,
    detail TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    extractions INTEGER NOT NULL DEFAULT 0,
    job_id TEXT NULL,
    lease_owner TEXT NULL,
    lease_until TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    extracted_at TEXT NULL,
    page_count INTEGER NULL,
    page_images INTEGER NOT NULL DEFAULT 0,
    title TEXT NULL,
    number TEXT NULL,
    unit TEXT NULL,
    current_revision INTEGER NOT NULL DEFAULT 0,
    published_version INTEGER NULL
);
CREATE UNIQUE INDEX ix_documents_sha256 ON documents (sha256);
CREATE INDEX ix_documents_status ON documents (status, created_at);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    comment TEXT NULL,
    json TEXT NOT NULL,
    changes TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_revisions_document_number ON revisions (document_id, number);

CREATE TABLE publications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    revision_number INTEGER NOT NULL,
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_publications_document_version ON publications (document_id, version);

CREATE TABLE flags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    field TEXT NOT NULL
);
CREATE INDEX ix_flags_code ON flags (code, document_id);
CREATE INDEX ix_flags_document ON flags (document_id);
