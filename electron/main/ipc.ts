import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type Unsubscribe } from '../../shared/api';
import type { CallResponse, EventFrame } from '../../shared/web-protocol';
import type { AgentCore } from '../core/agent-core';
import { dispatchCall } from '../core/dispatch';
import type { ShellWindows } from './windows';

const refused: CallResponse = {
  ok: false,
  error: { code: 'internal', message: 'Call refused: it did not come from a Cuecard window.' },
};

/**
 * Hands contract calls from our windows to AgentCore (dispatchCall validates the arguments) and
 * pushes AgentCore's events to every window. Returns a function that undoes both.
 */
export function connectIpc(
  core: AgentCore,
  windows: ShellWindows,
  isAppUrl: (url: string) => boolean,
): Unsubscribe {
  // Only the top frame of one of our windows, showing our renderer, may call: not an iframe, not
  // a page that somehow got navigated elsewhere.
  const isTrustedSender = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return (
      frame !== null &&
      frame.parent === null &&
      windows.owns(event.sender.id) &&
      isAppUrl(frame.url)
    );
  };

  ipcMain.handle(
    IPC_CALL_CHANNEL,
    async (event, name: unknown, args: unknown): Promise<CallResponse> => {
      if (!isTrustedSender(event)) {
        console.warn(`[cuecard] refused IPC call from ${event.senderFrame?.url ?? 'a gone frame'}`);
        return refused;
      }
      if (typeof name !== 'string') {
        return {
          ok: false,
          error: { code: 'unknown-call', message: 'Call name must be a string.' },
        };
      }
      return dispatchCall(core, name, args);
    },
  );

  const offEvents = core.onAny((event, payload) => {
    const frame = { event, payload } as EventFrame;
    for (const win of windows.all()) win.webContents.send(IPC_EVENT_CHANNEL, frame);
  });

  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    offEvents();
  };
}
