/**
 * The knowledge store: one IndexedDB database on the extension's origin (never the page's), opened with
 * idb. Seeded from the bundled pack in one transaction; user packs are kept across updates; a deleted or
 * unreadable database is rebuilt on next use.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Claim, Conflict, Entity, Incident, Pack, PackProblem, Source } from '../pack/schema';

export const DB_NAME = 'backstory';
/**
 * v1: packs, entities (by alias), meta. v2: sources, claims, conflicts, incidents, and their indexes.
 * v3: the indexes nothing reads (entities by alias, claims by subject and by topic) dropped.
 */
export const DB_VERSION = 3;

type Owned<T> = T & { pack: string };
export interface PackRecord {
  id: string;
  name: string;
  version: number;
  seed: boolean;
  /** The pack exactly as validated, for export. */
  pack: Pack;
  storedAt: number;
  /**
   * A user's pack whose ids a newer built-in pack now uses: kept (for export) but set aside, its records
   * out of the store, with the reasons. Importing it again with other ids brings it back.
   */
  setAside?: string[];
}
export type EntityRecord = Owned<Entity>;
export type ConflictRecord = Owned<Conflict> & { entities: string[] };

export interface BackstoryDB extends DBSchema {
  packs: { key: string; value: PackRecord };
  entities: { key: string; value: EntityRecord; indexes: { pack: string } };
  sources: { key: string; value: Owned<Source>; indexes: { pack: string } };
  claims: { key: string; value: Owned<Claim>; indexes: { pack: string } };
  conflicts: { key: string; value: ConflictRecord; indexes: { entity: string; pack: string } };
  incidents: { key: string; value: Owned<Incident>; indexes: { pack: string } };
  meta: { key: string; value: unknown };
}

export type Store = IDBPDatabase<BackstoryDB>;
/** Every store: pack writes take them all in one transaction, so they land whole or not at all. */
const allStores: StoreNames<BackstoryDB>[] = ['packs', 'entities', 'sources', 'claims', 'conflicts', 'incidents', 'meta'];
type WriteTx = IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'readwrite'>;

type UpgradeTx = IDBPTransaction<BackstoryDB, StoreNames<BackstoryDB>[], 'versionchange'>;
/** Index names of older versions that the typed schema no longer lists. */
type AnyStore = { indexNames: DOMStringList; deleteIndex(name: string): void };

/**
 * Creates or upgrades the object stores; each version's step runs once, in order, all in the one
 * versionchange transaction. A step that fails aborts it: the database stays as it was, users' packs kept.
 */
function upgrade(db: IDBPDatabase<BackstoryDB>, oldVersion: number, tx: UpgradeTx, failed: (error: unknown) => void) {
  // An aborted upgrade rejects the transaction's own promise too; openStore reports the failure itself.
  settle(tx.done);
  if (oldVersion < 1) {
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('entities', { keyPath: 'id' });
    db.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    tx.objectStore('entities').createIndex('pack', 'pack');
    db.createObjectStore('sources', { keyPath: 'id' }).createIndex('pack', 'pack');
    db.createObjectStore('claims', { keyPath: 'id' }).createIndex('pack', 'pack');
    const conflicts = db.createObjectStore('conflicts', { keyPath: 'id' });
    conflicts.createIndex('entity', 'entities', { multiEntry: true });
    conflicts.createIndex('pack', 'pack');
    db.createObjectStore('incidents', { keyPath: 'id' }).createIndex('pack', 'pack');
  }
  if (oldVersion >= 1 && oldVersion < 3) {
    for (const [store, index] of [
      ['entities', 'alias'],
      ['claims', 'about'],
      ['claims', 'topic'],
    ] as const) {
      // A database that is not ours lacks the stores: openStore rebuilds it.
      if (!db.objectStoreNames.contains(store)) continue;
      const s = tx.objectStore(store) as unknown as AnyStore;
      if (s.indexNames.contains(index)) s.deleteIndex(index);
    }
  }
  if (oldVersion === 1) {
    // v1 kept only packs and entities: the next seeding rewrites the seed pack, and users' packs get
    // their claims, conflicts and incidents from the pack JSON they were stored with. Inside the upgrade's
    // transaction: if rewriting one fails, nothing of the upgrade lands.
    settle(tx.objectStore('meta').delete('seedVersion'));
    tx.objectStore('packs')
      .getAll()
      .then((records) => records.filter((r) => !r.seed).forEach((r) => putPack(tx as unknown as WriteTx, r.pack, false)))
      .catch((error: unknown) => {
        failed(error);
        tx.abort();
      });
  }
}

