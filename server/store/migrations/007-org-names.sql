-- Business lines and positions named in every content language (issue 8: audiences and the
-- follow-up per team are read by leads in their own language). `name` stays the administrators'
-- one name and the fallback; `names` holds {"en": …, "hu": …} where known.
ALTER TABLE business_lines ADD COLUMN names jsonb NOT NULL DEFAULT '{}'::jsonb
  CHECK (jsonb_typeof(names) = 'object');
ALTER TABLE positions ADD COLUMN names jsonb NOT NULL DEFAULT '{}'::jsonb
  CHECK (jsonb_typeof(names) = 'object');
