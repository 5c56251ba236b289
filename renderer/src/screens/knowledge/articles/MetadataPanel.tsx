import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../../shared/languages';
import { pickText } from '../../../../../shared/localized-text';
import type { LocalizedText } from '../../../../../shared/sync/records';
import type { MetaDraft } from './article-draft';
import type { ArticleStoreState } from './article-store';
import { CategoryPicker } from './CategoryPicker';

/** What authors write here; trees and notices have their own editors. */
const EDITABLE_TYPES = ['reference', 'procedure', 'canned'] as const;

/** Type, owner, audience, categories and review settings of the article (R9, R12, R16). */
export function MetadataPanel(props: {
  meta: MetaDraft;
  lookups: Pick<ArticleStoreState, 'owners' | 'categories' | 'org'>;
  langs: ContentLanguage[];
  reviewer: boolean;
  onEdit: (change: Partial<MetaDraft>) => void;
}) {
  const { t } = useTranslation();
  const { meta, lookups, langs, onEdit } = props;
  const owners = lookups.owners.status === 'ready' ? lookups.owners.value : [];
  const ownerKnown = meta.owner === '' || owners.some((o) => o.username === meta.owner);
  const units = (kind: 'businessLines' | 'positions') => {
    if (lookups.org.status !== 'ready') return null;
    const list: { id: string; names: LocalizedText }[] = lookups.org.value[kind];
    return (
      <fieldset className="audience-group" data-testid={`article-audience-${kind}`}>
        <legend>{t(`knowledge.editor.meta.${kind}`)}</legend>
        <div className="audience-options">
          {list.map((u) => (
            <label key={u.id} className="check-row" data-unit={u.id}>
              <input
                type="checkbox"
                checked={meta[kind].includes(u.id)}
                onChange={(e) =>
                  onEdit({
                    [kind]: e.target.checked
                      ? [...meta[kind], u.id]
                      : meta[kind].filter((x) => x !== u.id),
                  })
                }
              />
              <span>{pickText(u.names, langs) || u.id}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  };

  return (
    <section
      className="card article-meta"
      data-testid="article-meta"
      aria-label={t('knowledge.editor.meta.label')}
    >
      <h3>{t('knowledge.editor.meta.label')}</h3>
      <label className="field">
        <span>{t('knowledge.editor.meta.type')}</span>
        <select
          value={meta.type}
          data-testid="article-type"
          onChange={(e) => onEdit({ type: e.target.value as MetaDraft['type'] })}
        >
          {EDITABLE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`knowledge.editor.meta.typeName.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('knowledge.editor.meta.owner')}</span>
        <select
          value={meta.owner}
          data-testid="article-owner"
          onChange={(e) => onEdit({ owner: e.target.value })}
        >
          <option value="">{t('knowledge.editor.meta.noOwner')}</option>
          {!ownerKnown && <option value={meta.owner}>{meta.owner}</option>}
          {owners.map((o) => (
            <option key={o.username} value={o.username}>
              {o.displayName} ({o.username})
            </option>
          ))}
        </select>
      </label>
      <div className="article-audience">
        <p className="field-hint">{t('knowledge.editor.meta.audienceHint')}</p>
        {units('businessLines')}
        {units('positions')}
        {lookups.org.status === 'failed' && (
          <p className="field-error">{t('knowledge.editor.meta.orgFailed')}</p>
        )}
      </div>
      {lookups.categories.status === 'ready' && (
        <CategoryPicker
          categories={lookups.categories.value}
          chosen={meta.categoryIds}
          langs={langs}
          onChange={(categoryIds) => onEdit({ categoryIds })}
        />
      )}
      {lookups.categories.status === 'failed' && (
        <p className="field-error">{t('knowledge.editor.meta.categoriesFailed')}</p>
      )}
      <label className="field">
        <span>{t('knowledge.editor.meta.reviewInterval')}</span>
        <input
          type="number"
          min={1}
          max={3650}
          value={meta.reviewIntervalDays}
          data-testid="article-review-interval"
          onChange={(e) => {
            const days = Math.round(Number(e.target.value));
            if (days >= 1 && days <= 3650) onEdit({ reviewIntervalDays: days });
          }}
        />
      </label>
      <label className="check-row">
        <input
          type="checkbox"
          checked={meta.reviewRequired}
          disabled={!props.reviewer}
          data-testid="article-review-required"
          onChange={(e) => onEdit({ reviewRequired: e.target.checked })}
        />
        <span>{t('knowledge.editor.meta.reviewRequired')}</span>
      </label>
      {!props.reviewer && (
        <p className="field-hint">{t('knowledge.editor.meta.reviewRequiredHint')}</p>
      )}
      <label className="field">
        <span>{t('knowledge.editor.meta.expiresAt')}</span>
        <input
          type="date"
          value={meta.expiresAt ? meta.expiresAt.slice(0, 10) : ''}
          data-testid="article-expires"
          onChange={(e) =>
            onEdit({
              expiresAt: e.target.value
                ? new Date(`${e.target.value}T23:59:59`).toISOString()
                : null,
            })
          }
        />
      </label>
    </section>
  );
}
