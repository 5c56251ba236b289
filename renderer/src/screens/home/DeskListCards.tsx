import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/workstation/desk';
import type { Route } from '../../app/route';
import { ArticleList } from '../../components/ArticleList';
import { useDeskStore, useStores } from '../../stores/stores-context';
import { hrefForRef, routeForRef } from '../troubleshoot/tree-links';

type ListName = 'recent' | 'favourites' | 'mostUsed';

const TEST_IDS: Record<ListName, string> = {
  recent: 'recent-list',
  favourites: 'favourites-list',
  mostUsed: 'most-used-list',
};

/** Home shows a handful of each; the popup and Browse are where the rest are found. */
const HOME_LIST_SIZE = 8;

function DeskListCard(props: {
  name: ListName;
  items: readonly ArticleSummary[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { name, items, status } = props;
  let body;
  if (items.length > 0) {
    body = (
      <ArticleList
        items={items.slice(0, HOME_LIST_SIZE)}
        itemTestId={`${TEST_IDS[name]}-item`}
        hrefFor={hrefForRef}
        onOpen={(ref) => props.navigate(routeForRef(ref))}
        labelledBy={id}
      />
    );
  } else if (status === 'ready' || status === 'failed') {
    body = <p className="muted">{t(`home.desk.${name}Empty`)}</p>;
  } else {
    body = (
      <p className="muted" role="status">
        {t('home.desk.loading')}
      </p>
    );
  }
  return (
    <section
      className="card desk-list"
      aria-labelledby={id}
      data-testid={TEST_IDS[name]}
      data-state={status === 'ready' && items.length === 0 ? 'empty' : status}
    >
      <h2 id={id}>{t(`home.desk.${name}`)}</h2>
      {body}
    </section>
  );
}

/** Recently viewed, favourites and most used (R18 home board), beside What's new. */
export function DeskListCards({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { desk } = useStores();
  const status = useDeskStore((s) => s.status);
  const lists = useDeskStore((s) => s.lists);
  const error = useDeskStore((s) => s.error);
  const load = useDeskStore((s) => s.load);

  useEffect(() => {
    void desk.getState().load();
    return desk.getState().follow();
  }, [desk]);

  return (
    <>
      {status === 'failed' && (
        <div className="notice-box error desk-error" role="alert">
          <p>
            <strong>{t('home.desk.failed', { message: error ?? '' })}</strong>
          </p>
          <button type="button" className="button" onClick={() => void load()}>
            {t('home.desk.retry')}
          </button>
        </div>
      )}
      <div className="cards desk-cards">
        <DeskListCard name="recent" items={lists.recent} status={status} navigate={navigate} />
        <DeskListCard
          name="favourites"
          items={lists.favourites}
          status={status}
          navigate={navigate}
        />
        <DeskListCard name="mostUsed" items={lists.mostUsed} status={status} navigate={navigate} />
      </div>
    </>
  );
}
