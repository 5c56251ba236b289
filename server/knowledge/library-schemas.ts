import { z } from 'zod';
import { contentLanguageSchema } from '../../shared/sync/records';
import {
  ATTACHMENT_TYPES,
  CONVERT_FORMATS,
  MAX_ATTACHMENT_BYTES,
  MAX_CONVERT_BYTES,
} from '../../shared/workstation/authoring-constants';
import { contentId } from './schemas';

/** Request bodies of the library routes: the shapes AUTHORING_ROUTES sends (shared/workstation/authoring.ts). */

export const saveCategoryBody = z.strictObject({
  parentId: contentId.nullable(),
  names: z.partialRecord(contentLanguageSchema, z.string().max(200)),
});

export const moveCategoryBody = z.strictObject({
  parentId: contentId.nullable(),
  index: z.number().int().min(0).max(100_000),
});

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
/** Room for the JSON around the data. */
const ENVELOPE = 64 * 1024;
/**
 * Attachments a little over the limit still arrive, so the route can say how big the file is and
 * what the limit is (413); far bigger requests are cut off by Fastify's own 413.
 */
const ATTACHMENT_SLACK = 2 * 1024 * 1024;

export const CONVERT_BODY_LIMIT = base64Length(MAX_CONVERT_BYTES) + ENVELOPE;
export const ATTACHMENT_BODY_LIMIT =
  base64Length(MAX_ATTACHMENT_BYTES + ATTACHMENT_SLACK) + ENVELOPE;

const base64 = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const convertBody = z.strictObject({
  name: z.string().min(1).max(255),
  format: z.enum(CONVERT_FORMATS),
  dataBase64: base64(base64Length(MAX_CONVERT_BYTES)),
});

export const attachmentBody = z.strictObject({
  name: z.string().min(1).max(255),
  mime: z.enum(ATTACHMENT_TYPES),
  dataBase64: base64(ATTACHMENT_BODY_LIMIT),
});

export const attachmentParams = z.strictObject({
  id: z.string().max(100),
  name: z.string().max(1000),
});
