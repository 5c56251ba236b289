import { describe, expect, it } from 'vitest';
import type { UserCapability } from '../../../../../shared/api';
import type { ArticleStatus } from '../../../../../shared/workstation/authoring-constants';
import { createFakeApi } from '../../../stores/fake-api';
import { article } from './test-articles';
import { allowedActions, checkChoice, runWorkflow } from './workflow-actions';

// R15: the panel offers exactly what the server allows for the user's role and the status.

const author = { username: 'author.kb', capabilities: ['author'] as UserCapability[] };
const otherAuthor = { username: 'someone.else', capabilities: ['author'] as UserCapability[] };
const reviewer = {
  username: 'reviewer.kb',
  capabilities: ['author', 'reviewer'] as UserCapability[],
};

const actionsFor = (status: ArticleStatus, actor: typeof author, reviewRequired = true) =>
  allowedActions(article({ status, reviewRequired }), actor);

describe('allowedActions (R15 roles and statuses)', () => {
  it('an author submits a draft but cannot approve, send back or archive it', () => {
    expect(actionsFor('draft', author)).toEqual(['submit', 'mark-reviewed']);
    expect(actionsFor('in-review', author)).toEqual(['mark-reviewed']);
    expect(actionsFor('published', author)).toEqual(['mark-reviewed']);
    expect(actionsFor('archived', author)).toEqual([]);
  });

  it('an author who does not own the article may not mark it reviewed', () => {
    expect(actionsFor('published', otherAuthor)).toEqual([]);
    expect(actionsFor('draft', otherAuthor)).toEqual(['submit']);
  });

  it('an author may publish an article that does not require review', () => {
    expect(actionsFor('draft', author, false)).toContain('approve');
    expect(actionsFor('in-review', author, false)).toContain('approve');
  });

  it('a reviewer approves or sends back what is in review, archives and unarchives', () => {
    expect(actionsFor('in-review', reviewer)).toEqual([
      'approve',
      'send-back',
      'mark-reviewed',
      'archive',
    ]);
    expect(actionsFor('draft', reviewer)).toEqual([
      'submit',
      'approve',
      'mark-reviewed',
      'archive',
    ]);
    expect(actionsFor('scheduled', reviewer)).toEqual(['mark-reviewed', 'archive']);
    expect(actionsFor('published', reviewer)).toEqual(['mark-reviewed', 'archive']);
    expect(actionsFor('archived', reviewer)).toEqual(['unarchive']);
  });

  it('admins count as reviewers', () => {
    const admin = { username: 'admin', capabilities: ['admin'] as UserCapability[] };
    expect(actionsFor('in-review', admin)).toContain('send-back');
  });
});

describe('checkChoice and runWorkflow (R15)', () => {
  const now = new Date('2026-11-24T12:00:00');

  it('blocks a send-back without a comment and never asks the server', async () => {
    const fake = createFakeApi();
    const outcome = await runWorkflow(
      fake.api,
      'card-lost',
      { action: 'send-back', comment: '  ' },
      now,
    );
    expect(outcome).toEqual({ ok: false, problem: 'comment-required', message: '' });
    expect(fake.sent.authoring).toEqual([]);
  });

  it('blocks a scheduled publication in the past or without a complete time', () => {
    expect(
      checkChoice({ action: 'approve', comment: '', publishAtLocal: '2026-11-24T11:59' }, now),
    ).toEqual({
      ok: false,
      problem: 'publish-at-past',
    });
    expect(
      checkChoice({ action: 'approve', comment: '', publishAtLocal: '2026-11-24' }, now),
    ).toEqual({
      ok: false,
      problem: 'publish-at-invalid',
    });
  });

  it('sends a future publication time as an ISO instant, and null for now', async () => {
    const fake = createFakeApi();
    const published = article({ status: 'scheduled' });
    fake.state.authoringAnswers.workflow = { ok: true, article: published };
    const outcome = await runWorkflow(
      fake.api,
      'card-lost',
      { action: 'approve', comment: ' ok ', publishAtLocal: '2026-11-24T13:30' },
      now,
    );
    expect(outcome).toEqual({ ok: true, article: published });
    expect(fake.sent.authoring).toEqual([
      {
        op: 'workflow',
        id: 'card-lost',
        action: 'approve',
        comment: 'ok',
        publishAt: new Date('2026-11-24T13:30').toISOString(),
      },
    ]);
    await runWorkflow(fake.api, 'card-lost', { action: 'approve', comment: '' }, now);
    expect(fake.sent.authoring[1]).toMatchObject({ publishAt: null });
  });

  it('passes the server refusal on with its problem and message', async () => {
    const fake = createFakeApi();
    fake.state.authoringAnswers.workflow = {
      ok: false,
      problem: 'conflict',
      message: 'The article is draft.',
    };
    const outcome = await runWorkflow(
      fake.api,
      'card-lost',
      { action: 'send-back', comment: 'Fix it' },
      now,
    );
    expect(outcome).toEqual({ ok: false, problem: 'conflict', message: 'The article is draft.' });
    expect(fake.sent.authoring[0]).not.toHaveProperty('publishAt');
  });
});
