/** Builds the card and the incident summary from the store: data shaped for views, nothing else. */
import type { Citation, Source } from '../pack/schema';
import type { CardView, ClaimCardView, ClaimView, ConflictView, IncidentView, QuoteView, SourceView } from '../shared/views';
import { getClaim, getConflict, getConflicts, getEntity, getIncidents, getSource, conflictsOf, type ConflictRecord, type Store } from './store';

async function quotes(db: Store, citations: Citation[]): Promise<QuoteView[]> {
  return Promise.all(citations.map(async (c) => ({ sourceId: c.source, sourceTitle: (await getSource(db, c.source))?.title ?? c.source, quote: c.quote })));
}

/** What a view shows of a source: the pack's fields for readers, without its file or text. */
function sourceView({ id, title, url, publisher, date }: Source): SourceView {
  return { id, title, url, publisher, date };
}

/** The name of whoever makes a claim: an entity, or a source document speaking for itself. */
async function claimantName(db: Store, id: string): Promise<string> {
  return (await getEntity(db, id))?.name ?? (await getSource(db, id))?.title ?? id;
}

async function conflictView(db: Store, conflict: ConflictRecord): Promise<ConflictView> {
  const claims: ClaimView[] = [];
  for (const id of conflict.claims) {
    const claim = await getClaim(db, id);
    if (!claim) continue;
    claims.push({ id, claimant: await claimantName(db, claim.claimant), text: claim.text, quotes: await quotes(db, claim.citations), side: claim.side ?? claim.claimant });
  }
  return { id: conflict.id, kind: conflict.kind ?? 'dispute', question: conflict.question, claims };
}

/** The claim card of a flagged sentence: its claim and its dispute, every side. */
export async function claimCardView(db: Store, claimId: string): Promise<ClaimCardView | null> {
  const claim = await getClaim(db, claimId);
  if (!claim) return null;
  const conflict = (await getConflicts(db)).find((c) => c.claims.includes(claimId));
  if (!conflict) return null;
  return { claimId, conflict: await conflictView(db, conflict) };
}

export async function cardView(db: Store, entityId: string): Promise<CardView | null> {
  const entity = await getEntity(db, entityId);
  if (!entity) return null;
  const conflicts = await conflictsOf(db, entityId);
  const related = await Promise.all(entity.related.map((id) => getEntity(db, id)));
  const facts = await Promise.all(entity.facts.map(async (f) => ({ text: f.text, quotes: await quotes(db, f.citations) })));
  const conflictViews = await Promise.all(conflicts.map((c) => conflictView(db, c)));
  const quoted = [...new Set([...facts.flatMap((f) => f.quotes), ...conflictViews.flatMap((c) => c.claims.flatMap((cl) => cl.quotes))].map((q) => q.sourceId))];
  const sources = await Promise.all(quoted.map((id) => getSource(db, id)));
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    summary: entity.summary,
    facts,
    conflicts: conflictViews,
    related: related.filter((e) => e !== undefined).map((e) => ({ id: e.id, name: e.name })),
    sources: sources.filter((s) => s !== undefined).map(sourceView),
  };
}

/** The incident summary of the first pack that has one (the seed pack's, unless a user pack adds its own). */
export async function incidentView(db: Store, packId?: string): Promise<IncidentView | null> {
  const incidents = await getIncidents(db);
  const incident = incidents.find((i) => i.pack === packId) ?? incidents.find((i) => i.pack === 'seed') ?? incidents[0];
  if (!incident) return null;
  const parties = await Promise.all(incident.parties.map((id) => getEntity(db, id)));
  const conflicts = await Promise.all(incident.conflicts.map((id) => getConflict(db, id)));
  const sources = await Promise.all(incident.sources.map((id) => getSource(db, id)));
  return {
    title: incident.title,
    summary: incident.summary,
    timeline: await Promise.all(incident.timeline.map(async (t) => ({ when: t.when, text: t.text, quotes: await quotes(db, t.citations) }))),
    parties: parties.filter((e) => e !== undefined).map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    conflicts: await Promise.all(conflicts.filter((c) => c !== undefined).map((c) => conflictView(db, c))),
    sources: sources.filter((s) => s !== undefined).map((s) => ({ ...sourceView(s), file: s.file })),
  };
}
