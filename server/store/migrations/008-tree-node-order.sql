-- Keep a tree document as the author wrote it (issue 7): jsonb sorts object keys, so the editor
-- got the nodes back in another order than they were saved in. `json` keeps the text as sent.
-- Versions saved before this migration keep jsonb's order.
ALTER TABLE tree_versions ALTER COLUMN document TYPE json USING document::json;
