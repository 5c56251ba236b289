import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../shared/languages';
import { localize } from '../../../../shared/trees/runner';
import { articleRoute, treeRoute, type Route } from '../../app/route';
import { withoutFinalStop } from '../../bridge/call-failure';
import { Icon } from '../../components/Icon';
import { ScreenTitle } from '../../components/ScreenTitle';
import { formatTime } from '../../lib/format';
import type { ReadyRun } from '../../stores/tree-run-store';
import { useStores, useTreeListStore, useTreeRunStore } from '../../stores/stores-context';
import { TreeRunnerView } from './TreeRunnerView';

function BackToList({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button ghost runner-back-to-list"
      data-testid="tree-back-to-list"
      onClick={() => navigate({ section: 'troubleshoot' })}
    >
      <Icon name="back" size={16} />
      {t('troubleshoot.backToList')}
    </button>
  );
}

/** "You left this tree unfinished": resume it, or start over (the old run counts as abandoned). */
function ResumeOffer({ run }: { run: ReadyRun }) {
  const { t, i18n } = useTranslation();
  const { treeRun } = useStores();
  const resumeRef = useRef<HTMLButtonElement>(null);
  const answers = run.session.path.filter((v) => v.answer && v.answer.kind !== 'branch').length;
  const last = run.session.path.at(-1)?.enteredAt ?? 0;
  useEffect(() => resumeRef.current?.focus(), []);
  return (
    <section
      className="card runner-resume"
      data-testid="tree-resume"
      aria-labelledby="tree-resume-title"
    >
      <h2 id="tree-resume-title">{t('troubleshoot.resumeTitle')}</h2>
      <p>
        {t('troubleshoot.resumeBody', {
          count: answers,
          time: formatTime(new Date(last).toISOString(), i18n.language) ?? '',
        })}
      </p>
      <div className="runner-resume-actions">
        <button
          ref={resumeRef}
          type="button"
          className="button primary runner-big"
          data-testid="tree-resume-continue"
          onClick={() => treeRun.getState().resume()}
        >
          {t('troubleshoot.resume')}
        </button>
        <button
          type="button"
          className="button runner-big"
          data-testid="tree-start-over"
          onClick={() => treeRun.getState().startOver()}
        >
          {t('troubleshoot.startOver')}
        </button>
      </div>
    </section>
  );
}

function LanguagePicker({ run }: { run: ReadyRun }) {
  const { t } = useTranslation();
  const { treeRun } = useStores();
  const id = useId();
  if (run.run.langs.length < 2) return null;
  return (
    <span className="runner-lang">
      <label htmlFor={id}>{t('troubleshoot.language')}</label>
      <select
        id={id}
        data-testid="tree-language"
        value={run.lang}
        onChange={(e) => {
          const lang = CONTENT_LANGUAGES.find((l) => l === e.target.value);
          if (lang) treeRun.getState().setLang(lang);
        }}
      >
        {run.run.langs.map((lang: ContentLanguage) => (
          <option key={lang} value={lang}>
            {t(`contentLanguage.${lang}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

function Problem() {
  const { t } = useTranslation();
  const problem = useTreeRunStore((s) => s.problem);
  if (!problem) return null;
  const message = withoutFinalStop(problem.message);
  return (
    <div className="notice-box" role="status" data-testid="tree-run-problem">
      <p>
        {problem.kind === 'save'
          ? t('troubleshoot.saveProblem', { message })
          : t('troubleshoot.reportProblem', { message })}
      </p>
    </div>
  );
}

/** The runner screen (#/troubleshoot?tree=<id>): loads the tree, offers a saved run, runs it. */
export function TreeRunScreen({
  treeId,
  navigate,
}: {
  treeId: string;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const { treeRun } = useStores();
  const state = useTreeRunStore((s) => s.state);
  const listed = useTreeListStore((s) => s.trees);

  useEffect(() => {
    void treeRun.getState().open(treeId);
    return () => treeRun.getState().close();
  }, [treeRun, treeId]);

  if (state.status !== 'ready') {
    let body;
    if (state.status === 'not-found' || state.status === 'broken') {
      body = (
        <div className="notice-box" role="alert" data-testid="tree-not-found">
          <p>
            <strong>
              {state.status === 'broken'
                ? t('troubleshoot.brokenTitle')
                : t('troubleshoot.notFoundTitle')}
            </strong>
          </p>
          <p>
            {state.status === 'broken'
              ? t('troubleshoot.brokenHint', { message: withoutFinalStop(state.message) })
              : t('troubleshoot.notFoundHint')}
          </p>
        </div>
      );
    } else if (state.status === 'failed') {
      body = (
        <div className="notice-box error" role="alert">
          <p>
            <strong>
              {t('troubleshoot.loadTreeFailed', { message: withoutFinalStop(state.message) })}
            </strong>
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void treeRun.getState().open(treeId)}
          >
            {t('troubleshoot.retry')}
          </button>
        </div>
      );
    } else {
      body = (
        <p className="muted" role="status">
          {t('troubleshoot.loadingTree')}
        </p>
      );
    }
    return (
      <div className="screen run-screen">
        <BackToList navigate={navigate} />
        <ScreenTitle focus={state.status !== 'loading' && state.status !== 'idle'}>
          {t('troubleshoot.title')}
        </ScreenTitle>
        {body}
      </div>
    );
  }

  const { run, lang, session } = state;
  const title = localize(run.tree.title, lang, {});
  return (
    <div className="screen run-screen" data-tree-id={run.id}>
      <div className="run-head">
        <BackToList navigate={navigate} />
        <LanguagePicker run={state} />
      </div>
      <ScreenTitle focus={false}>
        <span lang={lang} data-testid="tree-title">
          {title}
        </span>
      </ScreenTitle>
      <Problem />
      {state.resumable ? (
        <ResumeOffer run={state} />
      ) : (
        <TreeRunnerView
          tree={run.tree}
          lang={lang}
          session={session}
          onChange={(next) => treeRun.getState().step(next)}
          onRestart={() => treeRun.getState().restart()}
          onOpenArticle={(id) => navigate(articleRoute({ id, lang }))}
          onOpenTree={(id) => navigate(treeRoute(id))}
          treeTitle={(id) => listed.find((tree) => tree.id === id)?.title}
          globalKeys
          autoFocus
        />
      )}
    </div>
  );
}
