/**
 * Advisory lock keys (pg_advisory_xact_lock). Constants, so every server instance on one
 * database agrees on them. The values are ASCII tags: "CUEF" (feed) and "CUEM" (migrations).
 */
export const FEED_LOCK = 0x43554546;
export const MIGRATION_LOCK = 0x4355454d;
