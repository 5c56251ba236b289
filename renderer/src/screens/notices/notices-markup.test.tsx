import { describe, expect, it } from 'vitest';
import { UrgentNoticeModal } from '../../app/UrgentNoticeModal';
import { signedIn } from '../../stores/fake-api';
import { noticeView } from '../../stores/fake-notices';
import { markupStores, renderMarkup } from '../../stores/render-markup';
import { PinnedNotices } from '../home/PinnedNotices';
import { NoticeDetail } from './NoticeDetail';
import { NoticeHistory } from './NoticeHistory';

/* Server-rendered markup of the agents' notices (issue 8): the hooks the e2e tests use and the ARIA. */

const navigate = () => undefined;

const outage = noticeView('outage', {
  priority: 'urgent',
  requiresAck: true,
  title: 'Card payments down',
  bodyHtml: '<p>Do not reissue cards.</p>',
  linkedArticles: [{ id: 'card-limits', title: 'Card limits' }],
});

describe('urgent notice modal markup', () => {
  it('is an alert dialog named by the notice, with one way out: the acknowledgement', () => {
    const s = markupStores();
    s.pendingNotices.setState({ mustAcknowledge: [outage, noticeView('second')] });
    const html = renderMarkup(s, <UrgentNoticeModal navigate={navigate} />);
    expect(html).toContain('role="alertdialog"');
    expect(html).toContain('aria-modal="true"');
    expect(html).toContain('data-notice-id="outage"');
    expect(html).toMatch(/aria-labelledby="([^"]+)".*<h2 id="\1"[^>]*>Card payments down<\/h2>/);
    expect(html).toContain('href="#/search?article=card-limits"');
    expect(html).toContain('data-testid="urgent-notice-count">1 of 2<');
    expect(html).toContain('data-testid="urgent-notice-acknowledge">Read and understood<');
  });

  it('is empty when nothing awaits acknowledgement', () => {
    const html = renderMarkup(markupStores(), <UrgentNoticeModal navigate={navigate} />);
    expect(html).not.toContain('urgent-notice-acknowledge');
  });

  it('speaks Traditional Chinese', () => {
    const s = markupStores();
    s.pendingNotices.setState({ mustAcknowledge: [outage] });
    const html = renderMarkup(s, <UrgentNoticeModal navigate={navigate} />, 'zh-TW');
    expect(html).toContain('已閱讀並瞭解');
    expect(html).toContain('來自組長的緊急公告');
  });
});

describe('notices markup', () => {
  it('pins unread important notices on Home, each a link to the notice', () => {
    const s = markupStores();
    s.pendingNotices.setState({
      pinned: [noticeView('fees', { priority: 'important', title: 'New fees' })],
    });
    const html = renderMarkup(s, <PinnedNotices navigate={navigate} />, 'hu');
    expect(html).toContain('data-testid="pinned-notices"');
    expect(html).toContain('href="#/notices?notice=fees"');
    expect(html).toContain('Fontos közlemények');
  });

  it('lists the history with priority, status and reading, and leads get compose and follow-up', () => {
    const s = markupStores();
    s.noticeHistory.setState({
      status: 'ready',
      items: [
        outage,
        noticeView('old', {
          priority: 'important',
          status: 'expired',
          expiresAt: '2025-03-05T09:15:00.000Z',
          reading: { readAt: '2025-03-04T10:00:00.000Z', acknowledgedAt: null },
        }),
      ],
    });
    s.session.setState({ session: signedIn('Lea', 'lea', ['agent', 'lead']) });
    const html = renderMarkup(s, <NoticeHistory navigate={navigate} />);
    expect(html).toContain('data-testid="notices-new"');
    expect(html).toContain('data-testid="notices-follow-up"');
    expect(html).toMatch(/data-notice-id="outage"[^>]*data-status="active"/);
    expect(html).toContain('data-reading="awaitingAck"');
    expect(html).toMatch(/data-notice-id="old"[^>]*data-status="expired"/);
    expect(html).toContain('>Expired<');
    expect(html).toContain('data-reading="read"');
    expect(html).toContain('>Urgent<');
  });

  it('hides compose and follow-up from agents', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn() });
    const html = renderMarkup(s, <NoticeHistory navigate={navigate} />);
    expect(html).not.toContain('notices-new');
  });

  it('offers "Read and understood" in the notice view until acknowledged', () => {
    const s = markupStores();
    s.notice.setState({ id: 'outage', status: 'ready', notice: outage });
    const html = renderMarkup(s, <NoticeDetail id="outage" navigate={navigate} />);
    expect(html).toContain('data-testid="notice-acknowledge"');
    s.notice.setState({
      notice: {
        ...outage,
        reading: { readAt: '2025-03-04T10:00:00.000Z', acknowledgedAt: '2025-03-04T10:00:00.000Z' },
      },
    });
    const done = renderMarkup(s, <NoticeDetail id="outage" navigate={navigate} />);
    expect(done).not.toContain('data-testid="notice-acknowledge"');
    expect(done).toContain('data-testid="notice-acknowledged"');
  });
});
