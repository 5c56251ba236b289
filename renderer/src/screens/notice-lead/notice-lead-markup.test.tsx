import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../../shared/languages';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import type { NoticeFollowUp } from '../../../../shared/workstation/notices';
import { signedIn } from '../../stores/fake-api';
import { markupStores, renderMarkup } from '../../stores/render-markup';
import type { Stores } from '../../stores/stores-context';
import { FollowUpScreen } from './FollowUpScreen';
import { LeadProblemNotice } from './LeadProblemNotice';
import { NoticeLeadScreen } from './NoticeLeadScreen';
import { SentNoticeList } from './SentNoticeList';

/* Server-rendered markup of the leads' notices: the hooks the e2e tests use, names and guidance. */

function stores(lang: UiLanguage = 'en'): Stores {
  const s = markupStores();
  s.app.setState({
    app: {
      status: 'ready',
      appInfo: { name: 'Cuecard', version: '0', host: 'web', platform: 'linux' },
      settings: { ...DEFAULT_SETTINGS, uiLanguage: lang, contentLanguages: ['en'] },
    },
  });
  return s;
}

const navigate = () => undefined;

const followUp: NoticeFollowUp = {
  notice: {
    id: 'card-outage',
    priority: 'important',
    title: { en: 'Card outage', hu: 'Kártya leállás' },
    requiresAck: true,
    publishAt: '2026-11-24T09:00:00Z',
    expiresAt: null,
    audienceSize: 3,
    read: 2,
    acknowledged: 1,
    audience: { businessLines: ['cards'], positions: [] },
    body: { en: '<p>Down.</p>' },
    linkedArticleIds: [],
  },
  recipients: [
    {
      userId: 'u1',
      username: 'anna',
      name: 'Anna',
      businessLines: ['cards'],
      positions: ['agent'],
      readAt: '2026-11-24T09:01:00Z',
      acknowledgedAt: '2026-11-24T09:02:00Z',
      acknowledgedOn: 'desk-12',
    },
    {
      userId: 'u2',
      username: 'bela',
      name: 'Béla',
      businessLines: ['cards', 'banking'],
      positions: ['agent'],
      readAt: '2026-11-24T09:03:00Z',
      acknowledgedAt: null,
      acknowledgedOn: null,
    },
    {
      userId: 'u3',
      username: 'csaba',
      name: 'Csaba',
      businessLines: ['cards'],
      positions: ['agent'],
      readAt: null,
      acknowledgedAt: null,
      acknowledgedOn: null,
    },
  ],
  teams: [
    {
      businessLine: 'cards',
      names: { en: 'Cards', hu: 'Kártyák' },
      audienceSize: 3,
      read: 2,
      acknowledged: 1,
    },
  ],
  remindedAt: null,
};

describe('leads’ gate', () => {
  it('tells an agent without the lead capability who may compose', () => {
    const s = stores();
    s.session.setState({ session: signedIn() });
    const html = renderMarkup(
      s,
      <NoticeLeadScreen route={{ section: 'notices', compose: 'new' }} navigate={navigate} />,
    );
    expect(html).toContain('data-testid="notice-lead-gate"');
    expect(html).toContain('data-problem="forbidden"');
    expect(html).toContain('Composing and following up notices is for team leads');
  });
});

describe('follow-up markup', () => {
  it('shows counts, teams in the UI language, every recipient in one group, and the device', () => {
    const s = stores('hu');
    s.noticeLead.setState({
      followUp: {
        status: 'ready',
        id: 'card-outage',
        followUp,
        refreshedAt: '2026-11-24T09:05:00Z',
        refreshFailure: null,
      },
      org: {
        status: 'ready',
        org: {
          businessLines: [
            { id: 'cards', names: { en: 'Cards', hu: 'Kártyák' } },
            { id: 'banking', names: { en: 'Banking', hu: 'Számlák' } },
          ],
          positions: [],
        },
      },
    });
    s.app.setState({
      app: {
        status: 'ready',
        appInfo: { name: 'Cuecard', version: '0', host: 'web', platform: 'linux' },
        settings: { ...DEFAULT_SETTINGS, uiLanguage: 'hu', contentLanguages: ['hu', 'en'] },
      },
    });
    const html = renderMarkup(s, <FollowUpScreen id="card-outage" navigate={navigate} />, 'hu');
    expect(html).toContain('data-testid="notice-follow-up"');
    expect(html).toContain('>Kártya leállás</h1>');
    expect(html).toContain('data-read="2" data-acknowledged="1"');
    expect(html).toMatch(/data-team="cards"><th scope="row">Kártyák<\/th>/);
    expect(html).toContain('data-user="anna" data-group="acknowledged"');
    expect(html).toContain('data-user="bela" data-group="read"');
    expect(html).toContain('data-user="csaba" data-group="missing"');
    // A business line outside the audience is named from the org.
    expect(html).toContain('Kártyák, Számlák');
    expect(html).toContain('desk-12');
  });

  it('explains a refused follow-up and offers the list', () => {
    const s = stores();
    s.noticeLead.setState({
      followUp: { status: 'failed', id: 'x', problem: 'not-found', message: '' },
    });
    const html = renderMarkup(s, <FollowUpScreen id="x" navigate={navigate} />);
    expect(html).toContain('data-problem="not-found"');
    expect(html).toContain('>Sent notices</button>');
  });
});

describe('sent list markup', () => {
  it('lists each sent notice with its counts', () => {
    const s = stores();
    s.noticeLead.setState({ sent: { status: 'ready', notices: [followUp.notice] } });
    const html = renderMarkup(s, <SentNoticeList navigate={navigate} />);
    expect(html).toContain('data-notice-id="card-outage"');
    expect(html).toContain('href="#/notices?followUp=card-outage"');
    expect(html).toContain('2 read · 1 acknowledged · of 3');
    expect(html).toContain('3 recipients');
  });
});

describe('problem guidance', () => {
  it('keeps the draft when offline and names whom a lead may address when forbidden', () => {
    const offline = renderMarkup(
      stores(),
      <LeadProblemNotice
        problem="offline"
        message=""
        context="send"
        navigate={navigate}
        onRetry={navigate}
      />,
    );
    expect(offline).toContain('Your draft is kept here');
    expect(offline).toContain('data-testid="notice-lead-retry"');
    const forbidden = renderMarkup(
      stores(),
      <LeadProblemNotice problem="forbidden" message="" context="send" navigate={navigate} />,
    );
    expect(forbidden).toContain('Only team leads of these business lines may send to them');
    expect(forbidden).not.toContain('notice-lead-retry');
  });
});