/** Thrown when an older Backstory (a window or worker still open) holds the store and will not let it be upgraded. */
export class StoreBlockedError extends Error {
  constructor() {
    super('The knowledge store is held open by an older version of Backstory. Close the browser windows that use it (or restart the browser) and try again.');
    this.name = 'StoreBlockedError';
  }
}

/** How long an upgrade waits for older connections to close before it gives up and says so. */
export const BLOCKED_TIMEOUT_MS = 5000;

/** Thrown when an upgrade of the store failed: it was left as it was (with the user's packs), not wiped. */
export class StoreUpgradeError extends Error {
  constructor(readonly reason: unknown) {
    super('The knowledge store could not be upgraded; it was left as it was. Reload the extension to try again.');
    this.name = 'StoreUpgradeError';
  }
}

/** Thrown when the database was written by a newer Backstory: it is kept (with the user's packs), not wiped. */
export class NewerStoreError extends Error {
  constructor() {
    super('The knowledge store was written by a newer version of Backstory; update the extension to use it.');
    this.name = 'NewerStoreError';
  }
}

/**
 * Opens (creating or upgrading) the database. One that cannot be read (its stores missing or broken) is
 * deleted and made anew; one from a newer version of Backstory is left alone and reported.
 */
export async function openStore(name = DB_NAME, blockedTimeout = BLOCKED_TIMEOUT_MS): Promise<Store> {
  let upgradeFailed: unknown = null;
  const open = () =>
    new Promise<Store>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let gaveUp = false;
      const opening = openDB<BackstoryDB>(name, DB_VERSION, {
        upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx, (error) => (upgradeFailed = error)),
        // Another context is deleting or upgrading the database: step aside so it is not blocked.
        blocking: (_c, _n, event) => (event.target as IDBDatabase).close(),
        // An older connection that does not step aside: wait a little, then say so rather than hang. (The
        // request stays queued; if the old connection closes later, the upgrade runs and is closed again.)
        blocked: () => {
          timer ??= setTimeout(() => {
            gaveUp = true;
            reject(new StoreBlockedError());
          }, blockedTimeout);
        },
      });
      opening.then(
        (db) => {
          clearTimeout(timer);
          if (gaveUp) db.close();
          else resolve(db);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  let db: Store;
  try {
    db = await open();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') throw new NewerStoreError();
    if (upgradeFailed) throw new StoreUpgradeError(upgradeFailed);
    if (error instanceof StoreBlockedError) throw error;
    console.warn('Backstory: the store could not be opened, rebuilding it', error);
    await deleteDB(name);
    return open();
  }
  if (allStores.every((s) => db.objectStoreNames.contains(s))) return db;
  console.warn('Backstory: the store is missing object stores, rebuilding it');
  db.close();
  await deleteDB(name);
  return open();
}

/** A write whose failure the transaction reports (tx.done): its own rejection is not left unhandled. */
const settle = (request: Promise<unknown>) => void request.catch(() => undefined);

/** Writes every record of a pack into an open read-write transaction, the pack's own record last. */
function putPack(tx: WriteTx, pack: Pack, seed: boolean) {
  const owned = { pack: pack.id };
  for (const s of pack.sources) settle(tx.objectStore('sources').put({ ...s, ...owned }));
  for (const e of pack.entities) settle(tx.objectStore('entities').put({ ...e, ...owned }));
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  for (const c of pack.claims) settle(tx.objectStore('claims').put({ ...c, ...owned }));
  for (const c of pack.conflicts) {
    const entities = [...new Set(c.claims.flatMap((id) => claims.get(id)?.about ?? []))];
    settle(tx.objectStore('conflicts').put({ ...c, ...owned, entities }));
  }
  if (pack.incident) settle(tx.objectStore('incidents').put({ ...pack.incident, ...owned }));
  settle(tx.objectStore('packs').put({ id: pack.id, name: pack.name, version: pack.version, seed, pack, storedAt: Date.now() }));
}

/** Deletes every record a pack owns, within the transaction. */
async function deletePack(tx: WriteTx, packId: string) {
  await tx.objectStore('packs').delete(packId);
  for (const name of ['entities', 'sources', 'claims', 'conflicts', 'incidents'] as const) {
    const store = tx.objectStore(name);
    const keys = await store.index('pack').getAllKeys(packId);
    await Promise.all(keys.map((k) => store.delete(k)));
  }
}

/**
 * Runs a transaction's writes and waits for it to commit; if a write throws part-way (a value IndexedDB
 * cannot store), aborts it so that none of the earlier writes land.
 */
async function allOrNothing(tx: WriteTx, writes: () => Promise<void>): Promise<void> {
  try {
    await writes();
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}

/**
 * Puts the bundled seed pack in the store when it is missing or older than the bundled one (install,
 * update, a rebuilt database). One transaction: the old seed data is replaced whole or not at all.
 * User packs are not touched.
 */
export async function seedStore(db: Store, seed: Pack): Promise<'seeded' | 'current'> {
  const tx = db.transaction(allStores, 'readwrite');
  const stored = (await tx.objectStore('meta').get('seedVersion')) as number | undefined;
  const record = await tx.objectStore('packs').get(seed.id);
  if (stored === seed.version && record?.version === seed.version) {
    await tx.done;
    return 'current';
  }
  await allOrNothing(tx, async () => {
    await deletePack(tx, seed.id);
    // The built-in pack always lands; a user's pack that would share ids with it is set aside, not overwritten in part.
    for (const other of await tx.objectStore('packs').getAll()) {
      if (other.seed || other.setAside) continue;
      const clashes = packIdClashes(other.pack, [seed]);
      if (!clashes.length) continue;
      await deletePack(tx, other.id);
      await tx.objectStore('packs').put({ ...other, setAside: clashes.map((c) => `${c.path}: ${c.reason}`) });
    }
    putPack(tx, seed, true);
    await tx.objectStore('meta').put(seed.version, 'seedVersion');
  });
  return 'seeded';
}

/** Stores a user's pack, replacing an earlier import with the same id: all of it, or nothing. */
export async function storeUserPack(db: Store, pack: Pack): Promise<void> {
  const tx = db.transaction(allStores, 'readwrite');
  await allOrNothing(tx, async () => {
    await deletePack(tx, pack.id);
    putPack(tx, pack, false);
  });
}

export async function removeUserPack(db: Store, packId: string): Promise<boolean> {
  const tx = db.transaction(allStores, 'readwrite');
  const record = await tx.objectStore('packs').get(packId);
  if (!record || record.seed) {
    await tx.done;
    return false;
  }
  await deletePack(tx, packId);
  await tx.done;
  return true;
}

export const listPacks = (db: Store) => db.getAll('packs');
export const getPack = (db: Store, id: string) => db.get('packs', id);
export const getEntity = (db: Store, id: string) => db.get('entities', id);
export const getSource = (db: Store, id: string) => db.get('sources', id);
export const getClaim = (db: Store, id: string) => db.get('claims', id);
export const conflictsOf = (db: Store, entityId: string) => db.getAllFromIndex('conflicts', 'entity', entityId);
export const getIncidents = (db: Store) => db.getAll('incidents');
export const getConflict = (db: Store, id: string) => db.get('conflicts', id);
export const getConflicts = (db: Store) => db.getAll('conflicts');

/** Ids a pack would share with other packs (each problem names the other pack). */
export function packIdClashes(pack: Pack, others: Pack[]): PackProblem[] {
  const taken = new Map<string, string>();
  for (const other of others) for (const list of [other.sources, other.entities, other.claims, other.conflicts]) for (const item of list) taken.set(item.id, other.id);
  const problems: PackProblem[] = [];
  const check = (list: { id: string }[], name: string) =>
    list.forEach((item, i) => {
      const owner = taken.get(item.id);
      if (owner) problems.push({ path: `${name}.${i}.id`, reason: `id "${item.id}" is already used by pack "${owner}"` });
    });
  check(pack.sources, 'sources');
  check(pack.entities, 'entities');
  check(pack.claims, 'claims');
  check(pack.conflicts, 'conflicts');
  if (pack.incident) {
    const owner = others.find((o) => o.incident?.id === pack.incident!.id);
    if (owner) problems.push({ path: 'incident.id', reason: `id "${pack.incident.id}" is already used by pack "${owner.id}"` });
  }
  return problems;
}
