import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { ArticleTreeLink } from '../../../../shared/workstation/trees';
import { formatRoute, treeRoute } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { useApi } from '../../stores/stores-context';

/**
 * "Guided troubleshooting" (issue 7 item 2: trees are linked from articles): the trees whose
 * resolutions point at this article. Nothing shows while they load or when there are none; a
 * failure only costs the shortcut, so it is not reported over the article.
 */
export function ArticleTrees(props: {
  articleId: string;
  lang: ContentLanguage;
  openTree: (treeId: string) => void;
  /** Tests and server rendering pass the links in. */
  initial?: ArticleTreeLink[];
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const { articleId, lang } = props;
  const [loaded, setLoaded] = useState<{ key: string; trees: ArticleTreeLink[] } | null>(null);
  const key = `${articleId}:${lang}`;

  useEffect(() => {
    let live = true;
    api.listArticleTrees({ id: articleId, lang }).then(
      (trees) => {
        if (live) setLoaded({ key: `${articleId}:${lang}`, trees });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, articleId, lang]);

  const trees = loaded?.key === key ? loaded.trees : (props.initial ?? []);
  if (trees.length === 0) return null;
  return (
    <section className="article-trees no-print" aria-labelledby={id} data-testid="article-trees">
      <h3 id={id}>
        <Icon name="troubleshoot" size={16} />
        {t('troubleshoot.articleTrees')}
      </h3>
      <ul>
        {trees.map((tree) => (
          <li key={tree.id} data-testid="article-tree" data-tree-id={tree.id}>
            <a
              href={formatRoute(treeRoute(tree.id))}
              lang={tree.lang}
              onClick={onPlainClick(() => props.openTree(tree.id))}
            >
              {tree.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
