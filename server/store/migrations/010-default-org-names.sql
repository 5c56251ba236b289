-- The default business line and positions every fresh store starts with, named in every content
-- language (they appear in audience pickers; before, only English was stored). Names an
-- administrator has set are kept.
UPDATE business_lines SET names = '{"en": "General", "zh-Hans": "通用", "zh-Hant": "一般", "hu": "Általános", "id": "Umum"}'::jsonb
 WHERE id = 'general' AND names = '{}'::jsonb;
UPDATE positions SET names = '{"en": "Agent", "zh-Hans": "坐席", "zh-Hant": "客服專員", "hu": "Ügyintéző", "id": "Agen"}'::jsonb
 WHERE id = 'agent' AND names = '{}'::jsonb;
UPDATE positions SET names = '{"en": "Team lead", "zh-Hans": "组长", "zh-Hant": "組長", "hu": "Csoportvezető", "id": "Ketua tim"}'::jsonb
 WHERE id = 'team-lead' AND names = '{}'::jsonb;
UPDATE positions SET names = '{"en": "Knowledge author", "zh-Hans": "知识作者", "zh-Hant": "知識作者", "hu": "Tudásszerző", "id": "Penulis pengetahuan"}'::jsonb
 WHERE id = 'author' AND names = '{}'::jsonb;
UPDATE positions SET names = '{"en": "Knowledge reviewer", "zh-Hans": "知识审核人", "zh-Hant": "知識審核者", "hu": "Tudásellenőr", "id": "Peninjau pengetahuan"}'::jsonb
 WHERE id = 'reviewer' AND names = '{}'::jsonb;
UPDATE positions SET names = '{"en": "Business-line administrator", "zh-Hans": "业务线管理员", "zh-Hant": "業務線管理員", "hu": "Üzletági adminisztrátor", "id": "Administrator lini bisnis"}'::jsonb
 WHERE id = 'line-admin' AND names = '{}'::jsonb;
