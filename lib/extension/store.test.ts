import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePack } from '../testing/packs';
import {
  claimsAbout,
  claimsOnTopic,
  conflictsOf,
  entitiesByAlias,
  getEntity,
  listPacks,
  openStore,
  removeUserPack,
  seedStore,
  storeUserPack,
  type Store,
} from './store';

let name: string;
let db: Store | undefined;
let counter = 0;
beforeEach(() => {
  name = `test-${++counter}`;
});
afterEach(async () => {
  db?.close();
  db = undefined;
  await deleteDB(name);
});

const seed = (version = 1) => samplePack({ id: 'seed', version });
const userPack = () =>
  samplePack({
    id: 'mine',
    sources: [{ id: 'my-doc', title: 'My doc', file: 'my.txt' }],
    entities: [{ id: 'cara', kind: 'person', name: 'Cara Holm', aliases: ['Holm'], summary: 'Someone.', facts: [{ text: 'A fact.', citations: [{ source: 'my-doc', quote: 'q' }] }] }],
    claims: [],
    conflicts: [],
    incident: undefined,
  });

describe('seedStore', () => {
  it('stores the pack with indexes for every lookup', async () => {
    db = await openStore(name);
    expect(await seedStore(db, seed())).toBe('seeded');
    expect((await getEntity(db, 'oslo'))?.name).toBe('Oslo');
    expect((await entitiesByAlias(db, 'LIND')).map((e) => e.id)).toEqual(['ana-lind']);
    expect((await entitiesByAlias(db, 'Анна Линд')).map((e) => e.id)).toEqual(['ana-lind']);
    expect((await claimsAbout(db, 'meeting')).map((c) => c.id).sort()).toEqual(['long', 'short']);
    expect((await claimsOnTopic(db, 'length')).length).toBe(2);
    expect((await conflictsOf(db, 'bo-berg')).map((c) => c.id)).toEqual(['length-of-meeting']);
    expect(await seedStore(db, seed())).toBe('current');
  });

  it('replaces an older seed pack whole on update and keeps user packs', async () => {
    db = await openStore(name);
    await seedStore(db, seed(1));
    await storeUserPack(db, userPack());
    const newer = samplePack({ id: 'seed', version: 2 });
    newer.entities = newer.entities.filter((e) => e.id !== 'oslo');
    expect(await seedStore(db, newer)).toBe('seeded');
    expect(await getEntity(db, 'oslo')).toBeUndefined();
    expect((await getEntity(db, 'cara'))?.pack).toBe('mine');
    expect((await listPacks(db)).map((p) => [p.id, p.version]).sort()).toEqual([['mine', 1], ['seed', 2]]);
  });

  it('upgrades a populated version-1 database, keeping user data and refreshing the seed', async () => {
    // The v1 layout as the first release wrote it: packs, entities by alias, meta.
    const v1 = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore('packs', { keyPath: 'id' });
        d.createObjectStore('entities', { keyPath: 'id' }).createIndex('alias', 'aliasKeys', { multiEntry: true });
        d.createObjectStore('meta');
      },
    });
    const oldSeed = seed(1);
    const mine = samplePack({ id: 'mine', sources: [{ id: 'my-doc', title: 'My doc', file: 'my.txt' }], entities: userPack().entities, claims: [], conflicts: [], incident: undefined });
    mine.claims = [{ id: 'my-claim', topic: 't', claimant: 'cara', text: 'A claim.', about: ['cara'], citations: [{ source: 'my-doc', quote: 'q' }], cues: {} }];
    await v1.put('packs', { id: 'seed', name: 'old', version: 1, seed: true, pack: oldSeed, storedAt: 1 });
    await v1.put('packs', { id: 'mine', name: 'Mine', version: 1, seed: false, pack: mine, storedAt: 2 });
    await v1.put('entities', { ...oldSeed.entities[0], pack: 'seed', aliasKeys: ['ana lind'] });
    await v1.put('entities', { ...mine.entities[0], pack: 'mine', aliasKeys: ['cara holm'] });
    await v1.put('meta', 1, 'seedVersion');
    v1.close();

    db = await openStore(name);
    expect(db.version).toBe(2);
    expect(await seedStore(db, seed(1))).toBe('seeded');
    expect((await listPacks(db)).map((p) => p.id).sort()).toEqual(['mine', 'seed']);
    expect((await getEntity(db, 'cara'))?.pack).toBe('mine');
    expect((await claimsAbout(db, 'cara')).map((c) => c.id)).toEqual(['my-claim']);
    expect((await conflictsOf(db, 'bo-berg')).map((c) => c.id)).toEqual(['length-of-meeting']);
  });

  it('rebuilds a database it cannot read', async () => {
    // A database of our name and version without our object stores (written by something else).
    const broken = await openDB(name, 2, { upgrade: (d) => void d.createObjectStore('junk') });
    broken.close();
    db = await openStore(name);
    expect(db.objectStoreNames.contains('claims')).toBe(true);
    expect(await seedStore(db, seed())).toBe('seeded');
  });

  it('keeps a database written by a newer Backstory and says so', async () => {
    const future = await openDB(name, 99, { upgrade: (d) => void d.createObjectStore('packs') });
    await future.put('packs', { id: 'mine' }, 'mine');
    future.close();
    await expect(openStore(name)).rejects.toThrow(/newer version of Backstory/);
    const again = await openDB(name);
    expect(again.version).toBe(99);
    expect(await again.count('packs')).toBe(1);
    again.close();
  });
});

describe('user packs', () => {
  it('stores a pack all or nothing, also when replacing an earlier import', async () => {
    db = await openStore(name);
    await seedStore(db, seed());
    await storeUserPack(db, userPack());
    const bad = userPack();
    bad.version = 2;
    bad.entities[0]!.name = 'Cara Holm (v2)';
    // A value IndexedDB cannot store, in the pack's last entity: the write fails part-way through, after
    // the old version was deleted and the first new entity written.
    bad.entities.push({ ...bad.entities[0]!, id: 'dan', summary: (() => 'x') as unknown as string });
    await expect(storeUserPack(db, bad)).rejects.toThrow();
    expect((await getEntity(db, 'cara'))?.name).toBe('Cara Holm');
    expect(await getEntity(db, 'dan')).toBeUndefined();
    expect((await listPacks(db)).map((p) => [p.id, p.version]).sort()).toEqual([['mine', 1], ['seed', 1]]);
  });

  it('removes an imported pack and leaves the seed pack intact', async () => {
    db = await openStore(name);
    await seedStore(db, seed());
    await storeUserPack(db, userPack());
    expect(await removeUserPack(db, 'seed')).toBe(false);
    expect(await removeUserPack(db, 'mine')).toBe(true);
    expect(await getEntity(db, 'cara')).toBeUndefined();
    expect((await getEntity(db, 'ana-lind'))?.pack).toBe('seed');
  });
});
