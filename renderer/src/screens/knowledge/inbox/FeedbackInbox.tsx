import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useApi, useSessionStore } from '../../../stores/stores-context';
import { useMyWorkStore } from '../audit/use-my-work';
import type { KnowledgeTabProps } from '../tab-props';
import { createInboxStore, type InboxScope, type InboxStatus } from './inbox-store';
import { InboxItem } from './InboxItem';
import '../../../styles/knowledge-inbox.css';

/** Reviewers and admins look after everybody's articles; authors see their own inbox. */
function useCanSeeAll(): boolean {
  return useSessionStore(
    (s) =>
      s.session?.status === 'signed-in' &&
      s.session.capabilities.some((c) => c === 'reviewer' || c === 'admin'),
  );
}

function Toggle<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  testId: string;
}) {
  return (
    <div className="segmented" role="group" aria-label={props.label} data-testid={props.testId}>
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="button"
          aria-pressed={props.value === o.value}
          data-value={o.value}
          onClick={() => props.onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** The owners' feedback inbox (R17): flags, votes, questions and suggested edits to answer. */
export function FeedbackInbox({ navigate }: KnowledgeTabProps) {
  const { t } = useTranslation();
  const id = useId();
  const api = useApi();
  const myWork = useMyWorkStore();
  const canSeeAll = useCanSeeAll();
  const store = useMemo(
    () => createInboxStore(api, { onResolved: () => void myWork.getState().refresh() }),
    [api, myWork],
  );
  const { scope, status, open, closed, load } = useStore(store);
  const [done, setDone] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => void store.getState().reload(), [store]);

  const items = status === 'open' ? open : closed;
  const count = (list: unknown[] | null) => (list ? ` (${list.length})` : '');

  return (
    <section className="inbox" aria-labelledby={`${id}-title`} data-testid="knowledge-inbox">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('knowledge.inbox.title')}
      </h2>
      <p className="muted">{t('knowledge.inbox.intro')}</p>
      <div className="inbox-toolbar">
        {canSeeAll && (
          <Toggle<InboxScope>
            label={t('knowledge.inbox.scopeLabel')}
            value={scope}
            testId="inbox-scope"
            options={[
              { value: 'mine', label: t('knowledge.inbox.scope.mine') },
              { value: 'all', label: t('knowledge.inbox.scope.all') },
            ]}
            onChange={(v) => void store.getState().setScope(v)}
          />
        )}
        <Toggle<InboxStatus>
          label={t('knowledge.inbox.statusLabel')}
          value={status}
          testId="inbox-status"
          options={[
            { value: 'open', label: t('knowledge.inbox.status.open') + count(open) },
            { value: 'closed', label: t('knowledge.inbox.status.closed') + count(closed) },
          ]}
          onChange={(v) => store.getState().setStatus(v)}
        />
        <button
          type="button"
          className="button ghost"
          onClick={() => void store.getState().reload()}
        >
          {t('knowledge.inbox.refresh')}
        </button>
      </div>
      <p role="status" className="inbox-done" data-testid="inbox-done">
        {done}
      </p>
      {load.status === 'failed' && (
        <div className="notice-box error" role="alert" data-testid="inbox-failed">
          <p>
            {load.problem === 'offline'
              ? t('knowledge.inbox.offline')
              : t('knowledge.inbox.failed', { message: load.message })}
          </p>
          <button type="button" className="button" onClick={() => void store.getState().reload()}>
            {t('knowledge.inbox.retry')}
          </button>
        </div>
      )}
      {load.status === 'loading' && !items && (
        <p className="muted" role="status">
          {t('knowledge.loading')}
        </p>
      )}
      {items && items.length === 0 && (
        <p className="muted" data-testid="inbox-empty">
          {t(`knowledge.inbox.empty.${status}`)}
        </p>
      )}
      {items && items.length > 0 && (
        <ul className="inbox-list" aria-labelledby={`${id}-title`}>
          {items.map((item) => (
            <InboxItem
              key={item.id}
              item={item}
              navigate={navigate}
              onResolve={async (resolution, reply) => {
                const outcome = await store.getState().resolve(item.id, resolution, reply);
                if (outcome.ok) {
                  setDone(t(`knowledge.inbox.done.${resolution}`));
                  // The item left the list with its form: keep the keyboard in the inbox.
                  heading.current?.focus();
                }
                return outcome;
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
