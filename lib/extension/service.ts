/**
 * The background's work: owns the store, answers the protocol. Everything here can run under the fake
 * browser in unit tests; entrypoints/background.ts only wires it to the real events.
 */
import type { Runtime } from 'webextension-polyfill';
import { matcherSpecFromPacks } from '../pack/matcher-spec';
import { checkQuotes } from '../pack/quotes';
import { validatePack, type Pack, type PackProblem } from '../pack/schema';
import type { MatcherSpec } from '../shared/matcher';
import type { ErrorCode, MessageType, PageEnvelope, PageProtocol, Reply, RequestOf, ResponseOf } from '../shared/protocol';
import type { PageFindings } from '../shared/views';
import { allowedFrom, envelopeSchema, isMessageType, requestSchemas } from './messages';
import { DB_NAME, getPack, listPacks, openStore, packIdClashes, removeUserPack, seedStore, storeUserPack, type Store } from './store';
import { cardView, claimCardView, incidentView } from './views';

/** The full incident page (entrypoints/incident/), reached from the popup and the card. */
export const INCIDENT_PAGE = '/incident.html';

/** Errors by which IndexedDB says the database is gone or closing, rather than that the data was bad. */
function storeLost(error: unknown): boolean {
  return error instanceof DOMException && ['InvalidStateError', 'NotFoundError', 'UnknownError', 'TransactionInactiveError'].includes(error.name);
}

class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: PackProblem[],
  ) {
    super(message);
  }
}

