import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../../shared/languages';

export type Names = Partial<Record<ContentLanguage, string>>;

/** A category's name in every content language (at least one); used to add and to rename. */
export function CategoryNamesForm(props: {
  heading: string;
  initial: Names;
  /** The UI's content language first: the name most authors fill in. */
  langs: readonly ContentLanguage[];
  busy: boolean;
  onSave: (names: Names) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [names, setNames] = useState<Names>(props.initial);
  const [missing, setMissing] = useState(false);
  const order = [...props.langs, ...CONTENT_LANGUAGES.filter((l) => !props.langs.includes(l))];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!Object.values(names).some((n) => n?.trim())) {
      setMissing(true);
      return;
    }
    props.onSave(names);
  };

  return (
    <form
      className="category-form card"
      data-testid="category-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <h3 id={`${id}-heading`}>{props.heading}</h3>
      <p className="muted">{t('knowledge.categories.namesHint')}</p>
      <div className="category-form-names">
        {order.map((lang, n) => (
          <label key={lang} className="category-form-name">
            <span>{t(`contentLanguage.${lang}`)}</span>
            <input
              type="text"
              data-lang={lang}
              lang={lang}
              maxLength={200}
              autoFocus={n === 0}
              value={names[lang] ?? ''}
              onChange={(e) => {
                setMissing(false);
                setNames({ ...names, [lang]: e.target.value });
              }}
            />
          </label>
        ))}
      </div>
      {missing && (
        <p className="category-form-error" role="alert" data-testid="category-form-missing">
          {t('knowledge.categories.nameRequired')}
        </p>
      )}
      <div className="category-form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={props.busy}
          data-testid="category-form-save"
        >
          {t('knowledge.categories.save')}
        </button>
        <button type="button" className="button ghost" onClick={props.onCancel}>
          {t('knowledge.categories.cancel')}
        </button>
      </div>
    </form>
  );
}
