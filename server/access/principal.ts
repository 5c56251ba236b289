import type { Membership } from './audience';

export const CAPABILITIES = ['agent', 'lead', 'author', 'reviewer', 'admin'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface PrincipalMembership extends Membership {
  capabilities: Capability[];
}

/** The signed-in user of one request, loaded fresh from the store for every request. */
export interface Principal {
  userId: number;
  username: string;
  displayName: string;
  isAdmin: boolean;
  sessionId: number;
  memberships: PrincipalMembership[];
}

/** Global administrators hold every capability everywhere. */
export function hasCapability(principal: Principal, capability: Capability): boolean {
  return (
    principal.isAdmin || principal.memberships.some((m) => m.capabilities.includes(capability))
  );
}

/** Business lines where the principal holds `capability` (leads' notices, line administrators). */
export function linesWithCapability(principal: Principal, capability: Capability): Set<string> {
  return new Set(
    principal.memberships
      .filter((m) => m.capabilities.includes(capability))
      .map((m) => m.businessLineId),
  );
}

export function capabilitiesOf(principal: Principal): Capability[] {
  if (principal.isAdmin) return [...CAPABILITIES];
  const held = new Set(principal.memberships.flatMap((m) => m.capabilities));
  return CAPABILITIES.filter((c) => held.has(c));
}
