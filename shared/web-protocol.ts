/**
 * Web mode's wire format for the AgentApi contract (DESIGN.md "web mode").
 * Calls:  POST {CALL_PATH}/<callName>  body: JSON array of arguments
 *         → 200 { ok: true, value }  |  4xx/5xx { ok: false, error: AgentCallError }
 * Events: WebSocket at {EVENTS_PATH}; the host sends { event, payload } frames.
 */
import type { AgentCallError, AgentEventName, AgentEvents } from './api';

export const CALL_PATH = '/api/call';
export const EVENTS_PATH = '/api/events';
/** Larger bodies are refused with 413 before they are parsed. */
export const MAX_CALL_BODY_BYTES = 256 * 1024;

export type CallResponse = { ok: true; value: unknown } | { ok: false; error: AgentCallError };

export type EventFrame = {
  [E in AgentEventName]: { event: E; payload: AgentEvents[E] };
}[AgentEventName];