type Handlers = { [K in MessageType]: (data: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>> };

export interface ServiceOptions {
  seed: Pack;
  /** The extension's own id and base URL, to tell its pages from content scripts. */
  extensionId: string;
  extensionUrl: string;
  dbName?: string;
  /** Whether Backstory is switched on (the settings module). */
  isEnabled: () => Promise<boolean>;
  /**
   * Where what each tab found outlives the background: Chrome stops an idle MV3 service worker after
   * about 30 s, and the popup must still show the page's findings (storage.session, memory only).
   */
  session?: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  /** Told what a tab found, each time it reports (the toolbar badge). */
  onFindings?: (tabId: number, findings: PageFindings) => void;
  /** Opens one of the extension's pages in a new tab (browser.tabs.create). */
  openTab?: (path: string) => Promise<unknown>;
  /** Sends a message to a tab's content script (browser.tabs.sendMessage). */
  sendToTab?: (tabId: number, message: PageEnvelope) => Promise<unknown>;
}

export function createService(options: ServiceOptions) {
  const dbName = options.dbName ?? DB_NAME;
  let opening: Promise<Store> | null = null;
  let specCache: MatcherSpec | null = null;
  const findings = new Map<number, PageFindings>();
  const session = options.session;
  const quiet = (p: Promise<unknown> | undefined) => void p?.catch((e) => console.warn('Backstory: session storage', e));

  /** The open, seeded store; reopened (and rebuilt from the seed pack if gone) after any loss. */
  function store(): Promise<Store> {
    if (!opening) {
      opening = (async () => {
        const db = await openStore(dbName);
        const forget = () => {
          opening = null;
          specCache = null;
        };
        db.addEventListener('close', forget);
        db.addEventListener('versionchange', () => {
          db.close();
          forget();
        });
        await seedStore(db, options.seed);
        return db;
      })();
      opening.catch(() => (opening = null));
    }
    return opening;
  }

  /**
   * Runs a store operation; if the database itself was lost under us (deleted, closed by the browser), closes
   * what is left of it, rebuilds it and tries once more. Any other failure (bad data, a refusal) is final: an
   * import that fails is not run twice.
   */
  async function withStore<T>(work: (db: Store) => Promise<T>): Promise<T> {
    try {
      return await work(await store());
    } catch (error) {
      if (!storeLost(error)) throw error;
      console.warn('Backstory: the store was lost, reopening', error);
      const old = opening;
      opening = null;
      specCache = null;
      await old?.then(
        (db) => db.close(),
        () => undefined,
      );
      return work(await store());
    }
  }

  /** Asks a tab's content script (the page protocol); true when it did what was asked. */
  async function askTab<K extends keyof PageProtocol>(tabId: number, type: K, data: PageProtocol[K]['request']): Promise<boolean> {
    if (!options.sendToTab) return false;
    const envelope: PageEnvelope<K> = { backstory: 1, type, data };
    return (await options.sendToTab(tabId, envelope)) === true;
  }

  const handlers: Handlers = {
    async getMatcherSpec() {
      specCache ??= await withStore(async (db) =>
        matcherSpecFromPacks(
          orderPacks(await listPacks(db))
            .filter((p) => !p.setAside)
            .map((p) => p.pack),
        ),
      );
      const spec = specCache;
      return { spec, enabled: await options.isEnabled() };
    },
    async getCard({ entityId }) {
      const card = await withStore((db) => cardView(db, entityId));
      if (!card) throw new Refusal('not-found', `No entity "${entityId}" in the store.`);
      return card;
    },
    async getClaimCard({ claimId }) {
      const card = await withStore((db) => claimCardView(db, claimId));
      if (!card) throw new Refusal('not-found', `No disputed claim "${claimId}" in the store.`);
      return card;
    },
    async getIncident() {
      const view = await withStore((db) => incidentView(db));
      if (!view) throw new Refusal('not-found', 'No pack in the store describes an incident.');
      return view;
    },
    async reportFindings(data, sender) {
      if (sender.tab?.id !== undefined) {
        findings.set(sender.tab.id, data);
        options.onFindings?.(sender.tab.id, data);
        quiet(session?.set({ [`findings.${sender.tab.id}`]: data }));
      }
      return null;
    },
    async revealClaim({ tabId, index }) {
      return askTab(tabId, 'revealClaim', { index });
    },
    async openIncident() {
      await options.openTab?.(INCIDENT_PAGE);
      return null;
    },
    async getFindings({ tabId: id }) {
      const known = findings.get(id);
      if (known || !session) return known ?? null;
      return ((await session.get(`findings.${id}`))[`findings.${id}`] as PageFindings | undefined) ?? null;
    },
    async importPack({ pack: input }) {
      const result = validatePack(input);
      if (!result.ok) throw new Refusal('invalid-pack', `The pack has ${result.problems.length} problem(s).`, result.problems);
      const pack = result.pack;
      const problems = checkQuotes(pack, (s) => s.text);
      const summary = await withStore(async (db) => {
        const others = (await listPacks(db)).filter((p) => p.id !== pack.id && !p.setAside);
        if ((await getPack(db, pack.id))?.seed) problems.push({ path: 'id', reason: `"${pack.id}" is the built-in pack's id` });
        problems.push(
          ...packIdClashes(
            pack,
            others.map((p) => p.pack),
          ),
        );
        if (problems.length) throw new Refusal('invalid-pack', `The pack has ${problems.length} problem(s).`, problems);
        await storeUserPack(db, pack).catch((error: unknown) => {
          // The browser's storage is full: nothing of the pack was stored (one transaction), and the reader is told why.
          if (error instanceof DOMException && error.name === 'QuotaExceededError')
            throw new Refusal('internal', 'There is not enough storage space for this pack; nothing was stored. Free some disk space, or remove other imported packs, and import it again.');
          throw error;
        });
        return { id: pack.id, name: pack.name, version: pack.version, seed: false, entities: pack.entities.length };
      });
      specCache = null;
      return summary;
    },
    async exportPack({ packId }) {
      const record = await withStore((db) => getPack(db, packId));
      if (!record) throw new Refusal('not-found', `No pack "${packId}".`);
      return { json: JSON.stringify(record.pack, null, 2) };
    },
    async removePack({ packId }) {
      const removed = await withStore((db) => removeUserPack(db, packId));
      if (!removed) throw new Refusal('not-found', `No imported pack "${packId}" (the built-in pack cannot be removed).`);
      specCache = null;
      return null;
    },
    async resetPacks() {
      const packs = await withStore(listPacks);
      for (const p of packs) if (!p.seed) await withStore((db) => removeUserPack(db, p.id));
      specCache = null;
      return null;
    },
    async revealEntity({ tabId, entityId }) {
      return askTab(tabId, 'revealEntity', { entityId });
    },
    async listPacks() {
      const packs = await withStore(listPacks);
      return orderPacks(packs).map((p) => ({ id: p.id, name: p.name, version: p.version, seed: p.seed, entities: p.pack.entities.length, ...(p.setAside ? { setAside: p.setAside } : {}) }));
    },
  };

  /** Answers one message: always a Reply, whatever arrives. */
  async function handle(message: unknown, sender: Runtime.MessageSender): Promise<Reply> {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return refuse('malformed', 'Not a Backstory message.');
    const { type, data } = envelope.data;
    if (!isMessageType(type)) return refuse('unknown-message', `Unknown message "${type}".`);
    if (sender.id !== options.extensionId) return refuse('forbidden-sender', 'Messages are accepted from this extension only.');
    const fromExtensionPage = !!sender.url?.startsWith(options.extensionUrl);
    if (allowedFrom[type] === 'extension' && !fromExtensionPage) return refuse('forbidden-sender', `"${type}" is for the extension's own pages.`);
    const parsed = requestSchemas[type].safeParse(data);
    if (!parsed.success) return refuse('malformed', `Malformed "${type}": ${parsed.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ')}`);
    try {
      const handler = handlers[type] as (d: unknown, s: Runtime.MessageSender) => Promise<unknown>;
      return { ok: true, data: (await handler(parsed.data, sender)) as never };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: { code: error.code, message: error.message, problems: error.problems } };
      console.error('Backstory: handler failed', type, error);
      return refuse('internal', error instanceof Error ? error.message : String(error));
    }
  }

  return {
    handle,
    /** Install and update: put the bundled pack in the store (replacing an older seed, keeping user packs). */
    ensureSeeded: () => withStore(async () => undefined),
    /** The next/previous-mention commands: the tab steps to a name and opens its card (false: nothing there). */
    async stepMention(tabId: number, direction: 1 | -1): Promise<boolean> {
      return askTab(tabId, 'stepMention', { direction }).catch(() => false);
    },
    /** Tabs that reported this session, with what they found. */
    knownFindings: () => [...findings],
    forgetTab: (tabId: number) => {
      findings.delete(tabId);
      quiet(session?.remove(`findings.${tabId}`));
    },
    /** For tests: close the database. */
    close: async () => (await opening)?.close(),
  };
}

function refuse(code: ErrorCode, message: string): Reply {
  return { ok: false, error: { code, message } };
}

/** The seed pack first, then imported packs in the order they were stored. */
function orderPacks<T extends { seed: boolean; storedAt: number }>(packs: T[]): T[] {
  return [...packs].sort((a, b) => Number(b.seed) - Number(a.seed) || a.storedAt - b.storedAt);
}
