import { useAppStore } from '../stores/stores-context';
import { Shell } from './Shell';
import { LoadingScreen, StartupFailedScreen } from './StartupScreens';

export function App() {
  const app = useAppStore((s) => s.app);
  switch (app.status) {
    case 'loading':
      return <LoadingScreen />;
    case 'failed':
      return <StartupFailedScreen message={app.message} />;
    case 'ready':
      return <Shell />;
  }
}
