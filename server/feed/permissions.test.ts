import { expect, it } from 'vitest';
import type { Snapshot } from '../../shared/sync/protocol';
import { audience, putArticle, treeDocument } from '../test-support/content';
import { describeStores, member, unique } from '../test-support/harness';
import { MiniReplica } from '../test-support/replica';

/** Issue 4 item 9: an agent never receives an article outside its audience, through any route. */
describeStores('permission filtering', (h) => {
  it('shows a cards agent exactly the articles meant for them on every route', async () => {
    const { admin } = h();
    const tag = unique('perm');
    const ids = {
      everyone: `${tag}-everyone`,
      cards: `${tag}-cards`,
      mobile: `${tag}-mobile`,
      cardsLeads: `${tag}-cards-leads`,
      reviewers: `${tag}-reviewers`,
      draft: `${tag}-draft`,
    };
    await putArticle(admin, ids.everyone, { title: `${tag} secret everyone` });
    await putArticle(admin, ids.cards, {
      audience: audience(['cards']),
      title: `${tag} secret cards`,
    });
    await putArticle(admin, ids.mobile, {
      audience: audience(['mobile']),
      title: `${tag} secret mobile`,
    });
    await putArticle(admin, ids.cardsLeads, {
      audience: audience(['cards'], ['team-lead']),
      title: `${tag} secret leads`,
    });
    await putArticle(admin, ids.reviewers, {
      audience: audience([], ['reviewer']),
      title: `${tag} secret reviewers`,
    });
    await putArticle(admin, ids.draft, { title: `${tag} secret draft`, publish: false });
    // An agent in cards who also leads in mobile: per-membership matching must not mix the two.
    const agent = await h().user([member('cards', 'agent'), member('mobile', 'team-lead')]);
    const allowed = [ids.everyone, ids.cards, ids.mobile].sort();
    const mine = (list: string[]) => list.filter((id) => id.startsWith(tag)).sort();

    const list = await agent.client.ok<{ articles: { id: string }[] }>('GET', '/api/articles');
    expect(mine(list.articles.map((a) => a.id))).toEqual(allowed);

    const search = await agent.client.ok<{ articles: { id: string }[] }>(
      'GET',
      `/api/articles?q=${encodeURIComponent(`${tag} secret`)}`,
    );
    expect(mine(search.articles.map((a) => a.id))).toEqual(allowed);

    for (const id of Object.values(ids)) {
      const answer = await agent.client.get(`/api/articles/${id}`);
      expect(answer.status, id).toBe(allowed.includes(id) ? 200 : 404);
    }

    const snapshot = await agent.client.ok<Snapshot>('GET', '/api/sync/snapshot');
    expect(mine(snapshot.records.filter((r) => r.kind === 'article').map((r) => r.id))).toEqual(
      allowed,
    );

    const replica = new MiniReplica(agent.client);
    await replica.pull(3); // from cursor 0: the whole feed, in small pages
    expect(mine(replica.ids('article'))).toEqual(allowed);
    // Not even a tombstone names an article the agent could never see.
    const named = new Set<string>();
    for (const page of await new MiniReplica(agent.client).pull(2)) {
      if (page.type !== 'changes') continue;
      for (const item of page.items) named.add(item.op === 'upsert' ? item.record.id : item.id);
    }
    expect(mine([...named])).toEqual(allowed);
  });

  it('filters trees and notices by audience too', async () => {
    const { admin } = h();
    const tag = unique('tn');
    await admin.ok('PUT', `/api/authoring/trees/${tag}-open`, {
      title: { en: 'Open' },
      document: treeDocument(`${tag}-open`, { title: { en: 'Open' } }),
      publish: true,
    });
    await admin.ok('PUT', `/api/authoring/trees/${tag}-loans`, {
      title: { en: 'Loans only' },
      document: treeDocument(`${tag}-loans`, { title: { en: 'Loans only' } }),
      audience: audience(['loans']),
      publish: true,
    });
    await admin.ok('PUT', `/api/authoring/notices/${tag}-n-open`, {
      priority: 'info',
      title: { en: 'Hi' },
      body: { en: '<p>x</p>' },
    });
    await admin.ok('PUT', `/api/authoring/notices/${tag}-n-loans`, {
      priority: 'urgent',
      title: { en: 'Loans' },
      body: { en: '<p>x</p>' },
      audience: audience(['loans']),
    });
    const agent = await h().user([member('cards', 'agent')]);
    expect((await agent.client.get(`/api/trees/${tag}-open`)).status).toBe(200);
    expect((await agent.client.get(`/api/trees/${tag}-loans`)).status).toBe(404);
    const notices = await agent.client.ok<{ notices: { id: string }[] }>('GET', '/api/notices');
    expect(notices.notices.map((n) => n.id).filter((id) => id.startsWith(tag))).toEqual([
      `${tag}-n-open`,
    ]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    expect(replica.ids('tree').filter((id) => id.startsWith(tag))).toEqual([`${tag}-open`]);
    expect(replica.ids('notice').filter((id) => id.startsWith(tag))).toEqual([`${tag}-n-open`]);
    const fromFeed = new MiniReplica(agent.client);
    await fromFeed.pull();
    expect(
      [...fromFeed.everReceived].filter((k) => k.includes(`${tag}-`) && k.includes('loans')),
    ).toEqual([]);
  });

  it('keeps drafts and authoring routes away from agents', async () => {
    const { admin } = h();
    const id = unique('draft');
    await putArticle(admin, id, { publish: false });
    const agent = await h().user([member('cards', 'agent')]);
    expect((await agent.client.get(`/api/articles/${id}`)).status).toBe(404);
    expect((await agent.client.get('/api/authoring/articles')).status).toBe(403);
    expect((await agent.client.get(`/api/authoring/articles/${id}`)).status).toBe(403);
  });
});
