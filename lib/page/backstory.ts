/**
 * Backstory on one page: asks the background what names to look for, highlights them, opens cards on
 * hover, reports what it found, and takes everything away when switched off or when the extension goes.
 */
import type { CardState } from '../../components/EntityCard';
import { compileMatcher, type Matcher } from '../shared/matcher';
import { nativeApi, type ExtensionApi } from '../shared/extension-api';
import { createSend, type Send } from '../shared/messaging';
import { BackstoryError } from '../shared/protocol';
import { enabledSetting } from '../shared/settings';
import { CARD_CHUNK } from './card-chunk-path';
import type { CardView } from '../shared/views';
import type { CardUi } from './card-ui';
import { canHighlight, createHighlights } from './highlight';
import { watchHover } from './hover';
import { createPageScanner, type PageScanner } from './scanner';

/** One running session on the page; `stop()` leaves nothing behind. */
/** Loads the card's module: lib/page/card-chunk.ts, built apart and fetched from the extension when first needed. */
export type CardLoader = () => Promise<typeof import('./card-chunk')>;

function runOnPage(doc: Document, matcher: Matcher, send: Send, loadCard: CardLoader) {
  const controller = new AbortController();
  const highlights = createHighlights(doc);
  const shadowRoots: ShadowRoot[] = [];
  const cards = new Map<string, Promise<CardView>>();
  let ui: CardUi | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      const counts = new Map<number, number>();
      for (const m of scanner.mentions()) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      const entities = [...counts].map(([i, count]) => ({ id: matcher.spec.entities[i]!.id, name: matcher.spec.entities[i]!.name, count }));
      send('reportFindings', { url: location.href, entities }).catch(() => undefined);
    }, 300);
  };

  const scanner: PageScanner = createPageScanner(doc, {
    matcher,
    highlight: highlights.mentions,
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
  const openCard = async (entityIndex: number, anchor: Range) => {
    const entity = matcher.spec.entities[entityIndex]!;
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
    if (!card || seq !== hoverSeq || controller.signal.aborted) return;
    let loading = cards.get(entity.id);
    if (!loading) {
      loading = send('getCard', { entityId: entity.id });
      cards.set(entity.id, loading);
      loading.catch(() => cards.delete(entity.id));
    }
    card.show(anchor, { status: 'loading', name: entity.name });
    loading.then(
      (view) => card.isOpen() && card.update({ status: 'ready', card: view } satisfies CardState),
      (error: unknown) =>
        card.isOpen() &&
        card.update({ status: 'error', name: entity.name, message: error instanceof BackstoryError || error instanceof Error ? error.message : String(error) }),
    );
  };

  watchHover(doc, {
    scanner,
    signal: controller.signal,
    shadowRoots: () => shadowRoots,
    isInCard: (target) => !!ui?.contains(target),
    onHover: (mention, anchor) => {
      if (mention && anchor) void openCard(mention.entity, anchor);
      else {
        hoverSeq++;
        close();
      }
    },
  });
  scanner.start();

  return {
    scanner,
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
  signal.addEventListener('abort', () => {
    unwatch();
    session?.stop();
    session = null;
  });
}
