import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import { formatRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { ScreenTitle } from '../../components/ScreenTitle';
import type { ComposeDraft } from '../../stores/notice-lead-store';
import { useNoticeLeadStore, useStores } from '../../stores/stores-context';
import { AudienceField } from './AudienceField';
import { ComposeVariants } from './ComposeVariants';
import { LeadProblemNotice } from './LeadProblemNotice';
import { LinkedArticlesField } from './LinkedArticlesField';
import { useLeadLanguages } from './lead-languages';
import { languageTabs, PRIORITIES } from './notice-draft';
import { NoticePreview } from './NoticePreview';
import { ScheduleField } from './ScheduleField';
import { SendBar } from './SendBar';

const SENT_ROUTE: Route = { section: 'notices', followUp: '*' };

/** Compose a notice ("new") or change a sent one (its id). */
export function ComposeScreen(props: { composeKey: string; navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { noticeLead } = useStores();
  const compose = useNoticeLeadStore((s) => s.compose);
  const [first] = useLeadLanguages();
  const order = languageTabs(first ?? 'en');
  const orderKey = order.join(',');

  useEffect(() => {
    void noticeLead
      .getState()
      .openCompose(props.composeKey, orderKey.split(',') as ContentLanguage[]);
    void noticeLead.getState().loadOrg();
  }, [noticeLead, props.composeKey, orderKey]);

  if (compose.status === 'ready' && compose.key === props.composeKey)
    return <ComposeView draft={compose} navigate={props.navigate} />;
  return (
    <div className="screen notice-lead">
      <ScreenTitle>{t('noticeLead.composeTitle')}</ScreenTitle>
      {compose.status === 'failed' ? (
        <LeadProblemNotice
          problem={compose.problem}
          message={compose.message}
          context="load"
          navigate={props.navigate}
          onRetry={() => {
            noticeLead.getState().closeCompose();
            void noticeLead.getState().openCompose(props.composeKey, order);
          }}
        />
      ) : (
        <p className="muted">{t('noticeLead.loading')}</p>
      )}
    </div>
  );
}

function ComposeView({ draft, navigate }: { draft: ComposeDraft; navigate: (r: Route) => void }) {
  const { t } = useTranslation();
  const { noticeLead } = useStores();
  const { form } = draft;
  const edit = noticeLead.getState().editForm;
  const [tab, setTab] = useState<ContentLanguage>(draft.order[0] ?? 'en');
  const idHint = useId();

  // The draft survives in-app navigation (it stays in the store); closing or reloading the window
  // would lose it, so the browser asks first.
  useEffect(() => {
    if (!draft.dirty) return;
    const ask = (e: BeforeUnloadEvent): void => {
      e.preventDefault();
      // Older Chromium (Electron) still needs returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [draft.dirty]);

  const send = async () => {
    const id = await noticeLead.getState().send();
    if (id === null) return;
    navigate({ section: 'notices', followUp: id });
    noticeLead.getState().closeCompose();
  };

  return (
    <div className="screen notice-lead notice-compose" data-testid="notice-compose-screen">
      <a
        className="button ghost notice-back"
        href={formatRoute(SENT_ROUTE)}
        onClick={onPlainClick(() => navigate(SENT_ROUTE))}
      >
        <Icon name="back" size={16} />
        {t('noticeLead.allSent')}
      </a>
      <ScreenTitle>
        {draft.isNew ? t('noticeLead.composeTitle') : t('noticeLead.changeTitle', { id: form.id })}
      </ScreenTitle>
      <p className="muted lead">{t('noticeLead.composeIntro')}</p>
      <div className="compose-layout">
        {/* Not a <form>: Enter in a title must not broadcast a notice; only the Send button sends. */}
        <div className="compose-form">
          <fieldset className="card compose-section">
            <legend>{t('noticeLead.priority.label')}</legend>
            <div className="priority-options" data-testid="notice-priority-options">
              {PRIORITIES.map((p) => (
                <label key={p} className={`priority-option notice-${p}`}>
                  <input
                    type="radio"
                    name="notice-priority"
                    value={p}
                    checked={form.priority === p}
                    onChange={() => edit({ priority: p })}
                  />
                  <span className="priority-option-text">
                    <span className={`badge notice-priority-${p}`}>
                      {t(`notices.priority.${p}`)}
                    </span>
                    <span className="field-hint">{t(`noticeLead.priority.${p}Hint`)}</span>
                  </span>
                </label>
              ))}
            </div>
            <label className="check-row">
              <input
                type="checkbox"
                checked={form.requiresAck}
                data-testid="notice-requires-ack"
                onChange={(e) => edit({ requiresAck: e.target.checked })}
              />
              <span>
                {t('noticeLead.requiresAck')}
                <span className="field-hint">{t('noticeLead.requiresAckHint')}</span>
              </span>
            </label>
          </fieldset>

          <ComposeVariants
            form={form}
            order={draft.order}
            tab={tab}
            onTab={setTab}
            onVariant={noticeLead.getState().editVariant}
          />

          <section className="card compose-section">
            <label className="field">
              <span className="field-label">{t('noticeLead.id')}</span>
              <input
                type="text"
                value={form.id}
                readOnly={!draft.isNew}
                aria-describedby={idHint}
                spellCheck={false}
                data-testid="notice-id"
                onChange={(e) => edit({ id: e.target.value })}
              />
              <span className="field-hint" id={idHint}>
                {draft.isNew ? t('noticeLead.idHint') : t('noticeLead.idFixed')}
              </span>
            </label>
          </section>

          <AudienceField form={form} onEdit={edit} navigate={navigate} />
          <ScheduleField form={form} onEdit={edit} />
          <LinkedArticlesField form={form} onEdit={edit} />
          <SendBar
            draft={draft}
            navigate={navigate}
            onSend={() => void send()}
            onDiscard={() => {
              if (!window.confirm(t('noticeLead.discardQuestion'))) return;
              noticeLead.getState().closeCompose();
              if (draft.isNew) void noticeLead.getState().openCompose('new', draft.order);
              else navigate({ section: 'notices', followUp: draft.key });
            }}
          />
        </div>
        <NoticePreview form={form} lang={tab} order={draft.order} />
      </div>
    </div>
  );
}
