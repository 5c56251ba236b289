import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { LocalizedText } from '../../../../shared/sync/records';
import type { Tree } from '../../../../shared/trees/model';
import { setText } from './edit-ops';

/** The short tag beside each language's input: the language's own name, for the author's eye. */
const LANGUAGE_TAGS: Record<ContentLanguage, string> = {
  en: 'EN',
  'zh-Hans': '简',
  'zh-Hant': '繁',
  hu: 'HU',
  id: 'ID',
};

/** The HTML lang of each content language, so Chinese renders in the right script's font. */
const HTML_LANG: Record<ContentLanguage, string> = {
  en: 'en',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  hu: 'hu',
  id: 'id',
};

/**
 * One text in every content language, the author's first. A language the tree is published in
 * (`required`) with no text is marked, as the validator will report it.
 */
export function LocalizedFields(props: {
  label: string;
  value: LocalizedText;
  languages: readonly ContentLanguage[];
  required: readonly ContentLanguage[];
  onChange: (next: LocalizedText) => void;
  multiline?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="tree-field localized-fields" data-testid={props.testId}>
      <legend>{props.label}</legend>
      {props.languages.map((lang) => {
        const value = props.value[lang] ?? '';
        const missing = props.required.includes(lang) && value.trim() === '';
        const inputProps = {
          id: `${id}-${lang}`,
          lang: HTML_LANG[lang],
          value,
          'aria-invalid': missing || undefined,
          'data-lang': lang,
          onChange: (e: { target: { value: string } }) =>
            props.onChange(setText(props.value, lang, e.target.value)),
        };
        return (
          <div key={lang} className={`localized-row${missing ? ' missing' : ''}`}>
            <label htmlFor={`${id}-${lang}`} title={t(`contentLanguage.${lang}`)}>
              <span aria-hidden="true">{LANGUAGE_TAGS[lang]}</span>
              <span className="visually-hidden">{t(`contentLanguage.${lang}`)}</span>
            </label>
            {props.multiline ? (
              <textarea rows={2} {...inputProps} />
            ) : (
              <input type="text" {...inputProps} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** A choice of node for a link: every node of the tree, and the link's current target if gone. */
export function NodeSelect(props: {
  label: string;
  value: string | undefined;
  tree: Tree;
  onChange: (next: string | undefined) => void;
  /** Whether "none" is a valid answer (an optional next); otherwise the empty option asks. */
  optional?: boolean;
  testId?: string;
  hideLabel?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const value = props.value ?? '';
  const ids = Object.keys(props.tree.nodes);
  const missing = value !== '' && !ids.includes(value);
  return (
    <div
      className={`tree-field${missing || (!props.optional && value === '') ? ' has-error' : ''}`}
    >
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <select
        id={id}
        value={value}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">
          {props.optional ? t('treeEditor.noNode') : t('treeEditor.chooseNode')}
        </option>
        {missing && <option value={value}>{t('treeEditor.missingNode', { id: value })}</option>}
        {ids.map((nodeId) => {
          const kind = props.tree.nodes[nodeId]?.kind;
          return (
            <option key={nodeId} value={nodeId}>
              {kind ? `${nodeId} · ${t(`treeEditor.kind.${kind}`)}` : nodeId}
            </option>
          );
        })}
      </select>
    </div>
  );
}

export function PlainField(props: {
  label: string;
  value: string;
  onChange: (next: string) => void;
  hint?: string;
  error?: string;
  testId?: string;
  list?: string;
  onBlur?: () => void;
}) {
  const id = useId();
  return (
    <div className={`tree-field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={props.value}
        spellCheck={false}
        autoComplete="off"
        list={props.list}
        data-testid={props.testId}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error || props.hint ? `${id}-note` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
      {(props.error ?? props.hint) && (
        <p id={`${id}-note`} className={props.error ? 'field-error' : 'field-hint'}>
          {props.error ?? props.hint}
        </p>
      )}
    </div>
  );
}
