import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { NoticeView } from '../../../../shared/workstation/notices';
import { LinkedArticles, NoticeBadges, NoticeDates } from '../notices/notice-parts';
import { ArticleBody } from '../search/ArticleBody';
import { filledLanguages, localToIso, variantFill, type ComposeForm } from './notice-draft';

/** The form as an agent will see the notice (the agents' own parts, so the preview cannot drift). */
export function previewView(form: ComposeForm, lang: ContentLanguage, now: Date): NoticeView {
  const publishAt = (form.publishAt && localToIso(form.publishAt)) ?? now.toISOString();
  const expiresAt = form.expiresAt ? localToIso(form.expiresAt) : null;
  return {
    id: form.id || 'preview',
    priority: form.priority,
    lang,
    title: form.title[lang] ?? '',
    bodyHtml: form.body[lang] ?? '',
    requiresAck: form.requiresAck,
    publishAt,
    expiresAt,
    status: Date.parse(publishAt) > now.getTime() ? 'scheduled' : 'active',
    linkedArticles: form.linkedArticles,
    reading: { readAt: null, acknowledgedAt: null },
    remindedAt: null,
  };
}

/** Live preview in the tab's language, or the first language written so far. */
export function NoticePreview(props: {
  form: ComposeForm;
  lang: ContentLanguage;
  order: readonly ContentLanguage[];
}) {
  const { t } = useTranslation();
  const linksId = useId();
  const { form } = props;
  const lang =
    variantFill(form, props.lang) !== 'empty'
      ? props.lang
      : (filledLanguages(form, props.order)[0] ?? props.lang);
  const view = previewView(form, lang, new Date());
  const where =
    form.priority === 'urgent'
      ? form.requiresAck
        ? t('noticeLead.preview.urgentAck')
        : t('noticeLead.preview.urgent')
      : t(`noticeLead.preview.${form.priority}`);
  return (
    <aside
      className="compose-preview"
      aria-label={t('noticeLead.preview.label')}
      data-testid="notice-preview"
    >
      <h2 className="compose-heading">
        {t('noticeLead.preview.label')}{' '}
        <span className="muted">· {t(`contentLanguage.${lang}`)}</span>
      </h2>
      <p className="field-hint">{where}</p>
      <article className={`notice-view notice-${view.priority} preview-card`} lang={lang}>
        <h3 className="preview-title" data-testid="notice-preview-title">
          {view.title || <span className="muted">{t('noticeLead.preview.noTitle')}</span>}
        </h3>
        <NoticeBadges notice={view} />
        <NoticeDates notice={view} />
        {view.bodyHtml ? (
          <ArticleBody html={view.bodyHtml} label={t('notices.bodyLabel')} />
        ) : (
          <p className="muted">{t('noticeLead.preview.noBody')}</p>
        )}
        <LinkedArticles notice={view} navigate={() => undefined} headingId={linksId} />
        {view.requiresAck && (
          <div className="notice-ack">
            <button type="button" className="button primary" disabled>
              {t('notices.acknowledge')}
            </button>
          </div>
        )}
      </article>
    </aside>
  );
}
