import { readFileSync } from 'node:fs';
import { Random } from './random';
import type { SyntheticArticle } from './synthetic-corpus';

const SEED = 7;

/** Two or three words from an article's title, as an agent would type them. */
function fromTitle(title: string, random: Random): string {
  const words = title.split(/\s+/).filter((w) => w.length > 1);
  if (/\p{Script=Han}/u.test(title)) {
    const han = [...title.replace(/[^\p{Script=Han}]/gu, '')];
    const start = random.int(0, Math.max(0, han.length - 3));
    return han.slice(start, start + 2 + random.int(0, 1)).join('');
  }
  const start = random.int(0, Math.max(0, words.length - 2));
  return words
    .slice(start, start + 1 + random.int(1, 2))
    .join(' ')
    .toLowerCase();
}

/** `count` queries drawn from the synthetic articles' titles, every language. */
export function typingQueries(samples: readonly SyntheticArticle[], count: number): string[] {
  const random = new Random(SEED);
  return Array.from({ length: count }, () => {
    const article = samples[random.int(0, samples.length - 1)];
    return article ? fromTitle(article.input.title, random) : 'card';
  });
}

/** `count` queries drawn from the demo knowledge base's titles, every language. */
export function demoQueries(file: string, count: number): string[] {
  const titles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { title: string }).title);
  const random = new Random(SEED);
  return Array.from({ length: count }, () =>
    fromTitle(titles[random.int(0, titles.length - 1)] ?? 'card', random),
  );
}
