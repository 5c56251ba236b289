import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { Tree } from '../../../../shared/trees/model';
import {
  currentNode,
  localize,
  outcome,
  transcript,
  type TreeSession,
} from '../../../../shared/trees/runner';
import { withoutFinalStop, errorMessage } from '../../bridge/call-failure';
import { Icon } from '../../components/Icon';
import { browserClipboard } from '../../lib/clipboard';
import { transcriptLabels } from './transcript-labels';

/** The transcript to paste into the ticket, with a Copy button that says when it worked. */
export function TreeTranscript(props: {
  text: string;
  copyText?: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<
    { status: 'idle' } | { status: 'copied'; text: string } | { status: 'failed'; message: string }
  >({ status: 'idle' });
  const write = props.copyText ?? ((text: string) => browserClipboard.writeText(text));
  return (
    <section className="runner-transcript" aria-labelledby="tree-transcript-title">
      <div className="runner-transcript-head">
        <h3 id="tree-transcript-title">{t('troubleshoot.transcriptTitle')}</h3>
        <button
          type="button"
          className="button"
          data-testid="tree-copy-transcript"
          onClick={() =>
            void write(props.text).then(
              () => setCopy({ status: 'copied', text: props.text }),
              (err: unknown) =>
                setCopy({ status: 'failed', message: withoutFinalStop(errorMessage(err)) }),
            )
          }
        >
          <Icon name="copy" size={16} />
          {t('troubleshoot.copy')}
        </button>
        <span role="status" className="runner-copied" data-testid="tree-copied">
          {copy.status === 'copied' && copy.text === props.text && (
            <span className="ok-text">{t('troubleshoot.copied')}</span>
          )}
          {copy.status === 'failed' && (
            <span className="field-error">
              {t('troubleshoot.copyFailed', { message: copy.message })}
            </span>
          )}
        </span>
      </div>
      <pre className="runner-transcript-text" data-testid="tree-transcript">
        {props.text}
      </pre>
    </section>
  );
}

/**
 * The end of a run: resolved (with its article or canned response), escalated (to a queue) or
 * handed to another tree; then the transcript.
 */
export function TreeOutcome(props: {
  tree: Tree;
  lang: ContentLanguage;
  session: TreeSession;
  headingId: string;
  /** Gets the outcome's heading, which takes focus like a question does. */
  onHeading: (el: HTMLHeadingElement | null) => void;
  onOpenArticle?: (articleId: string) => void;
  onOpenTree?: (treeId: string) => void;
  treeTitle?: (treeId: string) => string | undefined;
  copyText?: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { tree, lang, session, onHeading, onOpenArticle, onOpenTree, treeTitle, copyText } = props;
  const end = outcome(tree, session);
  const { node } = currentNode(tree, session);
  if (!end || !('text' in node)) return null;
  const label =
    end.kind === 'resolved'
      ? t('troubleshoot.resolved')
      : end.kind === 'escalated'
        ? t('troubleshoot.escalated')
        : t('troubleshoot.linked');
  const linkedTitle = end.kind === 'linked' ? treeTitle?.(end.treeId) : undefined;

  const articleButton = (id: string, text: string, testId: string) =>
    onOpenArticle ? (
      <button
        type="button"
        className="button primary runner-big"
        data-testid={testId}
        data-article-id={id}
        onClick={() => onOpenArticle?.(id)}
      >
        <Icon name="external" size={16} />
        {text}
      </button>
    ) : (
      <span className="muted">
        {text}: <code>{id}</code>
      </span>
    );

  return (
    <div
      className={`runner-outcome outcome-${end.kind}`}
      data-testid="tree-outcome"
      data-outcome={end.kind}
    >
      <p className="runner-outcome-label">
        <span className="badge">{label}</span>
      </p>
      <h2
        id={props.headingId}
        ref={onHeading}
        tabIndex={-1}
        className="runner-question"
        data-testid="tree-question"
        lang={lang}
      >
        {localize(node.text, lang, session.variables)}
      </h2>
      <div className="runner-outcome-actions">
        {end.kind === 'resolved' &&
          end.articleId &&
          articleButton(end.articleId, t('troubleshoot.openArticle'), 'tree-open-article')}
        {end.kind === 'resolved' &&
          end.cannedId &&
          articleButton(end.cannedId, t('troubleshoot.openCanned'), 'tree-open-canned')}
        {end.kind === 'escalated' && (
          <p className="runner-queue" data-testid="tree-queue">
            <strong>{t('troubleshoot.escalateTo', { queue: end.queue })}</strong>
          </p>
        )}
        {end.kind === 'linked' &&
          (onOpenTree ? (
            <button
              type="button"
              className="button primary runner-big"
              data-testid="tree-open-linked"
              data-tree-id={end.treeId}
              onClick={() => onOpenTree?.(end.treeId)}
            >
              <Icon name="chevronRight" size={16} />
              {linkedTitle ?? t('troubleshoot.openLinkedTree')}
            </button>
          ) : (
            <span className="muted">
              {t('troubleshoot.openLinkedTree')}: <code>{end.treeId}</code>
            </span>
          ))}
      </div>
      <TreeTranscript
        text={transcript(tree, session, lang, transcriptLabels(t))}
        copyText={copyText}
      />
    </div>
  );
}
