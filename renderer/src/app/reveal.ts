import type { Route } from './route';

/** The element ids of the parts of Home a route can point at (`Route.show`). */
export const HOME_PARTS = {
  'whats-new': 'home-whats-new',
  'my-feedback': 'home-my-feedback',
} as const satisfies Record<NonNullable<Route['show']>, string>;

/** Scrolls a part of Home into view and moves focus there, for keyboard and screen-reader users. */
export function revealOnHome(part: NonNullable<Route['show']>): void {
  const target = document.getElementById(HOME_PARTS[part]);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
