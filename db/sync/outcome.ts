/** What one applied batch changed, by id: what the sync client tells the UI about. */
export interface BatchOutcome {
  added: string[];
  changed: string[];
  removed: string[];
  /** Notices this replica did not have before. */
  noticesAdded: string[];
  /** Notices it had that came with a new reminder from their lead. */
  noticesReminded: string[];
  /** Any notice written or removed (the notice lists change). */
  noticesChanged: boolean;
  /** Records written or removed (not counting ones already up to date). */
  written: number;
}

export function emptyOutcome(): BatchOutcome {
  return {
    added: [],
    changed: [],
    removed: [],
    noticesAdded: [],
    noticesReminded: [],
    noticesChanged: false,
    written: 0,
  };
}
