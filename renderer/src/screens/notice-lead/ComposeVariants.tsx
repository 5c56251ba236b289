import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import { variantFill, type ComposeForm } from './notice-draft';
import { RichTextEditor } from './RichTextEditor';

/** One tab per content language (the lead's first), each with a title and a rich-text body. */
export function ComposeVariants(props: {
  form: ComposeForm;
  order: readonly ContentLanguage[];
  tab: ContentLanguage;
  onTab: (lang: ContentLanguage) => void;
  /** Sets one language's title or body on the latest form (editors call back after renders). */
  onVariant: (lang: ContentLanguage, field: 'title' | 'body', value: string) => void;
}) {
  const { t } = useTranslation();
  const { form, order, tab } = props;
  const baseId = useId();
  const panelId = `${baseId}-panel`;
  const tabId = (lang: ContentLanguage) => `${baseId}-tab-${lang}`;

  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = order[(order.indexOf(tab) + step + order.length) % order.length];
    if (next) {
      props.onTab(next);
      document.getElementById(tabId(next))?.focus();
    }
  };

  return (
    <section className="card compose-section compose-variants">
      <h2 className="compose-heading">{t('noticeLead.variants')}</h2>
      <p className="field-hint">{t('noticeLead.variantsHint')}</p>
      <div
        className="variant-tabs"
        role="tablist"
        aria-label={t('noticeLead.variants')}
        onKeyDown={onKeyDown}
      >
        {order.map((lang) => {
          const fill = variantFill(form, lang);
          return (
            <button
              key={lang}
              id={tabId(lang)}
              type="button"
              role="tab"
              className={`variant-tab fill-${fill}`}
              aria-selected={lang === tab}
              aria-controls={panelId}
              tabIndex={lang === tab ? 0 : -1}
              data-testid="notice-variant-tab"
              data-lang={lang}
              data-fill={fill}
              onClick={() => props.onTab(lang)}
            >
              <span className="variant-marker" aria-hidden="true" />
              {t(`contentLanguage.${lang}`)}
              <span className="visually-hidden">{t(`noticeLead.fill.${fill}`)}</span>
            </button>
          );
        })}
      </div>
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={tabId(tab)}
        className="variant-panel"
        data-lang={tab}
      >
        <label className="field">
          <span className="field-label">{t('noticeLead.titleField')}</span>
          <input
            type="text"
            lang={tab}
            value={form.title[tab] ?? ''}
            maxLength={200}
            data-testid="notice-title"
            onChange={(e) => props.onVariant(tab, 'title', e.target.value)}
          />
        </label>
        <div className="field">
          <span className="field-label">{t('noticeLead.bodyField')}</span>
          {/* One editor per language: switching tabs must not carry one language's undo history into another. */}
          <RichTextEditor
            key={tab}
            html={form.body[tab] ?? ''}
            lang={tab}
            label={t('noticeLead.bodyIn', { language: t(`contentLanguage.${tab}`) })}
            onChange={(html) => props.onVariant(tab, 'body', html)}
          />
        </div>
      </div>
    </section>
  );
}
