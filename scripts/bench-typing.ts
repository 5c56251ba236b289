import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { AgentCore, REPLICA_FILE } from '../electron/core/agent-core';
import { startWebHost } from '../electron/core/web-host';
import { importArticlesFile } from '../db/import';
import { parseBenchArgs } from './bench/cli';
import { buildReplica } from './bench/build-replica';
import { DEFAULT_SEED, SyntheticCorpus } from './bench/synthetic-corpus';
import { typingQueries, demoQueries } from './bench/typing-queries';
import { optionsHelp } from './kb/args';
import { ensureRendererBuilt, RENDERER_OUT, ROOT } from './lib/renderer-build';

/*
 * npm run bench:typing: keystroke → results painted in web mode (issue 6, item 10). Chromium
 * types each query key by key into the search screen; the renderer marks every keystroke and the
 * frame its results are painted in (performance.measure 'keystroke-to-paint'), and this script
 * reads those measures. With --articles 0 the replica holds the demo knowledge base.
 */

const OPTIONS = {
  json: { type: 'boolean', help: 'end with one JSON line of the figures' },
  articles: {
    type: 'integer',
    value: 'N',
    min: 0,
    max: 1_000_000,
    help: 'synthetic articles in the replica (default 20000; 0 = the demo knowledge base)',
  },
  queries: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 10_000,
    help: 'queries typed (default 200)',
  },
} as const;

const USAGE = `Usage: npm run bench:typing [-- --articles N] [-- --queries N] [-- --json]

Options:
${optionsHelp(OPTIONS)}`;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseBenchArgs('bench:typing', argv, OPTIONS, USAGE, {
    ignorePositionals: true,
  });
  if (typeof options === 'number') return options;
  const articles = options.articles ?? 20_000;
  const count = options.queries ?? 200;
  const log = (text: string) => process.stderr.write(`${text}\n`);
  ensureRendererBuilt();

  const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-typing-'));
  try {
    let queries: string[];
    if (articles === 0) {
      const core = await AgentCore.open({ dataDir, host: 'web', version: 'bench' });
      importArticlesFile(core.replica, join(ROOT, 'server', 'demo', 'articles.jsonl'));
      core.close();
      queries = demoQueries(join(ROOT, 'server', 'demo', 'articles.jsonl'), count);
    } else {
      log(`building a replica of ${articles.toLocaleString('en')} synthetic articles…`);
      const corpus = new SyntheticCorpus(DEFAULT_SEED);
      const built = buildReplica(join(dataDir, REPLICA_FILE), corpus, articles);
      built.replica.close();
      queries = typingQueries(built.samples, count);
    }
    const core = await AgentCore.open({ dataDir, host: 'web', version: 'bench' });
    await core.updateSettings({ contentLanguages: ['en', 'zh-Hans', 'hu', 'id'] });
    const web = await startWebHost({ core, rendererDir: RENDERER_OUT, port: 0 });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${web.url}#/search`);
      const input = page.getByTestId('search-input');
      await input.waitFor();
      // Warm-up: the first searches load the engine's in-memory state.
      await input.fill('warm up');
      await page.waitForTimeout(500);
      await page.evaluate(() => performance.clearMeasures());
      let typed = 0;
      for (const [i, query] of queries.entries()) {
        await input.fill('');
        await input.pressSequentially(query, { delay: 40 });
        await page.waitForTimeout(120);
        typed += [...query].length;
        if ((i + 1) % 50 === 0) log(`typed ${i + 1} / ${queries.length} queries`);
      }
      const measures = await page.evaluate(() =>
        performance.getEntriesByName('keystroke-to-paint').map((e) => e.duration),
      );
      const sorted = [...measures].sort((a, b) => a - b);
      const figures = {
        articles: articles === 0 ? 'demo' : articles,
        queries: queries.length,
        keystrokes: typed,
        measured: measures.length,
        p50_ms: Number(percentile(sorted, 50).toFixed(1)),
        p99_ms: Number(percentile(sorted, 99).toFixed(1)),
        max_ms: Number((sorted[sorted.length - 1] ?? NaN).toFixed(1)),
      };
      const goal = figures.p99_ms <= 16 ? 'MET' : 'MISSED';
      process.stdout.write(
        `keystroke → results painted, web mode, ${figures.articles} articles: ` +
          `${figures.measured} keystrokes measured of ${typed} typed in ${queries.length} queries\n` +
          `p50 ${figures.p50_ms} ms   p99 ${figures.p99_ms} ms   max ${figures.max_ms} ms   ` +
          `goal p99 ≤ 16 ms: ${goal}\n`,
      );
      if (options.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
      if (measures.length === 0) {
        process.stderr.write('No keystroke-to-paint measures were recorded by the renderer.\n');
        return 1;
      }
      return 0;
    } finally {
      await browser.close();
      await web.close();
      core.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench:typing failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
