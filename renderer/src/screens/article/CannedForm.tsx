import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fillSegments } from '../../../../shared/workstation/canned';
import { Icon } from '../../components/Icon';

/** Placeholders with a label in every UI language; others are shown by their name. */
const NAMED_PLACEHOLDERS = ['customer.name', 'agent.name', 'today'] as const;

function isNamed(name: string): name is (typeof NAMED_PLACEHOLDERS)[number] {
  return (NAMED_PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * A canned response's blanks, a live preview of the text as it will be pasted, and Copy (R8).
 * Enter moves to the next blank and copies from the last one; Ctrl+Enter copies from anywhere.
 * The article view and the quick-search popup both use it.
 */
export function CannedForm(props: {
  text: string;
  lang: string;
  placeholders: readonly string[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
  onCopy: () => void;
  copying?: boolean;
  /** A confirmation or problem after copying. */
  status?: { text: string; error: boolean } | null;
  /** The popup puts the agent straight into the first blank. */
  autoFocus?: boolean;
  copyLabel?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fields = useRef<(HTMLInputElement | null)[]>([]);
  const segments = fillSegments(props.text, props.values);
  const missing = props.placeholders.filter((p) => !(props.values[p] ?? '').trim());

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, index: number): void => {
    if (e.key !== 'Enter' || e.altKey || e.shiftKey) return;
    e.preventDefault();
    const next = fields.current[index + 1];
    if (e.ctrlKey || e.metaKey || !next) props.onCopy();
    else next.focus();
  };

  return (
    <section className="canned" aria-labelledby={`${id}-title`} data-testid="canned-form">
      <h3 id={`${id}-title`}>{t('canned.title')}</h3>
      {props.placeholders.length > 0 ? (
        <div className="canned-fields">
          {props.placeholders.map((name, index) => (
            <div key={name} className="field">
              <label htmlFor={`${id}-${index}`}>
                {isNamed(name) ? t(`canned.placeholder.${name}`) : name}
              </label>
              <input
                id={`${id}-${index}`}
                ref={(el) => {
                  fields.current[index] = el;
                }}
                type="text"
                value={props.values[name] ?? ''}
                autoFocus={props.autoFocus === true && index === 0}
                autoComplete="off"
                spellCheck={false}
                data-testid="canned-field"
                data-placeholder={name}
                onChange={(e) => props.onChange(name, e.target.value)}
                onKeyDown={(e) => onKeyDown(e, index)}
              />
            </div>
          ))}
        </div>
      ) : (
        <p className="muted">{t('canned.noPlaceholders')}</p>
      )}
      <h4 className="canned-preview-title" id={`${id}-preview`}>
        {t('canned.preview')}
      </h4>
      <div
        className="canned-preview"
        lang={props.lang}
        role="region"
        aria-labelledby={`${id}-preview`}
        tabIndex={0}
        data-testid="canned-preview"
      >
        {segments.map((s, i) =>
          s.kind === 'text' ? (
            <span key={i}>{s.text}</span>
          ) : (
            <mark key={i} className={`canned-${s.kind}`} data-placeholder={s.name}>
              {s.text}
            </mark>
          ),
        )}
      </div>
      {missing.length > 0 && (
        <p className="field-hint" data-testid="canned-missing">
          {t('canned.missing', { count: missing.length, names: missing.join(', ') })}
        </p>
      )}
      <div className="form-row">
        <button
          type="button"
          className="button primary"
          disabled={props.copying}
          data-testid="canned-copy"
          onClick={props.onCopy}
        >
          <Icon name="copy" size={16} />
          {props.copyLabel ?? t('canned.copy')}
        </button>
        <p
          className={`canned-status${props.status?.error ? ' field-error' : ''}`}
          role="status"
          data-testid="canned-status"
        >
          {props.status?.text}
        </p>
      </div>
    </section>
  );
}
