import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReport as Report } from '../../../../../shared/workstation/authoring';
import { errorMessage } from '../../../bridge/call-failure';
import { useApi, useSessionStore } from '../../../stores/stores-context';
import type { KnowledgeTabProps } from '../tab-props';
import { onlyOwner, ownerNames } from './audit-rows';
import { DueTable, OwnersTable, StaleTable } from './AuditTables';
import '../../../styles/knowledge-audit.css';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; report: Report; at: Date }
  | { status: 'failed'; offline: boolean; message: string };

/** Audits (R16): reviews overdue or due soon, stale content, and each owner's share of it. */
export function AuditReport({ navigate }: KnowledgeTabProps) {
  const { t } = useTranslation();
  const id = useId();
  const api = useApi();
  const me = useSessionStore((s) => (s.session?.status === 'signed-in' ? s.session : null));
  // Authors look after their own articles; reviewers start from everybody's.
  const reviewer = me?.capabilities.some((c) => c === 'reviewer' || c === 'admin') ?? false;
  const [mine, setMine] = useState(!reviewer);
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const fetchReport = useCallback(() => {
    api.authoring({ op: 'auditReport' }).then(
      (outcome) =>
        setLoad(
          outcome.ok
            ? { status: 'ready', report: outcome.report, at: new Date() }
            : {
                status: 'failed',
                offline: outcome.problem === 'offline',
                message: outcome.message,
              },
        ),
      (err: unknown) => setLoad({ status: 'failed', offline: false, message: errorMessage(err) }),
    );
  }, [api]);
  useEffect(fetchReport, [fetchReport]);
  const reload = (): void => {
    setLoad({ status: 'loading' });
    fetchReport();
  };

  const shown = useMemo(
    () =>
      load.status === 'ready'
        ? onlyOwner(load.report, mine ? (me?.user.username ?? null) : null)
        : null,
    [load, mine, me],
  );
  const names = useMemo(() => (shown ? ownerNames(shown) : new Map<string, string>()), [shown]);

  return (
    <section className="audit" aria-labelledby={`${id}-title`} data-testid="knowledge-audit">
      <h2 id={`${id}-title`}>{t('knowledge.audit.title')}</h2>
      <div className="audit-toolbar">
        <label className="check">
          <input
            type="checkbox"
            checked={mine}
            data-testid="audit-mine"
            onChange={(e) => setMine(e.target.checked)}
          />
          <span>{t('knowledge.audit.onlyMine')}</span>
        </label>
        <button type="button" className="button ghost" onClick={reload}>
          {t('knowledge.audit.refresh')}
        </button>
      </div>
      {load.status === 'loading' && (
        <p className="muted" role="status">
          {t('knowledge.loading')}
        </p>
      )}
      {load.status === 'failed' && (
        <div className="notice-box error" role="alert" data-testid="audit-failed">
          <p>
            {load.offline
              ? t('knowledge.audit.offline')
              : t('knowledge.audit.failed', { message: load.message })}
          </p>
          <button type="button" className="button" onClick={reload}>
            {t('knowledge.audit.retry')}
          </button>
        </div>
      )}
      {load.status === 'ready' && shown && (
        <>
          <p className="muted">
            {t('knowledge.audit.intro', {
              dueSoonDays: shown.dueSoonDays,
              staleDays: shown.staleDays,
            })}
          </p>
          <DueTable
            kind="overdue"
            rows={shown.overdue}
            names={names}
            now={load.at}
            navigate={navigate}
          />
          <DueTable
            kind="dueSoon"
            rows={shown.dueSoon}
            names={names}
            now={load.at}
            navigate={navigate}
          />
          <StaleTable report={shown} names={names} navigate={navigate} />
          <OwnersTable report={shown} />
        </>
      )}
    </section>
  );
}
