import { useSyncExternalStore } from 'react';
import { PopupWindow } from '../screens/quick-search/PopupWindow';
import { useAppStore } from '../stores/stores-context';
import { isPopupHash } from './route';
import { Shell } from './Shell';
import { LoadingScreen, StartupFailedScreen } from './StartupScreens';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The desktop popup window loads the same renderer with #popup (electron/main/windows.ts). */
function useIsPopup(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isPopupHash(window.location.hash),
    () => false,
  );
}

export function App() {
  const app = useAppStore((s) => s.app);
  const popup = useIsPopup();
  switch (app.status) {
    case 'loading':
      return <LoadingScreen />;
    case 'failed':
      return <StartupFailedScreen message={app.message} />;
    case 'ready':
      return popup ? <PopupWindow /> : <Shell />;
  }
}
