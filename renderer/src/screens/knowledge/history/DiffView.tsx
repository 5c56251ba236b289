import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  diffHtml,
  diffTags,
  diffText,
  type BlockKind,
  type DiffRow,
  type InlinePart,
  type Part,
} from '../../../../../shared/text/html-diff';
import type { RevisionContent } from '../../../../../shared/workstation/authoring';
import '../../../styles/knowledge-history.css';

export type DiffMode = 'side' | 'inline';

/*
 * Two revisions compared (R14). Everything is rendered as React text: a revision's HTML is only
 * read by html-diff's tokenizer, never injected. Removed and added text are marked by colour and
 * by strike-through / underline, with a hidden "removed" / "added" word for screen readers.
 */

function Removed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <del className="diff-removed">
      <span className="visually-hidden">{t('knowledge.history.removedLabel')} </span>
      {children}
    </del>
  );
}

function Added({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ins className="diff-added">
      <span className="visually-hidden">{t('knowledge.history.addedLabel')} </span>
      {children}
    </ins>
  );
}

function SideParts({ parts, side }: { parts: Part[]; side: 'old' | 'new' }) {
  return (
    <>
      {parts.map((p, i) =>
        !p.changed ? (
          <span key={i}>{p.text}</span>
        ) : side === 'old' ? (
          <Removed key={i}>{p.text}</Removed>
        ) : (
          <Added key={i}>{p.text}</Added>
        ),
      )}
    </>
  );
}

function InlineParts({ parts }: { parts: InlinePart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'removed' ? (
          <Removed key={i}>{p.text}</Removed>
        ) : (
          <Added key={i}>{p.text}</Added>
        ),
      )}
    </>
  );
}

/** One block's text with what it is (a heading, a list item, an image…) visible. */
function BlockText({ kind, children }: { kind: BlockKind; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`diff-block diff-${kind}`}>
      {kind === 'list-item' && <span aria-hidden="true">• </span>}
      {kind === 'image' && <span className="muted">{t('knowledge.history.image')} </span>}
      {children}
    </div>
  );
}

function SideRow({ row }: { row: DiffRow }) {
  const cell = (side: 'old' | 'new'): ReactNode => {
    switch (row.op) {
      case 'equal':
        return <BlockText kind={row.kind}>{row.text}</BlockText>;
      case 'removed':
        return side === 'old' ? (
          <BlockText kind={row.kind}>
            <Removed>{row.text}</Removed>
          </BlockText>
        ) : null;
      case 'added':
        return side === 'new' ? (
          <BlockText kind={row.kind}>
            <Added>{row.text}</Added>
          </BlockText>
        ) : null;
      case 'changed':
        return (
          <BlockText kind={row.kind}>
            <SideParts parts={side === 'old' ? row.diff.old : row.diff.new} side={side} />
          </BlockText>
        );
    }
  };
  const mark = (side: 'old' | 'new') =>
    row.op === 'equal'
      ? ''
      : row.op === 'changed'
        ? ' is-changed'
        : row.op === (side === 'old' ? 'removed' : 'added')
          ? ` is-${row.op}`
          : ' is-empty';
  return (
    <tr data-op={row.op}>
      <td className={`diff-cell${mark('old')}`}>{cell('old')}</td>
      <td className={`diff-cell${mark('new')}`}>{cell('new')}</td>
    </tr>
  );
}

function InlineRow({ row }: { row: DiffRow }) {
  const body =
    row.op === 'equal' ? (
      row.text
    ) : row.op === 'removed' ? (
      <Removed>{row.text}</Removed>
    ) : row.op === 'added' ? (
      <Added>{row.text}</Added>
    ) : (
      <InlineParts parts={row.diff.inline} />
    );
  return (
    <div className={`diff-inline-row is-${row.op}`} data-op={row.op}>
      <BlockText kind={row.kind}>{body}</BlockText>
    </div>
  );
}

function fieldRows(before: string, after: string): DiffRow[] {
  if (before === '' && after === '') return [];
  const diff = diffText(before, after);
  return [
    diff.changed
      ? { op: 'changed', kind: 'paragraph', diff }
      : { op: 'equal', kind: 'paragraph', text: after },
  ];
}

/** Title, summary, tags and body of `after` compared with `before` (null: a new article, all added). */
export function DiffView(props: {
  before: RevisionContent | null;
  after: RevisionContent;
  mode: DiffMode;
}) {
  const { t } = useTranslation();
  const { before, after, mode } = props;
  const rows = useMemo(() => diffHtml(before?.bodyHtml ?? '', after.bodyHtml), [before, after]);
  const fields = useMemo(
    () => ({
      title: fieldRows(before?.title ?? '', after.title),
      summary: fieldRows(before?.summary ?? '', after.summary),
    }),
    [before, after],
  );
  const tags = diffTags(before?.tags ?? [], after.tags);
  const changes = rows.filter((r) => r.op !== 'equal').length;
  const Row = mode === 'side' ? SideRow : InlineRow;

  const section = (label: string, list: DiffRow[], testId: string) =>
    list.length === 0 ? null : mode === 'side' ? (
      <tbody key={testId} data-testid={testId}>
        <tr>
          <th colSpan={2} scope="colgroup" className="diff-field">
            {label}
          </th>
        </tr>
        {list.map((row, i) => (
          <Row key={i} row={row} />
        ))}
      </tbody>
    ) : (
      <div key={testId} data-testid={testId}>
        <h4 className="diff-field">{label}</h4>
        {list.map((row, i) => (
          <Row key={i} row={row} />
        ))}
      </div>
    );

  const tagList = (
    <p className="diff-tags" data-testid="diff-tags">
      <span className="diff-field">{t('knowledge.history.tags')}</span>{' '}
      {tags.kept.map((tag) => (
        <span key={`k-${tag}`} className="chip">
          {tag}
        </span>
      ))}
      {tags.removed.map((tag) => (
        <span key={`r-${tag}`} className="chip">
          <Removed>{tag}</Removed>
        </span>
      ))}
      {tags.added.map((tag) => (
        <span key={`a-${tag}`} className="chip">
          <Added>{tag}</Added>
        </span>
      ))}
    </p>
  );

  const sections = [
    section(t('knowledge.history.fieldTitle'), fields.title, 'diff-title'),
    section(t('knowledge.history.fieldSummary'), fields.summary, 'diff-summary'),
    section(t('knowledge.history.fieldBody'), rows, 'diff-body'),
  ];

  return (
    <div className={`diff-view diff-${mode}`} data-testid="diff-view" data-mode={mode}>
      <p className="muted diff-count" data-testid="diff-count">
        {changes === 0
          ? t('knowledge.history.noBodyChanges')
          : t('knowledge.history.bodyChanges', { count: changes })}
      </p>
      {(tags.kept.length > 0 || tags.removed.length > 0 || tags.added.length > 0) && tagList}
      {mode === 'side' ? (
        <table className="diff-table">
          <caption className="visually-hidden">{t('knowledge.history.sideCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                {before
                  ? t('knowledge.history.revisionN', { n: before.revision })
                  : t('knowledge.history.nothingBefore')}
              </th>
              <th scope="col">{t('knowledge.history.revisionN', { n: after.revision })}</th>
            </tr>
          </thead>
          {sections}
        </table>
      ) : (
        <div className="diff-inline">{sections}</div>
      )}
    </div>
  );
}
