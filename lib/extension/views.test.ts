// What the background hands the card and the popup about sources: every document the card quotes, with the
// pack's title, url, publisher and date, and nothing of its file or text.
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePack, samplePackInput } from '../testing/packs';
import { openStore, seedStore, type Store } from './store';
import { cardView, incidentView } from './views';

let db: Store | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
  await deleteDB('views-test');
});

/** The sample pack with its story published somewhere, and a second, bare document quoted by one claim. */
function pack() {
  const input = samplePackInput();
  return samplePack({
    id: 'seed',
    sources: [
      { ...input.sources[0]!, url: 'https://news.example/oslo', publisher: 'Example News', date: '2025-07-01' },
      { id: 'notes', title: 'Notes', file: 'notes.txt' },
    ],
    claims: input.claims!.map((c) => (c.id === 'long' ? { ...c, citations: [{ source: 'notes', quote: 'Berg says it was long.' }] } : c)),
    incident: { ...input.incident!, sources: ['story', 'notes'] },
  });
}

describe('views of sources', () => {
  it("lists every source a card quotes, facts' and conflicts', once each in the order first quoted", async () => {
    db = await openStore('views-test');
    await seedStore(db, pack());
    const card = await cardView(db, 'bo-berg');
    expect(card?.sources).toEqual([
      { id: 'story', title: 'A short story', url: 'https://news.example/oslo', publisher: 'Example News', date: '2025-07-01' },
      { id: 'notes', title: 'Notes' },
    ]);
    expect((await cardView(db, 'oslo'))?.sources.map((s) => s.id)).toEqual(['story']);
  });

  it("gives the popup's incident the same fields, with the file name", async () => {
    db = await openStore('views-test');
    await seedStore(db, pack());
    expect((await incidentView(db))?.sources).toEqual([
      { id: 'story', title: 'A short story', file: 'story.txt', url: 'https://news.example/oslo', publisher: 'Example News', date: '2025-07-01' },
      { id: 'notes', title: 'Notes', file: 'notes.txt' },
    ]);
  });
});
