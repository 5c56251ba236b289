import type { AgentApi } from '../../../shared/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in web mode. */
    readonly cuecard?: AgentApi;
  }
}

export {};
