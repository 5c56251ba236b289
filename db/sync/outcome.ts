/** What one applied batch changed, by id: what the sync client tells the UI about. */
export interface BatchOutcome {
  added: string[];
  changed: string[];
  removed: string[];
  /** Notices this replica did not have before. */
  noticesAdded: string[];
  /** Records written or removed (not counting ones already up to date). */
  written: number;
}

export function emptyOutcome(): BatchOutcome {
  return { added: [], changed: [], removed: [], noticesAdded: [], written: 0 };
}
