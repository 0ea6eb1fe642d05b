import { describe, expect, it } from 'vitest';
import { samplePackInput } from '../testing/packs';
import { validatePack } from './schema';
import { checkQuotes } from './quotes';

describe('validatePack', () => {
  it('accepts a complete pack and applies defaults', () => {
    const result = validatePack(samplePackInput());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.entities[1]!.related).toEqual([]);
  });

  it('reports every shape problem with its path', () => {
    const input = samplePackInput();
    const broken = { ...input, format: 2, entities: [{ ...input.entities[0]!, facts: [{ text: 'x', citations: [] }] }, { id: 'Bad Id' }] };
    const result = validatePack(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('format');
    expect(paths).toContain('entities.0.facts.0.citations');
    expect(paths).toContain('entities.1.id');
    expect(paths).toContain('entities.1.kind');
  });

  it('takes names per language, abbreviations and event patterns, and checks what the patterns refer to', () => {
    const input = samplePackInput();
    const meeting = {
      ...input.entities[3]!,
      names: { en: ['Oslo meeting'], ru: ['встреча в Осло'], az: ['Oslo görüşü'] },
      abbreviations: ['OM'],
      patterns: [{ heads: { en: ['meeting'], ru: ['встреча'] }, participants: ['oslo'] }, { heads: { en: ['talks'] }, participants: ['nowhere'] }, { heads: { en: ['summit'] } }],
    };
    const result = validatePack({ ...input, entities: [...input.entities.slice(0, 3), meeting], ambiguous: [{ alias: 'Lind', entities: ['ana-lind'], as: 'family-name' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'entities.3.patterns.1.participants.0', reason: 'no entity with id "nowhere"' },
      { path: 'entities.3.patterns.2', reason: 'a pattern needs participants or words' },
    ]);
    const bad = validatePack({ ...input, entities: [...input.entities.slice(0, 3), { ...meeting, names: { English: ['x'] }, patterns: [] }] });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['entities.3.names.English']);
  });

  it("takes a source's url, publisher and date, and refuses a url that is not http(s) or a date that is not YYYY-MM-DD", () => {
    const input = samplePackInput();
    const withSource = (extra: object) => validatePack({ ...input, sources: [{ ...input.sources[0]!, ...extra }] });
    const good = withSource({ url: 'https://news.example/story?id=1', publisher: 'Example News', date: '2025-07-01' });
    expect(good.ok && good.pack.sources[0]).toMatchObject({ url: 'https://news.example/story?id=1', publisher: 'Example News', date: '2025-07-01' });
    expect(withSource({ url: 'http://news.example/' }).ok).toBe(true);
    for (const [extra, path] of [
      [{ url: 'javascript:alert(1)' }, 'sources.0.url'],
      [{ url: 'ftp://news.example/story' }, 'sources.0.url'],
      [{ url: 'news.example/story' }, 'sources.0.url'],
      [{ date: '1 July 2025' }, 'sources.0.date'],
      [{ date: '2025-7-1' }, 'sources.0.date'],
      [{ date: '2025-02-30' }, 'sources.0.date'],
      [{ date: '2025-07-01T12:00:00Z' }, 'sources.0.date'],
      [{ publisher: ' ' }, 'sources.0.publisher'],
    ] as const) {
      const bad = withSource(extra);
      expect(bad.ok ? [] : bad.problems.map((p) => p.path), JSON.stringify(extra)).toEqual([path]);
    }
  });

  it('reports references that do not resolve and ids used twice', () => {
    const input = samplePackInput();
    const result = validatePack({
      ...input,
      entities: [...input.entities, { ...input.entities[0]!, related: ['nobody'] }],
      conflicts: [{ id: 'c', topic: 'other', question: 'Q?', claims: ['short', 'missing'] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'entities.4.id', reason: 'id "ana-lind" is already used at entities.0.id' },
        { path: 'entities.4.related.0', reason: 'no entity with id "nobody"' },
        { path: 'conflicts.0.claims.0', reason: 'claim "short" answers topic "length", not "other"' },
        { path: 'conflicts.0.claims.1', reason: 'no claim with id "missing"' },
        { path: 'incident.conflicts.0', reason: 'no conflict with id "length-of-meeting"' },
      ]),
    );
  });
});

describe('checkQuotes', () => {
  it('finds a quote that is not verbatim in its source', () => {
    const result = validatePack(samplePackInput());
    if (!result.ok) throw new Error('sample pack invalid');
    expect(checkQuotes(result.pack, (s) => s.text)).toEqual([]);
    const pack = structuredClone(result.pack);
    pack.claims[0]!.citations[0]!.quote = 'Lind says the meeting was brief.';
    expect(checkQuotes(pack, (s) => s.text)).toEqual([{ path: 'claims.0.citations.0.quote', reason: 'not found verbatim in source "story": “Lind says the meeting was brief.”' }]);
  });
});

describe('hostile packs', () => {
  it('refuses a pack with 100,000 aliases, quickly, with the reason', () => {
    const input = samplePackInput();
    input.entities[0]!.aliases = Array.from({ length: 100_000 }, (_, i) => `Alias ${i}`);
    const began = performance.now();
    const result = validatePack(input);
    expect(performance.now() - began).toBeLessThan(2000);
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'entities', reason: expect.stringMatching(/100\d{3} names and aliases is more than a pack may have \(10000\)/) }] });
  });

  it('refuses a 10 MB pack, with the reason', () => {
    const input = samplePackInput();
    input.sources[0]!.text = `${input.sources[0]!.text} ${'x'.repeat(10_000_000)}`;
    expect(validatePack(input)).toMatchObject({ ok: false, problems: [{ path: '(pack)', reason: expect.stringMatching(/10\.0 MB is more than a pack may be \(5 MB\)/) }] });
  });
});
