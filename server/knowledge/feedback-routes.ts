import type { Api } from '../http/api';

/** The feedback inbox and agents' suggested edits (issue 9 item 6): helper S2. */
export function registerFeedbackRoutes(_api: Api): void {}
