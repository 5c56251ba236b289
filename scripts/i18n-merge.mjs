#!/usr/bin/env node
// Deep-merges keys into one locale file in a single read-modify-write:
//   node scripts/i18n-merge.mjs <lng> '<json object>'   (or a path to a .json file)
// Several people adding keys at once never overwrite each other's (never hold a stale copy).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
const [lng, arg] = process.argv.slice(2);
if (!lng || !arg) {
  console.error("usage: node scripts/i18n-merge.mjs <en|zh-CN|zh-TW|hu|id> '<json>'|file.json");
  process.exit(2);
}
const add = JSON.parse(existsSync(arg) ? readFileSync(arg, 'utf8') : arg);
const file = new URL(`../renderer/locales/${lng}.json`, import.meta.url);
const target = JSON.parse(readFileSync(file, 'utf8'));
const merge = (into, from) => {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) merge((into[k] ??= {}), v);
    else into[k] = v;
  }
};
merge(target, add);
writeFileSync(file, `${JSON.stringify(target, null, 2)}\n`);
