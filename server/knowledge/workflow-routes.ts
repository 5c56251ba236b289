import type { Api } from '../http/api';

/** Workflow, versions, audits and owners' work (issue 9 items 3–5): helper S1. */
export function registerWorkflowRoutes(_api: Api): void {}
