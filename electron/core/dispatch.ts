import type { AgentCalls } from '../../shared/api';
import { parseAgentCall } from '../../shared/api-schema';
import type { CallResponse } from '../../shared/web-protocol';

/**
 * The one entry point for calls arriving from outside AgentCore (Electron IPC or web mode's HTTP).
 * Arguments are validated against shared/api-schema.ts first; this never throws.
 */
export async function dispatchCall(
  core: AgentCalls,
  name: string,
  args: unknown,
): Promise<CallResponse> {
  const call = parseAgentCall(name, args);
  if (!call.ok) return { ok: false, error: call.error };
  try {
    const method = core[call.name] as (...a: unknown[]) => Promise<unknown>;
    const value = await method.apply(core, call.args);
    return { ok: true, value };
  } catch (err) {
    console.error(`[cuecard] ${call.name} failed:`, err);
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message } };
  }
}
