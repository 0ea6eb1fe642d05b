import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePack } from '../testing/packs';
import { conflictsOf, getClaim, getEntity, getSource, listPacks, openStore, removeUserPack, seedStore, storeUserPack, type Store } from './store';

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
  it('stores the pack with the indexes its readers use, and no others', async () => {
    db = await openStore(name);
    expect(await seedStore(db, seed())).toBe('seeded');
    expect((await getEntity(db, 'oslo'))?.name).toBe('Oslo');
    expect((await getClaim(db, 'short'))?.pack).toBe('seed');
    expect((await conflictsOf(db, 'bo-berg')).map((c) => c.id)).toEqual(['length-of-meeting']);
    const indexes = (store: 'entities' | 'claims') => [...db!.transaction(store).store.indexNames].sort();
    expect([indexes('entities'), indexes('claims')]).toEqual([['pack'], ['pack']]);
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
    expect((await listPacks(db)).map((p) => [p.id, p.version]).sort()).toEqual([
      ['mine', 1],
      ['seed', 2],
    ]);
  });

  it('sets aside, whole, a user’s pack whose ids a newer built-in pack now uses', async () => {
    db = await openStore(name);
    await seedStore(db, seed(1));
    await storeUserPack(db, userPack());
    const newer = samplePack({ id: 'seed', version: 2 });
    newer.entities.push({ ...userPack().entities[0]!, id: 'cara' });
    expect(await seedStore(db, newer)).toBe('seeded');
    expect((await getEntity(db, 'cara'))?.pack).toBe('seed');
    const mine = (await listPacks(db)).find((p) => p.id === 'mine')!;
    expect(mine.setAside).toEqual(['entities.0.id: id "cara" is already used by pack "seed"']);
    expect(mine.pack.entities[0]!.name).toBe('Cara Holm');
    expect(await getSource(db, 'my-doc')).toBeUndefined();
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
    expect(db.version).toBe(3);
    expect(await seedStore(db, seed(1))).toBe('seeded');
    expect((await listPacks(db)).map((p) => p.id).sort()).toEqual(['mine', 'seed']);
    expect((await getEntity(db, 'cara'))?.pack).toBe('mine');
    expect((await getClaim(db, 'my-claim'))?.pack).toBe('mine');
    expect((await conflictsOf(db, 'bo-berg')).map((c) => c.id)).toEqual(['length-of-meeting']);
  });

  it('leaves a version-1 database as it was when its upgrade fails part-way, and says so', async () => {
    const v1 = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore('packs', { keyPath: 'id' });
        d.createObjectStore('entities', { keyPath: 'id' }).createIndex('alias', 'aliasKeys', { multiEntry: true });
        d.createObjectStore('meta');
      },
    });
    // A user's pack the upgrade cannot rewrite (its record lost its sources).
    await v1.put('packs', { id: 'mine', name: 'Mine', version: 1, seed: false, pack: { id: 'mine' }, storedAt: 2 });
    await v1.put('meta', 1, 'seedVersion');
    v1.close();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    await expect(openStore(name)).rejects.toThrow(/could not be upgraded/);
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    const after = await openDB(name);
    expect(after.version).toBe(1);
    expect(await after.get('packs', 'mine')).toMatchObject({ name: 'Mine' });
    expect(await after.get('meta', 'seedVersion')).toBe(1);
    after.close();
  });

  it('drops the indexes nothing reads from a version-2 database', async () => {
    const v2 = await openDB(name, 2, {
      upgrade(d) {
        d.createObjectStore('packs', { keyPath: 'id' });
        const entities = d.createObjectStore('entities', { keyPath: 'id' });
        entities.createIndex('alias', 'aliasKeys', { multiEntry: true });
        entities.createIndex('pack', 'pack');
        d.createObjectStore('meta');
        d.createObjectStore('sources', { keyPath: 'id' }).createIndex('pack', 'pack');
        const claims = d.createObjectStore('claims', { keyPath: 'id' });
        for (const [i, k] of [
          ['about', 'about'],
          ['topic', 'topic'],
          ['pack', 'pack'],
        ])
          claims.createIndex(i!, k!);
        const conflicts = d.createObjectStore('conflicts', { keyPath: 'id' });
        conflicts.createIndex('entity', 'entities', { multiEntry: true });
        conflicts.createIndex('pack', 'pack');
        d.createObjectStore('incidents', { keyPath: 'id' }).createIndex('pack', 'pack');
      },
    });
    v2.close();
    db = await openStore(name);
    expect(db.version).toBe(3);
    expect([...db.transaction('entities').store.indexNames]).toEqual(['pack']);
    expect([...db.transaction('claims').store.indexNames]).toEqual(['pack']);
  });

  it('rebuilds a database it cannot read', async () => {
    // A database of our name and version without our object stores (written by something else).
    const broken = await openDB(name, 3, { upgrade: (d) => void d.createObjectStore('junk') });
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
    expect((await listPacks(db)).map((p) => [p.id, p.version]).sort()).toEqual([
      ['mine', 1],
      ['seed', 1],
    ]);
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

describe('store faults', () => {
  it('says so, instead of hanging, when an older connection will not let the store be upgraded', async () => {
    // An older Backstory's connection (version 2) that never closes when asked.
    const old = await openDB(name, 2, { upgrade: (d) => void d.createObjectStore('packs', { keyPath: 'id' }) });
    old.addEventListener('versionchange', () => undefined);
    const began = Date.now();
    await expect(openStore(name, 200)).rejects.toThrow(/held open by an older version/);
    expect(Date.now() - began).toBeLessThan(2000);
    old.close();
    // Once it is gone, the store opens (the queued upgrade ran and was closed; this one opens afresh).
    db = await openStore(name, 200);
    expect(db.version).toBe(3);
  });
});
