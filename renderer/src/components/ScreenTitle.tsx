import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a screen. It takes focus when the screen opens (unless the screen focuses
 * something more useful), so keyboard and screen-reader users land at the new content.
 */
export function ScreenTitle({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: true });
  }, [focus]);
  return (
    <h1 ref={ref} className="screen-title" data-testid="screen-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
