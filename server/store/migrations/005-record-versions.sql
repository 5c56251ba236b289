-- Record versions (what workstations compare to tell a newer copy from one they hold) come from
-- one sequence instead of a counter per row. With a counter, an article deleted and created
-- again under the same id started over at 1, and a workstation that was offline across both
-- kept its old copy with its higher version: found by the workstation sync property test.
CREATE SEQUENCE record_version AS integer;
SELECT setval('record_version', greatest(
  1,
  (SELECT coalesce(max(version), 0) FROM articles),
  (SELECT coalesce(max(version), 0) FROM categories),
  (SELECT coalesce(max(version), 0) FROM trees),
  (SELECT coalesce(max(version), 0) FROM notices),
  (SELECT coalesce(max(version), 0) FROM synonym_sets)
));
ALTER TABLE articles ALTER COLUMN version SET DEFAULT nextval('record_version');
ALTER TABLE categories ALTER COLUMN version SET DEFAULT nextval('record_version');
ALTER TABLE trees ALTER COLUMN version SET DEFAULT nextval('record_version');
ALTER TABLE notices ALTER COLUMN version SET DEFAULT nextval('record_version');
ALTER TABLE synonym_sets ALTER COLUMN version SET DEFAULT nextval('record_version');
