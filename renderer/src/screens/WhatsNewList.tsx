import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleChange } from '../../../shared/workstation/sync-state';
import { HOME_PARTS } from '../app/reveal';
import { articleRoute, formatRoute, type Route } from '../app/route';
import { formatTime } from '../lib/format';
import { useWhatsNewStore, useWhatsNewStoreApi } from '../stores/stores-context';

function WhatsNewItem({
  item,
  navigate,
}: {
  item: ArticleChange;
  navigate: (route: Route) => void;
}) {
  const { t, i18n } = useTranslation();
  const route = articleRoute({ id: item.id, lang: item.lang });
  return (
    <li className="whats-new-item" data-testid="whats-new-item" data-change={item.change}>
      <a
        className="whats-new-title"
        href={formatRoute(route)}
        lang={item.lang}
        onClick={(e) => {
          if (e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          navigate(route);
        }}
      >
        {item.title}
      </a>
      <span className="whats-new-meta">
        <span className={`badge change-${item.change}`}>
          {item.change === 'added' ? t('home.whatsNew.added') : t('home.whatsNew.changed')}
        </span>
        <span className={`badge type-${item.type}`}>{t(`articleType.${item.type}`)}</span>
        <time dateTime={item.at}>{formatTime(item.at, i18n.language) ?? ''}</time>
      </span>
    </li>
  );
}

/** Home's list of articles this workstation received lately; follows articlesChanged while shown. */
export function WhatsNewList({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const store = useWhatsNewStoreApi();
  const status = useWhatsNewStore((s) => s.status);
  const items = useWhatsNewStore((s) => s.items);
  const error = useWhatsNewStore((s) => s.error);
  const load = useWhatsNewStore((s) => s.load);

  useEffect(() => {
    void store.getState().load();
    return store.getState().follow();
  }, [store]);

  let body;
  if (status === 'failed' && items.length === 0) {
    body = (
      <div className="notice-box error" role="alert">
        <p>
          <strong>{t('home.whatsNew.failed', { message: error ?? '' })}</strong>
        </p>
        <button type="button" className="button" onClick={() => void load()}>
          {t('home.whatsNew.retry')}
        </button>
      </div>
    );
  } else if (items.length === 0) {
    body =
      status === 'ready' ? (
        <p className="muted" data-testid="whats-new-empty">
          {t('home.whatsNew.empty')}
        </p>
      ) : (
        <p className="muted" role="status">
          {t('home.whatsNew.loading')}
        </p>
      );
  } else {
    body = (
      <ul className="whats-new" aria-labelledby={HOME_PARTS['whats-new']}>
        {items.map((item) => (
          <WhatsNewItem key={`${item.id}:${item.lang}`} item={item} navigate={navigate} />
        ))}
      </ul>
    );
  }

  return (
    <section
      className="card whats-new-card"
      aria-labelledby={HOME_PARTS['whats-new']}
      aria-busy={status === 'loading'}
      data-testid="whats-new"
      data-state={status === 'ready' && items.length === 0 ? 'empty' : status}
    >
      <h2 id={HOME_PARTS['whats-new']} tabIndex={-1}>
        {t('home.whatsNew.title')}
      </h2>
      {body}
    </section>
  );
}
