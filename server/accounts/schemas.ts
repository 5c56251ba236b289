import { z } from 'zod';
import { CAPABILITIES } from '../access/principal';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords';

export const slugId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes');
export const userIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const membershipInput = z.strictObject({ businessLineId: slugId, positionId: slugId });

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\s]+$/, 'no spaces'),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().max(MAX_PASSWORD_LENGTH),
  isAdmin: z.boolean().optional(),
  memberships: z.array(membershipInput).max(100).optional(),
});

export const updateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  disabled: z.boolean().optional(),
  /** An administrator's reset; the user's sessions end. */
  password: z.string().max(MAX_PASSWORD_LENGTH).optional(),
  isAdmin: z.boolean().optional(),
});

export const membershipParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  businessLineId: slugId,
  positionId: slugId,
});

export const businessLineBody = z.strictObject({
  id: slugId,
  name: z.string().trim().min(1).max(200),
});
export const renameBody = z.strictObject({ name: z.string().trim().min(1).max(200) });
export const slugParams = z.strictObject({ id: slugId });

export const positionBody = z.strictObject({
  id: slugId,
  name: z.string().trim().min(1).max(200),
  capabilities: z.array(z.enum(CAPABILITIES)).max(CAPABILITIES.length),
});
export const updatePositionBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).max(CAPABILITIES.length).optional(),
});
