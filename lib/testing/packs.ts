/** Small packs for tests: a valid one in the seed pack's shape, and helpers to derive variants. */
import { packSchema, type Pack, type PackInput } from '../pack/schema';
import type { PackSummary } from '../shared/views';

const article = 'Ana Lind met Bo Berg in Oslo. Lind says the meeting was short. Berg says it was long.';

/** A complete, valid pack: two people, a place, an event, a conflict, an incident. */
export function samplePackInput(overrides: Partial<PackInput> = {}): PackInput {
  const cite = (quote: string) => [{ source: 'story', quote }];
  return {
    format: 1,
    id: 'sample',
    name: 'Sample pack',
    version: 1,
    sources: [{ id: 'story', title: 'A short story', file: 'story.txt', text: article }],
    entities: [
      {
        id: 'ana-lind',
        kind: 'person',
        name: 'Ana Lind',
        aliases: ['Lind', 'Анна Линд'],
        summary: 'Met Bo Berg.',
        facts: [{ text: 'Met Bo Berg in Oslo.', citations: cite('Ana Lind met Bo Berg in Oslo.') }],
        related: ['bo-berg'],
      },
      { id: 'bo-berg', kind: 'person', name: 'Bo Berg', aliases: ['Berg'], summary: 'Met Ana Lind.', facts: [{ text: 'Met Ana Lind.', citations: cite('Ana Lind met Bo Berg') }] },
      { id: 'oslo', kind: 'place', name: 'Oslo', aliases: ['Осло'], summary: 'Where they met.', facts: [{ text: 'The meeting was in Oslo.', citations: cite('in Oslo') }] },
      { id: 'meeting', kind: 'event', name: 'The Oslo meeting', summary: 'A meeting.', facts: [{ text: 'They met.', citations: cite('met') }] },
    ],
    claims: [
      { id: 'short', topic: 'length', claimant: 'ana-lind', text: 'The meeting was short.', about: ['meeting', 'ana-lind'], citations: cite('Lind says the meeting was short.') },
      { id: 'long', topic: 'length', claimant: 'bo-berg', text: 'The meeting was long.', about: ['meeting', 'bo-berg'], citations: cite('Berg says it was long.') },
    ],
    conflicts: [{ id: 'length-of-meeting', topic: 'length', question: 'How long was the meeting?', claims: ['short', 'long'] }],
    incident: {
      id: 'oslo-meeting',
      title: 'The Oslo meeting',
      summary: 'Two people met in Oslo.',
      entity: 'meeting',
      timeline: [{ when: 'Once', text: 'They met.', entities: ['ana-lind', 'bo-berg'], citations: cite('Ana Lind met Bo Berg in Oslo.') }],
      parties: ['ana-lind', 'bo-berg'],
      conflicts: ['length-of-meeting'],
      sources: ['story'],
    },
    ambiguous: [],
    neverMatch: [],
    ...overrides,
  };
}

export function samplePack(overrides: Partial<PackInput> = {}): Pack {
  return packSchema.parse(samplePackInput(overrides));
}

/** The packs' summaries the options page lists: the built-in one and a user's. */
export const seedSummary: PackSummary = { id: 'safarov', name: 'The Safarov brothers', version: 3, seed: true, entities: 42 };
export const userSummary: PackSummary = { id: 'my-notes', name: 'My notes', version: 1, seed: false, entities: 1 };
