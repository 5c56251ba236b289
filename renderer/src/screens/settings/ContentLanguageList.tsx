import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../shared/languages';
import { Icon } from '../../components/Icon';
import { moveContentLanguage, toggleContentLanguage } from './settings-form';

/** Chosen languages first, in preference order, then the others to tick. */
export function ContentLanguageList(props: {
  value: readonly ContentLanguage[];
  onChange: (next: ContentLanguage[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const rows = [...value, ...CONTENT_LANGUAGES.filter((l) => !value.includes(l))];
  return (
    <fieldset className={`field content-languages${props.error ? ' has-error' : ''}`}>
      <legend>{t('settings.contentLanguages')}</legend>
      <p className="field-hint">{t('settings.contentLanguagesHint')}</p>
      <ol className="language-list">
        {rows.map((lang) => {
          const index = value.indexOf(lang);
          const chosen = index >= 0;
          const name = t(`contentLanguage.${lang}`);
          return (
            <li key={lang} className={chosen ? 'chosen' : undefined}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen}
                  onChange={(e) => onChange(toggleContentLanguage(value, lang, e.target.checked))}
                />
                <span>{name}</span>
              </label>
              {chosen && (
                <span className="language-rank">
                  {index === 0 ? t('settings.primary') : t('settings.fallback')}
                </span>
              )}
              {chosen && (
                <span className="language-moves">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('settings.moveUp', { language: name })}
                    disabled={index === 0}
                    onClick={() => onChange(moveContentLanguage(value, lang, -1))}
                  >
                    <Icon name="up" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('settings.moveDown', { language: name })}
                    disabled={index === value.length - 1}
                    onClick={() => onChange(moveContentLanguage(value, lang, 1))}
                  >
                    <Icon name="down" size={16} />
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {value.length > 0 && (
        <p className="field-hint" data-testid="content-language-order">
          {value.length === 1
            ? t('settings.contentLanguagesOnly', {
                language: t(`contentLanguage.${value[0] ?? 'en'}`),
              })
            : t('settings.contentLanguagesOrder', {
                order: value.map((l) => t(`contentLanguage.${l}`)).join(' → '),
              })}
        </p>
      )}
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
