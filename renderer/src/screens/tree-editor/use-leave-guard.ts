import { useEffect, useLayoutEffect, useRef } from 'react';

/** The part of the Navigation API used here (Chromium, so Electron and our web mode); not in lib.dom yet. */
interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string };
}

function navigationApi(): EventTarget | undefined {
  return (window as unknown as { navigation?: EventTarget }).navigation;
}

/**
 * Asks before the author leaves a draft with unsaved changes: closing or reloading the window
 * (beforeunload), and in-app navigation (the route lives in the URL hash). `stays(hash)` says
 * whether a hash still shows this draft (e.g. "new" becoming the saved id).
 *
 * In-app navigation is caught by the Navigation API's `navigate` event, which comes before the
 * URL changes: by `hashchange` the shell has already re-rendered and this screen is gone.
 */
export function useLeaveGuard(options: {
  dirty: boolean;
  stays: (hash: string) => boolean;
  question: string;
  onLeave: () => void;
}): void {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent): void => {
      if (!latest.current.dirty) return;
      e.preventDefault();
      // Older Chromium (Electron) still needs returnValue set to show the prompt.
      e.returnValue = '';
    };
    const navigate = (e: Event): void => {
      const { dirty, stays, question, onLeave } = latest.current;
      const { destination } = e as NavigateEventLike;
      const target = new URL(destination.url);
      if (target.pathname !== window.location.pathname) return; // a reload or another page
      if (!dirty || stays(target.hash)) return;
      if (!e.cancelable || window.confirm(question)) onLeave();
      else e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    const navigation = navigationApi();
    navigation?.addEventListener('navigate', navigate);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      navigation?.removeEventListener('navigate', navigate);
    };
  }, []);
}
