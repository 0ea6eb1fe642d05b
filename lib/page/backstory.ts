/**
 * Backstory on one page: asks the background what names to look for, highlights them, opens cards on
 * hover, reports what it found, and takes everything away when switched off or when the extension goes.
 */
import type { CardState } from '../../components/EntityCard';
import { compileMatcher, type Matcher } from '../shared/matcher';
import { nativeApi, type ExtensionApi } from '../shared/extension-api';
import { createSend, type Send } from '../shared/messaging';
import { BackstoryError, type PageEnvelope } from '../shared/protocol';
import { enabledSetting } from '../shared/settings';
import { CARD_CHUNK } from './card-chunk-path';
import type { CardView, ClaimCardView } from '../shared/views';
import type { CardUi } from './card-ui';
import { canHighlight, createHighlights } from './highlight';
import { liveRange, watchHover } from './hover';
import { createPageScanner, type PageMention, type PageScanner } from './scanner';

/** One running session on the page; `stop()` leaves nothing behind. */
/** Loads the card's module: lib/page/card-chunk.ts, built apart and fetched from the extension when first needed. */
export type CardLoader = () => Promise<typeof import('./card-chunk')>;

function runOnPage(doc: Document, matcher: Matcher, send: Send, loadCard: CardLoader) {
  const controller = new AbortController();
  const highlights = createHighlights(doc);
  const shadowRoots: ShadowRoot[] = [];
  const cards = new Map<string, Promise<CardView>>();
  const claimCards = new Map<string, Promise<ClaimCardView>>();
  let ui: CardUi | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      const counts = new Map<number, number>();
      for (const m of scanner.mentions()) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      const entities = [...counts].map(([i, count]) => ({ id: matcher.spec.entities[i]!.id, name: matcher.spec.entities[i]!.name, count }));
      const claims = scanner.claims().map(({ claim }) => {
        const c = matcher.spec.claims[claim!.index]!;
        return { claimId: c.id, conflictId: matcher.spec.conflicts[c.conflict]!.id, stance: claim!.stance, text: claim!.sentence.slice(0, 400) };
      });
      send('reportFindings', { url: location.href, entities, claims }).catch(() => undefined);
    }, 300);
  };

  const scanner: PageScanner = createPageScanner(doc, {
    matcher,
    highlight: highlights.mentions,
    claimHighlight: highlights.claims,
    onChange: report,
    onShadowRoot: (root) => {
      shadowRoots.push(root);
      highlights.styleRoot(root);
    },
  });

  const close = () => {
    ui?.hide();
    highlights.setActive(null);
  };

  let loadingUi: Promise<CardUi> | null = null;
  let hoverSeq = 0;
  /** The card host, once its module has loaded; null if the hover moved on or Backstory stopped meanwhile. */
  const cardFor = async (anchor: Range): Promise<CardUi | null> => {
    const seq = ++hoverSeq;
    highlights.setActive(anchor);
    // The card's code (Preact, positioning, styles) loads the first time a card opens, not on every page.
    loadingUi ??= loadCard().then((m) => {
      if (controller.signal.aborted) throw new Error('switched off');
      return (ui = m.createCardUi(doc, close));
    });
    const card = await loadingUi.catch((error: unknown) => {
      loadingUi = null;
      if (!controller.signal.aborted) console.warn('Backstory could not load its card:', error);
      return null;
    });
    return card && seq === hoverSeq && !controller.signal.aborted ? card : null;
  };
  const failed = (error: unknown) => (error instanceof BackstoryError || error instanceof Error ? error.message : String(error));
  /** One request per card, kept for the page's life (a failure is asked again next time). */
  const fetchOnce = <T,>(cache: Map<string, Promise<T>>, key: string, ask: () => Promise<T>) => {
    let p = cache.get(key);
    if (!p) {
      p = ask();
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };

  const openCard = async (entityIndex: number, anchor: Range) => {
    const entity = matcher.spec.entities[entityIndex]!;
    const card = await cardFor(anchor);
    if (!card) return;
    const loading = fetchOnce(cards, entity.id, () => send('getCard', { entityId: entity.id }));
    card.show(anchor, { status: 'loading', name: entity.name });
    loading.then(
      (view) => card.isOpen() && card.update({ status: 'ready', card: view } satisfies CardState),
      (error: unknown) => card.isOpen() && card.update({ status: 'error', name: entity.name, message: failed(error) }),
    );
  };

  const openClaimCard = async (flag: NonNullable<PageMention['claim']>, anchor: Range) => {
    const claim = matcher.spec.claims[flag.index]!;
    const card = await cardFor(anchor);
    if (!card) return;
    const loading = fetchOnce(claimCards, claim.id, () => send('getClaimCard', { claimId: claim.id }));
    card.show(anchor, { status: 'loading', name: 'Disputed claim' });
    loading.then(
      (view) => card.isOpen() && card.update({ status: 'claim', view, stance: flag.stance }),
      (error: unknown) => card.isOpen() && card.update({ status: 'error', name: 'Disputed claim', message: failed(error) }),
    );
  };

  /** The popup's "Claims on this page": scroll to a flag and open its card. */
  const revealClaim = (index: number): boolean => {
    const flag = scanner.claims()[index];
    if (!flag?.claim) return false;
    const range = liveRange(doc, flag);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void openClaimCard(flag.claim, range);
    return true;
  };

  watchHover(doc, {
    scanner,
    signal: controller.signal,
    shadowRoots: () => shadowRoots,
    isInCard: (target) => !!ui?.contains(target),
    onHover: (mention, anchor) => {
      if (mention?.claim && anchor) void openClaimCard(mention.claim, anchor);
      else if (mention && anchor) void openCard(mention.entity, anchor);
      else {
        hoverSeq++;
        close();
      }
    },
  });
  scanner.start();

  return {
    scanner,
    revealClaim,
    stop() {
      controller.abort();
      clearTimeout(reportTimer);
      scanner.stop();
      highlights.remove();
      ui?.destroy();
      ui = null;
    },
  };
}

/** What the content script's main() calls: runs while Backstory is switched on, until `signal` aborts. */
export async function startBackstory(doc: Document, signal: AbortSignal, api: ExtensionApi = nativeApi(), loadCard: CardLoader = () => import(/* @vite-ignore */ api.runtime.getURL(CARD_CHUNK))): Promise<void> {
  const send = createSend(api.runtime);
  if (!canHighlight()) {
    console.info('Backstory: this browser has no CSS Custom Highlight API; nothing is highlighted.');
    return;
  }
  const { spec, enabled } = await send('getMatcherSpec', {});
  if (signal.aborted) return;
  const matcher = compileMatcher(spec);
  let session: ReturnType<typeof runOnPage> | null = enabled ? runOnPage(doc, matcher, send, loadCard) : null;
  const unwatch = enabledSetting.watch(api.storage, (on) => {
    if (on && !session) session = runOnPage(doc, matcher, send, loadCard);
    if (!on && session) {
      session.stop();
      session = null;
    }
  });
  // The background asks (for the popup) to reveal a claim flag; only the extension itself may ask.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    const m = message as Partial<PageEnvelope<'revealClaim'>> | null;
    if (sender.id !== api.runtime.id || m?.backstory !== 1 || m.type !== 'revealClaim' || typeof m.data?.index !== 'number') return undefined;
    sendResponse(session?.revealClaim(m.data.index) ?? false);
    return undefined;
  };
  api.runtime.onMessage?.addListener(onMessage);
  signal.addEventListener('abort', () => {
    unwatch();
    api.runtime.onMessage?.removeListener(onMessage);
    session?.stop();
    session = null;
  });
}
