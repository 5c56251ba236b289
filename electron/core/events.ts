import {
  AGENT_EVENT_NAMES,
  type AgentEventName,
  type AgentEvents,
  type Unsubscribe,
} from '../../shared/api';

type Listener<E extends AgentEventName> = (payload: AgentEvents[E]) => void;

/** A typed event hub: AgentCore emits, every transport (IPC, WebSocket) subscribes. */
export class AgentEventHub {
  private readonly listeners = new Map<AgentEventName, Set<Listener<AgentEventName>>>();

  on<E extends AgentEventName>(event: E, listener: Listener<E>): Unsubscribe {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    const stored = listener as Listener<AgentEventName>;
    set.add(stored);
    return () => {
      set.delete(stored);
    };
  }

  /** Subscribe to every event, e.g. to forward them over a transport. */
  onAny(
    listener: <E extends AgentEventName>(event: E, payload: AgentEvents[E]) => void,
  ): Unsubscribe {
    const offs = AGENT_EVENT_NAMES.map((event) =>
      this.on(event, (payload) => listener(event, payload)),
    );
    return () => offs.forEach((off) => off());
  }

  emit<E extends AgentEventName>(event: E, payload: AgentEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch (err) {
        // One broken subscriber (e.g. a closed window) must not stop the others.
        console.error(`[cuecard] listener for ${event} failed:`, err);
      }
    }
  }
}
