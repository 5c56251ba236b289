import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article';
import { quotedMessage } from '../../bridge/call-failure';
import { Icon } from '../../components/Icon';
import { useArticleStore, useStores } from '../../stores/stores-context';

/** How long "Link copied" stays next to the button. */
const CONFIRMATION_MS = 4000;

/** The link an agent pastes into a chat or ticket; the desktop app opens it (cuecard:// scheme). */
export function articleLink(id: string): string {
  return `cuecard://article/${encodeURIComponent(id)}`;
}

/** Favourite, copy link and print, above the article. */
export function ArticleToolbar(props: { article: Article; favourite: boolean; canPrint: boolean }) {
  const { t } = useTranslation();
  const { clipboard } = useStores();
  const setFavourite = useArticleStore((s) => s.setFavourite);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    if (!message || message.error) return;
    const timer = setTimeout(() => setMessage(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const toggleFavourite = (): void => {
    setMessage(null);
    setFavourite(!props.favourite).catch((err: unknown) =>
      setMessage({
        text: t('article.favouriteFailed', { message: quotedMessage(err) }),
        error: true,
      }),
    );
  };

  const copyLink = (): void => {
    const link = articleLink(props.article.id);
    clipboard.writeText(link).then(
      () => setMessage({ text: t('article.linkCopied', { link }), error: false }),
      (err: unknown) =>
        setMessage({ text: t('article.copyFailed', { message: quotedMessage(err) }), error: true }),
    );
  };

  return (
    <div className="article-toolbar no-print">
      <button
        type="button"
        className={`button${props.favourite ? ' is-on' : ''}`}
        aria-pressed={props.favourite}
        title={props.favourite ? t('article.unfavouriteHint') : t('article.favouriteHint')}
        data-testid="favourite-toggle"
        onClick={toggleFavourite}
      >
        <Icon name="star" size={16} filled={props.favourite} />
        {t('article.favourite')}
      </button>
      <button type="button" className="button" data-testid="copy-link" onClick={copyLink}>
        <Icon name="link" size={16} />
        {t('article.copyLink')}
      </button>
      {props.canPrint && (
        <button
          type="button"
          className="button"
          data-testid="print-article"
          onClick={() => window.print()}
        >
          <Icon name="print" size={16} />
          {t('article.print')}
        </button>
      )}
      <p
        className={`toolbar-message${message?.error ? ' field-error' : ''}`}
        role="status"
        data-testid="article-toolbar-message"
      >
        {message?.text}
      </p>
    </div>
  );
}
