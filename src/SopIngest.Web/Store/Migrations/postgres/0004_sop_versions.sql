-- Revised SOPs: a document publishes into a catalogue SOP (sop_id), its own (the document id) or, when it is a
-- revision of an SOP already published, that one; sop_link says why ('own', 'matched': same unit and title,
-- 'reviewer': a reviewer said so). Versions are numbered per SOP, and a publication keeps its override reason.
ALTER TABLE documents ADD COLUMN sop_id uuid NULL;
UPDATE documents SET sop_id = id;
ALTER TABLE documents ALTER COLUMN sop_id SET NOT NULL;
ALTER TABLE documents ADD COLUMN sop_link text NOT NULL DEFAULT 'own';
CREATE INDEX ix_documents_sop ON documents (sop_id);

ALTER TABLE publications ADD COLUMN sop_id uuid NULL;
UPDATE publications SET sop_id = document_id;
ALTER TABLE publications ALTER COLUMN sop_id SET NOT NULL;
ALTER TABLE publications ADD COLUMN error_flags integer NOT NULL DEFAULT 0;
ALTER TABLE publications ADD COLUMN override_reason text NULL;
DROP INDEX ix_publications_document_version;
CREATE UNIQUE INDEX ix_publications_sop_version ON publications (sop_id, version);
CREATE INDEX ix_publications_document ON publications (document_id, version);
