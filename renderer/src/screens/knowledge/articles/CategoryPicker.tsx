import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../../shared/languages';
import { pickText } from '../../../../../shared/localized-text';
import type { AuthoringCategory } from '../../../../../shared/workstation/authoring';

/** Several categories (R12): the category tree with a checkbox per category. */
export function CategoryPicker(props: {
  categories: AuthoringCategory[];
  chosen: string[];
  langs: ContentLanguage[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const { categories, chosen, langs } = props;
  const children = (parent: string | null) =>
    categories.filter((c) => c.parentId === parent).sort((a, b) => a.position - b.position);
  const branch = (parent: string | null) => {
    const items = children(parent);
    if (items.length === 0) return null;
    return (
      <ul className="category-picker-level">
        {items.map((c) => (
          <li key={c.id}>
            <label className="check-row" data-category={c.id}>
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                onChange={(e) =>
                  props.onChange(
                    e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id),
                  )
                }
              />
              <span>{pickText(c.names, langs) || c.id}</span>
            </label>
            {branch(c.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <fieldset className="category-picker" data-testid="article-categories">
      <legend>{t('knowledge.editor.meta.categories')}</legend>
      {categories.length === 0 ? (
        <p className="muted">{t('knowledge.editor.meta.noCategories')}</p>
      ) : (
        branch(null)
      )}
    </fieldset>
  );
}
