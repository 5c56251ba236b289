import type { ArticleRef } from '../../../shared/api';
import type { ContentLanguage } from '../../../shared/languages';
import type { Tree } from '../../../shared/trees/model';
import { resumeSession, type TreeSession } from '../../../shared/trees/runner';
import type { EventPayload, OutboxEventType } from '../../../shared/sync/outbox';
import type {
  ArticleTreeLink,
  TreeForRun,
  TreeOutcomeReport,
  TreeRef,
  TreeSessionSave,
  TreeSummary,
} from '../../../shared/workstation/trees';
import type { Replica } from '../../../db/connection';
import { treeLanguages } from '../../../db/trees/search-docs';
import {
  deleteTreeSession,
  saveTreeSession,
  treeSession,
  treeSessions,
} from '../../../db/trees/sessions';
import { firstText, parseTreeDocument } from '../../../db/trees/tree-text';
import {
  storedTree,
  storedTrees,
  treesLinkingArticle,
  type TreeRow,
} from '../../../db/trees/trees';
import { fitOutcomeReport } from './outcome-report';

export interface TreeDeskOptions {
  replica: Replica;
  /** The agent's reading languages, `preferred` first (electron/core/search-languages.ts). */
  readingLanguages: (preferred?: ContentLanguage) => ContentLanguage[];
  /** Queues an analytics event (WorkstationSync.record: dropped while nobody is signed in). */
  report: <T extends OutboxEventType>(type: T, payload: EventPayload<T>) => void;
  log?: (message: string) => void;
  now?: () => Date;
}

/** Said when a run is saved for a tree the replica does not hold (withdrawn meanwhile). */
export const UNKNOWN_TREE = (id: string) =>
  `There is no troubleshooting tree "${id}" on this workstation (it may have been withdrawn): ` +
  'open it again from the Troubleshoot list.';

/**
 * Running troubleshooting trees from the replica (issue 7 item 2–3): the list, one tree with its
 * saved run, saving runs across restarts, and outcomes to the outbox. Works offline.
 */
export class TreeDesk {
  /** Trees whose document did not parse, logged once each per version. */
  private readonly reported = new Set<string>();

  constructor(private readonly o: TreeDeskOptions) {}

  list(): TreeSummary[] {
    const replica = this.o.replica;
    const langs = this.o.readingLanguages();
    const { rows, sessions } = replica.read(() => ({
      rows: storedTrees(replica),
      sessions: treeSessions(replica),
    }));
    const out: TreeSummary[] = [];
    for (const row of rows) {
      const tree = this.parse(row);
      if (!tree) continue;
      const lang = bestLanguage(row, langs);
      const saved = sessions.get(row.id);
      const session = saved ? resumeSession(tree, saved.session) : null;
      out.push({
        id: row.id,
        title: row.title[lang] ?? '',
        lang,
        firstStep: firstText(tree, lang),
        nodeCount: Object.keys(tree.nodes).length,
        documentVersion: row.documentVersion,
        updatedAt: row.updatedAt,
        savedSession:
          saved && session ? { updatedAt: saved.updatedAt, steps: stepsTaken(session) } : null,
      });
    }
    const collator = new Intl.Collator(langs[0] ?? 'en');
    return out.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  }

  /** The tree to run, with the saved run when it still fits this version; null if absent or unreadable. */
  get(ref: TreeRef): TreeForRun | null {
    const replica = this.o.replica;
    const { row, saved } = replica.read(() => ({
      row: storedTree(replica, ref.id),
      saved: treeSession(replica, ref.id),
    }));
    if (!row) return null;
    const tree = this.parse(row);
    if (!tree) return null;
    return {
      id: row.id,
      lang: bestLanguage(row, this.o.readingLanguages(ref.lang)),
      langs: treeLanguages(row.title),
      documentVersion: row.documentVersion,
      tree,
      session: saved ? resumeSession(tree, saved.session) : null,
      updatedAt: row.updatedAt,
    };
  }

  /** Forgetting a run is idempotent; saving one for a tree the replica lacks is refused. */
  saveSession(input: TreeSessionSave): void {
    if (input.session === null) {
      deleteTreeSession(this.o.replica, input.treeId);
      return;
    }
    if (input.session.treeId !== input.treeId) {
      throw new Error(
        `This run belongs to tree "${input.session.treeId}", not "${input.treeId}": it was not saved.`,
      );
    }
    if (!saveTreeSession(this.o.replica, input.treeId, input.session, this.now())) {
      throw new Error(UNKNOWN_TREE(input.treeId));
    }
  }

  /**
   * The end of a run, for path analytics (R25), then the saved run is forgotten. Like searches
   * and article views, outcomes reach the outbox only while someone is signed in (they belong to
   * a user); signed out the event is dropped and the run is forgotten all the same.
   */
  reportOutcome(report: TreeOutcomeReport): void {
    this.o.report('tree-outcome', fitOutcomeReport(report));
    deleteTreeSession(this.o.replica, report.treeId);
  }

  /** Trees with a resolution that links the article, titled in the best reading language. */
  articleTrees(ref: ArticleRef): ArticleTreeLink[] {
    const replica = this.o.replica;
    const langs = this.o.readingLanguages(ref.lang);
    return replica.read(() =>
      treesLinkingArticle(replica, ref.id).flatMap((id) => {
        const row = storedTree(replica, id);
        if (!row) return [];
        const lang = bestLanguage(row, langs);
        return [{ id, title: row.title[lang] ?? '', lang }];
      }),
    );
  }

  private parse(row: TreeRow): Tree | null {
    const tree = parseTreeDocument(row.document);
    if (tree) return tree;
    const key = `${row.id}@${row.version}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      (this.o.log ?? console.warn)(
        `[cuecard] tree ${row.id} (version ${row.version}) is not a tree document this version can run; it is left out.`,
      );
    }
    return null;
  }

  private now(): string {
    return (this.o.now?.() ?? new Date()).toISOString();
  }
}

/** The first of `langs` the tree's title has, else the first language it has at all. */
function bestLanguage(row: TreeRow, langs: readonly ContentLanguage[]): ContentLanguage {
  const available = treeLanguages(row.title);
  return langs.find((l) => available.includes(l)) ?? available[0] ?? langs[0] ?? 'en';
}

/** Answers the agent gave (conditions branch by themselves). */
function stepsTaken(session: TreeSession): number {
  return session.path.filter((v) => v.answer && v.answer.kind !== 'branch').length;
}
