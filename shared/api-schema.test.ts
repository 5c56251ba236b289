import { describe, expect, it } from 'vitest';
import { agentCallArgs, parseAgentCall } from './api-schema';

describe('parseAgentCall', () => {
  it('accepts well-formed calls', () => {
    expect(parseAgentCall('getAppInfo', [])).toMatchObject({ ok: true, name: 'getAppInfo' });
    expect(parseAgentCall('search', [{ text: 'jelszo', lang: 'hu', limit: 5 }])).toMatchObject({
      ok: true,
    });
    expect(parseAgentCall('getArticle', [{ id: 'a1', lang: 'zh-Hant' }])).toMatchObject({
      ok: true,
    });
  });

  it('refuses unknown calls, including inherited property names', () => {
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      expect(parseAgentCall(name, [])).toMatchObject({
        ok: false,
        error: { code: 'unknown-call' },
      });
    }
  });

  it('refuses wrong arity, wrong types and unknown fields', () => {
    expect(parseAgentCall('getAppInfo', ['extra'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(parseAgentCall('search', [{ text: 42 }])).toMatchObject({ ok: false });
    expect(parseAgentCall('search', [{ text: 'a', limit: 10_000 }])).toMatchObject({ ok: false });
    expect(parseAgentCall('getArticle', [{ id: 'a', admin: true }])).toMatchObject({ ok: false });
    expect(parseAgentCall('updateSettings', [{ serverUrl: 'javascript:alert(1)' }])).toMatchObject({
      ok: false,
    });
    expect(parseAgentCall('search', 'not an array')).toMatchObject({ ok: false });
  });

  it('refuses a sign-in without a password and a what’s-new limit out of range', () => {
    expect(parseAgentCall('signIn', [{ username: 'a', password: '' }])).toMatchObject({
      ok: false,
    });
    expect(parseAgentCall('signIn', [{ username: 'a', password: 'p', extra: 1 }])).toMatchObject({
      ok: false,
    });
    expect(parseAgentCall('getWhatsNew', [{ limit: 1000 }])).toMatchObject({ ok: false });
    expect(parseAgentCall('getWhatsNew', [{ limit: 20 }])).toMatchObject({ ok: true });
  });

  it('has a schema for every call', () => {
    expect(Object.keys(agentCallArgs).sort()).toEqual(
      [
        'getAppInfo',
        'getArticle',
        'getSession',
        'getSettings',
        'search',
        'updateSettings',
        'signIn',
        'signOut',
        'getSyncState',
        'syncNow',
        'getWhatsNew',
        'getArticleDetails',
        'markRead',
        'getCategoryTree',
        'listCategory',
        'getDeskLists',
        'setFavourite',
        'sendFeedback',
        'reportQuestion',
        'getHotkeyStatus',
        'closePopup',
        'openInMainWindow',
        'listTrees',
        'getTree',
        'saveTreeSession',
        'reportTreeOutcome',
        'listArticleTrees',
        'listAuthoringTrees',
        'getAuthoringTree',
        'saveAuthoringTree',
        'publishAuthoringTree',
        'listNotices',
        'getNotice',
        'getPendingNotices',
        'markNoticeRead',
        'acknowledgeNotice',
        'getOrgUnits',
        'sendNotice',
        'listSentNotices',
        'getNoticeFollowUp',
        'remindNotice',
        'authoring',
        'suggestEdit',
        'listMyFeedback',
      ].sort(),
    );
  });
});
