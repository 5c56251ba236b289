import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { mayOpen } from '../../../app/route';
import { useApi, useSessionStore, useStores } from '../../../stores/stores-context';
import '../../../styles/work-badge.css';
import { myWorkStoreFor, workBadges, type MyWorkStore, type WorkBadges } from './my-work-store';

export function useMyWorkStore(): MyWorkStore {
  const api = useApi();
  return useMemo(() => myWorkStoreFor(api), [api]);
}

export function useWorkBadges(): WorkBadges {
  const work = useStore(useMyWorkStore(), (s) => s.work);
  return useMemo(() => workBadges(work), [work]);
}

/**
 * Follows the signed-in owner's to-do counts from the moment the session has the capability
 * (at sign-in too), and reminds once per app start when reviews are overdue (R16).
 */
export function useFollowMyWork(): void {
  const store = useMyWorkStore();
  const toasts = useStores().toasts;
  const owner = useSessionStore(
    (s) => s.session?.status === 'signed-in' && mayOpen('knowledge', s.session.capabilities),
  );
  const user = useSessionStore((s) =>
    s.session?.status === 'signed-in' ? s.session.user.username : null,
  );
  useEffect(() => {
    if (!owner) return;
    return store.getState().start((overdue) => toasts.getState().remindOverdue(overdue));
  }, [owner, user, store, toasts]);
}
