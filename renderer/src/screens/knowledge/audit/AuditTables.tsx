import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReport } from '../../../../../shared/workstation/authoring';
import { formatRoute, type Route } from '../../../app/route';
import { formatDate, formatNumber } from '../../../lib/format';
import { daysLeft, daysOverdue } from './audit-rows';

type Row = AuditReport['overdue'][number];

function EditorLink(props: { row: Row; navigate: (route: Route) => void }) {
  const route: Route = { section: 'knowledge', doc: props.row.id };
  return (
    <a
      href={formatRoute(route)}
      data-testid="audit-open"
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        props.navigate(route);
      }}
    >
      {props.row.title || props.row.id}
    </a>
  );
}

function dateOnly(iso: string | null, locale: string): string {
  return iso ? formatDate(iso, locale) : '';
}

/** One part of the report: its heading with the count, and a sentence when it is empty. */
function AuditPart(props: {
  part: 'overdue' | 'dueSoon' | 'stale';
  count: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="audit-part" data-testid={`audit-${props.part}`}>
      <h3>
        {t(`knowledge.audit.${props.part}.title`)} <span className="muted">({props.count})</span>
      </h3>
      {props.count === 0 ? (
        <p className="muted">{t(`knowledge.audit.${props.part}.none`)}</p>
      ) : (
        props.children
      )}
    </section>
  );
}

/** Overdue or due soon: each row opens the editor (R16). */
export function DueTable(props: {
  kind: 'overdue' | 'dueSoon';
  rows: Row[];
  names: Map<string, string>;
  now: Date;
  navigate: (route: Route) => void;
}) {
  const { t, i18n } = useTranslation();
  const { kind } = props;
  return (
    <AuditPart part={kind} count={props.rows.length}>
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('knowledge.audit.col.title')}</th>
            <th scope="col">{t('knowledge.audit.col.owner')}</th>
            <th scope="col">{t('knowledge.audit.col.due')}</th>
            <th scope="col" className="num">
              {t(
                kind === 'overdue'
                  ? 'knowledge.audit.col.daysOverdue'
                  : 'knowledge.audit.col.dueIn',
              )}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const days =
              kind === 'overdue'
                ? daysOverdue(row.reviewDueAt, props.now)
                : daysLeft(row.reviewDueAt, props.now);
            return (
              <tr key={row.id} data-testid="audit-row">
                <th scope="row">
                  <EditorLink row={row} navigate={props.navigate} />
                </th>
                <td className="audit-owner">
                  {props.names.get(row.owner) ?? (row.owner || t('knowledge.audit.nobody'))}
                </td>
                <td>{dateOnly(row.reviewDueAt, i18n.language)}</td>
                <td className={`num${kind === 'overdue' ? ' audit-late' : ''}`}>
                  {days !== null && t('knowledge.audit.days', { count: days })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </AuditPart>
  );
}

/** Published articles nobody reads, nobody updates or agents find unhelpful (R16). */
export function StaleTable(props: {
  report: AuditReport;
  names: Map<string, string>;
  navigate: (route: Route) => void;
}) {
  const { t, i18n } = useTranslation();
  const { stale, staleDays } = props.report;
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <AuditPart part="stale" count={stale.length}>
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('knowledge.audit.col.title')}</th>
            <th scope="col">{t('knowledge.audit.col.owner')}</th>
            <th scope="col">{t('knowledge.audit.col.reasons')}</th>
            <th scope="col" className="num">
              {t('knowledge.audit.col.views')}
            </th>
            <th scope="col" className="num">
              {t('knowledge.audit.col.votes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stale.map((row) => (
            <tr key={row.id} data-testid="audit-row">
              <th scope="row">
                <EditorLink row={row} navigate={props.navigate} />
              </th>
              <td className="audit-owner">
                {props.names.get(row.owner) ?? (row.owner || t('knowledge.audit.nobody'))}
              </td>
              <td>
                <ul className="audit-reasons">
                  {row.reasons.map((r) => (
                    <li key={r}>
                      {t(`knowledge.audit.reason.${r}`, {
                        count: staleDays,
                        date: dateOnly(row.updatedAt, i18n.language),
                      })}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num">{n(row.views90d)}</td>
              <td className="num">
                {t('knowledge.audit.votes', {
                  helpful: n(row.helpful),
                  notHelpful: n(row.notHelpful),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AuditPart>
  );
}

/** Who owns how much and how much of it needs attention. */
export function OwnersTable({ report }: { report: AuditReport }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <section className="audit-part" data-testid="audit-owners">
      <h3>{t('knowledge.audit.owners.title')}</h3>
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('knowledge.audit.col.owner')}</th>
            <th scope="col" className="num">
              {t('knowledge.audit.col.articles')}
            </th>
            <th scope="col" className="num">
              {t('knowledge.audit.overdue.title')}
            </th>
            <th scope="col" className="num">
              {t('knowledge.audit.dueSoon.title')}
            </th>
            <th scope="col" className="num">
              {t('knowledge.audit.col.openFeedback')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.owners.map((o) => (
            <tr key={o.owner || '-'}>
              <th scope="row">{o.displayName || o.owner || t('knowledge.audit.nobody')}</th>
              <td className="num">{n(o.articles)}</td>
              <td className={`num${o.overdue > 0 ? ' audit-late' : ''}`}>{n(o.overdue)}</td>
              <td className="num">{n(o.dueSoon)}</td>
              <td className="num">{n(o.openFeedback)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
