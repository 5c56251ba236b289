import type { AgentApi } from '../../../shared/api';
import { createWebBridge } from './web-bridge';

/** The Electron preload's `window.cuecard` when present; otherwise web mode's bridge to the page's own host. */
export function getAgentApi(): AgentApi {
  return window.cuecard ?? createWebBridge({ baseUrl: window.location.origin });
}
