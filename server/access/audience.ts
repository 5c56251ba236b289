import { z } from 'zod';

const lineOrPositionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

/**
 * Who may see an entity. Empty lists mean "any": both empty is everyone. Matched per membership:
 * `{businessLines: [cards], positions: [team-lead]}` is for leads *in cards*, not for a lead in
 * mobile who also happens to be an agent in cards.
 */
export const audienceSchema = z.strictObject({
  businessLines: z.array(lineOrPositionId).max(100).default([]),
  positions: z.array(lineOrPositionId).max(100).default([]),
});
export type Audience = z.output<typeof audienceSchema>;

export interface Membership {
  businessLineId: string;
  positionId: string;
}

export const EVERYONE: Audience = Object.freeze({ businessLines: [], positions: [] }) as Audience;

export function normalizeAudience(audience: Audience | undefined): Audience {
  if (!audience) return { businessLines: [], positions: [] };
  return {
    businessLines: [...new Set(audience.businessLines)].sort(),
    positions: [...new Set(audience.positions)].sort(),
  };
}

export function isEveryone(audience: Audience): boolean {
  return audience.businessLines.length === 0 && audience.positions.length === 0;
}

/** The one visibility rule: every route and every feed row goes through here. */
export function audienceAllows(audience: Audience, memberships: readonly Membership[]): boolean {
  if (isEveryone(audience)) return true;
  return memberships.some(
    (m) =>
      (audience.businessLines.length === 0 || audience.businessLines.includes(m.businessLineId)) &&
      (audience.positions.length === 0 || audience.positions.includes(m.positionId)),
  );
}

/** Reads an audience stored as jsonb; anything malformed is treated as visible to nobody. */
export function audienceFromJson(value: unknown): Audience {
  const parsed = audienceSchema.safeParse(value);
  return parsed.success ? parsed.data : { businessLines: ['-nobody-'], positions: [] };
}

const membershipsJson = z.array(z.object({ businessLineId: z.string(), positionId: z.string() }));

export function membershipsFromJson(value: unknown): Membership[] {
  const parsed = membershipsJson.safeParse(value);
  return parsed.success ? parsed.data : [];
}
