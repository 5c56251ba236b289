// Reading marks and "changed since you last read" (issue 6 item 3; R18).
import { expect, it } from 'vitest';
import { deleteArticles, upsertArticles } from '../articles';
import { articleInput, cleanupAfterEach, replicaPerTest } from '../testing';
import { changesSinceRead, markRead, readMark } from './reading';

const newReplica = replicaPerTest(cleanupAfterEach());
const at = '2026-11-24T08:00:00.000Z';

const edition = (revision: number, bodyText: string) =>
  articleInput({ id: 'a', lang: 'en', title: 'Blocking a card', revision, bodyText });

it('no changes until read; after a newer revision, the new words and the removed count', () => {
  const replica = newReplica();
  upsertArticles(replica, [edition(1, 'Block the card in the app.')]);
  expect(changesSinceRead(replica, 'a', 'en')).toBeNull();
  expect(markRead(replica, 'a', 'en', 1, at)).toBe(true);
  expect(readMark(replica, 'a', 'en')).toEqual({
    revision: 1,
    readAt: at,
    text: 'Block the card in the app.',
  });
  expect(changesSinceRead(replica, 'a', 'en')).toBeNull();

  upsertArticles(replica, [edition(2, 'Block the card at once in the mobile app.')]);
  expect(changesSinceRead(replica, 'a', 'en')).toEqual({
    readRevision: 1,
    readAt: at,
    text: [
      { text: 'Block the card ', match: false },
      { text: 'at once', match: true },
      { text: ' in the ', match: false },
      { text: 'mobile', match: true },
      { text: ' app.', match: false },
    ],
    removedWords: 0,
  });
  expect(markRead(replica, 'a', 'en', 2, at)).toBe(true);
  expect(changesSinceRead(replica, 'a', 'en')).toBeNull();
});

it('refuses to mark a revision the replica no longer holds', () => {
  const replica = newReplica();
  upsertArticles(replica, [edition(1, 'Old text')]);
  markRead(replica, 'a', 'en', 1, at);
  upsertArticles(replica, [edition(2, 'New text')]);
  // The agent was reading revision 1 when 2 arrived: 2 is still unread.
  expect(markRead(replica, 'a', 'en', 1, at)).toBe(false);
  expect(markRead(replica, 'a', 'en', 3, at)).toBe(false);
  expect(markRead(replica, 'missing', 'en', 1, at)).toBe(false);
  expect(changesSinceRead(replica, 'a', 'en')?.text).toEqual([
    { text: 'New', match: true },
    { text: ' text', match: false },
  ]);
});

it('a mark from before the text was kept shows the current text, nothing marked', () => {
  const replica = newReplica();
  upsertArticles(replica, [edition(3, 'Current text')]);
  replica.db
    .prepare(
      `INSERT INTO read_state (article_id, lang, revision_read, read_at) VALUES ('a', 'en', 1, ?)`,
    )
    .run(at);
  expect(changesSinceRead(replica, 'a', 'en')).toMatchObject({
    readRevision: 1,
    text: [{ text: 'Current text', match: false }],
    removedWords: 0,
  });
});

it('marks go with the article', () => {
  const replica = newReplica();
  upsertArticles(replica, [edition(1, 'Text')]);
  markRead(replica, 'a', 'en', 1, at);
  deleteArticles(replica, ['a']);
  expect(readMark(replica, 'a', 'en')).toBeNull();
});
