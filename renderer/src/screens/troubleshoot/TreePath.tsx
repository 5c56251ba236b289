import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { Tree } from '../../../../shared/trees/model';
import {
  breadcrumb,
  localize,
  TreeRunError,
  type BreadcrumbEntry,
  type TreeSession,
} from '../../../../shared/trees/runner';

/** What the agent answered at a step, in the tree's language. */
function answerText(
  tree: Tree,
  entry: BreadcrumbEntry,
  lang: ContentLanguage,
  variables: Readonly<Record<string, string>>,
  doneLabel: string,
): string {
  const node = tree.nodes[entry.nodeId];
  const a = entry.answer;
  if (!a || !node) return '';
  if (a.kind === 'choice' && node.kind === 'question')
    return localize(node.choices[a.index]?.label ?? {}, lang, variables);
  if (a.kind === 'input') return a.value;
  return doneLabel;
}

/**
 * The path taken (R6): every question answered, with its answer; a click goes back to it.
 * Conditions are left out, as the runner's breadcrumb does: the agent never saw them.
 */
export function TreePath(props: {
  tree: Tree;
  lang: ContentLanguage;
  session: TreeSession;
  /** Undo this many answers. */
  onGoBack: (steps: number) => void;
}) {
  const { t } = useTranslation();
  const { tree, lang, session } = props;
  let entries: BreadcrumbEntry[];
  try {
    entries = breadcrumb(tree, session);
  } catch (e) {
    // A node on the path is gone (an author renamed it under a preview): no path to show.
    if (e instanceof TreeRunError) return null;
    throw e;
  }
  const answered = entries.filter((e) => e.answer);
  if (answered.length === 0) return null;
  return (
    <nav className="runner-path" aria-label={t('troubleshoot.pathLabel')}>
      <ol data-testid="tree-path">
        {answered.map((entry, i) => {
          const node = tree.nodes[entry.nodeId];
          const question =
            node && 'text' in node ? localize(node.text, lang, session.variables) : '';
          return (
            <li key={`${entry.nodeId}:${entry.enteredAt}:${i}`} data-testid="tree-path-step">
              <button
                type="button"
                className="runner-path-button"
                title={question}
                aria-label={`${t('troubleshoot.pathBack', { step: i + 1 })}: ${question}`}
                onClick={() => props.onGoBack(answered.length - i)}
              >
                <span className="runner-path-q" lang={lang}>
                  {question}
                </span>
                <span className="runner-path-a" lang={lang}>
                  {answerText(tree, entry, lang, session.variables, t('troubleshoot.done'))}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The values typed so far (R6: variables shown), in the order they were asked. */
export function TreeVariables({ variables }: { variables: Readonly<Record<string, string>> }) {
  const { t } = useTranslation();
  const names = Object.keys(variables);
  if (names.length === 0) return null;
  return (
    <section
      className="runner-variables card"
      aria-labelledby="tree-variables-title"
      data-testid="tree-variables"
    >
      <h3 id="tree-variables-title">{t('troubleshoot.variablesTitle')}</h3>
      <dl>
        {names.map((name) => (
          <div key={name} className="runner-variable" data-variable={name}>
            <dt>{name}</dt>
            <dd>{variables[name]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
