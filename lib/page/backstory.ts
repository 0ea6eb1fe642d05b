/**
 * Backstory on one page: asks the background what names to look for, highlights them, opens cards on
 * hover, reports what it found, and takes everything away when switched off or when the extension goes.
 */
import type { CardState } from '../../components/EntityCard';
import { compileMatcher, type Matcher } from '../shared/matcher';
import { nativeApi, type ExtensionApi } from '../shared/extension-api';
import { createSend, type Send } from '../shared/messaging';
import { t } from '../shared/i18n';
import { BackstoryError, type PageEnvelope } from '../shared/protocol';
import { runsOn, settings, type Settings } from '../shared/settings';
import { CARD_CHUNK, CLAIMS_CHUNK } from './chunk-paths';
import type { CardView, ClaimCardView } from '../shared/views';
import type { CardUi } from './card-ui';
import { canHighlight, createHighlights, toneBehind } from './highlight';
import { liveRange, watchHover } from './hover';
import { createPageScanner, type PageMention, type PageScanner } from './scanner';

/** One running session on the page; `stop()` leaves nothing behind. */
/** Loads the card's module: lib/page/card-chunk.ts, built apart and fetched from the extension when first needed. */
/** The browser's own `chrome` global, present in content scripts of both browsers. */
declare const chrome: Pick<ExtensionApi, 'runtime'>;

export type CardLoader = () => Promise<typeof import('./card-chunk')>;
/** Loads the claim finder's module: lib/page/claims-chunk.ts, built apart and fetched the first time a page may hold a claim. */
export type ClaimsLoader = () => Promise<typeof import('./claims-chunk')>;
/** The modules the content script loads only when a page needs them. */
export interface Modules {
  card: CardLoader;
  claims: ClaimsLoader;
}

/** Tells the background this page shows nothing (switched off), so the popup and badge say so and still know the page. */
const reportNothing = (send: Send) => void send('reportFindings', { url: location.href, entities: [], claims: [] }).catch(() => undefined);

function runOnPage(doc: Document, matcher: Matcher, send: Send, modules: Modules, options: Settings) {
  const controller = new AbortController();
  const highlights = createHighlights(doc);
  highlights.setStyle(options.markStyle);
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
    claims: () => modules.claims().then((m) => m.claimSteps),
    laterHighlight: highlights.later,
    density: options.density,
    // The page's tone, read once per reading area: light marks on a light page, dark on a dark one.
    onArea: (area) => {
      if (!area[0]) return;
      const { tone, page } = toneBehind(area[0]);
      highlights.setTone(tone, page);
    },
    onChange: report,
    onShadowRoot: (root) => {
      shadowRoots.push(root);
      highlights.styleRoot(root);
    },
  });

  /** What had focus before the keyboard's path moved it into the card: where Escape gives it back. */
  let focusBefore: HTMLElement | null = null;
  const close = () => {
    const hadFocus = ui?.hasFocus() ?? false;
    ui?.hide();
    highlights.setActive(null);
    hover?.reset();
    if (hadFocus) {
      (focusBefore?.isConnected ? focusBefore : doc.body)?.focus({ preventScroll: true });
      focusBefore = null;
    }
  };

  let loadingUi: Promise<CardUi> | null = null;
  let hoverSeq = 0;
  /** The card host, once its module has loaded; null if the hover moved on or Backstory stopped meanwhile. */
  const cardFor = async (anchor: Range): Promise<CardUi | null> => {
    const seq = ++hoverSeq;
    highlights.setActive(anchor);
    // The card's code (Preact, positioning, styles) loads the first time a card opens, not on every page.
    loadingUi ??= modules.card().then((m) => {
      if (controller.signal.aborted) throw new Error('switched off');
      ui = m.createCardUi(doc, { onClose: close, onEntity: (id) => void openRelated(id), onIncident: () => void send('openIncident', {}).catch(() => undefined) });
      ui.setTheme(options.theme);
      return ui;
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
  const fetchOnce = <T>(cache: Map<string, Promise<T>>, key: string, ask: () => Promise<T>) => {
    let p = cache.get(key);
    if (!p) {
      p = ask();
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };

  /** The range the open card points at (a related entity's card opens in its place). */
  let openAnchor: Range | null = null;
  const openCard = async (entityIndex: number, anchor: Range) => {
    const entity = matcher.spec.entities[entityIndex]!;
    await openCardOf(entity, anchor);
  };
  /** A related entity's card, in place of the open one; focus stays in the card. */
  const openRelated = async (entityId: string) => {
    const entity = matcher.spec.entities.find((e) => e.id === entityId) ?? { id: entityId, name: entityId };
    if (!openAnchor) return;
    const focused = ui?.hasFocus() ?? false;
    await openCardOf(entity, openAnchor);
    if (focused) ui?.focus();
  };
  const openCardOf = async (entity: { id: string; name: string }, anchor: Range) => {
    const card = await cardFor(anchor);
    if (!card) return;
    openAnchor = anchor;
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
    card.show(anchor, { status: 'loading', name: t('claimCardName') });
    loading.then(
      (view) => card.isOpen() && card.update({ status: 'claim', view, stance: flag.stance }),
      (error: unknown) => card.isOpen() && card.update({ status: 'error', name: t('claimCardName'), message: failed(error) }),
    );
  };

  /** Scrolls to a mention or claim flag and opens its card; with `focus`, moves focus into the card. */
  const reveal = async (m: PageMention, focus: boolean) => {
    const range = liveRange(doc, m);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    if (m.claim) await openClaimCard(m.claim, range);
    else await openCard(m.entity, range);
    if (focus && ui?.isOpen()) {
      if (!ui.hasFocus()) focusBefore = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
      ui.focus();
    }
  };

  /** The popup's "Claims on this page": scroll to a flag and open its card. */
  const revealClaim = (index: number): boolean => {
    const flag = scanner.claims()[index];
    if (!flag?.claim) return false;
    void reveal(flag, false);
    return true;
  };

  /** The popup's "On this page": scroll to an entity's first mention and open its card. */
  const revealEntity = (entityId: string): boolean => {
    const first = scanner.mentionsInOrder().find((m) => matcher.spec.entities[m.entity]?.id === entityId);
    if (!first) return false;
    void reveal(first, false);
    return true;
  };

  /** The keyboard's path: the next or previous name in page order (round the end), its card open and focused. */
  let stepAt: PageMention | null = null;
  const stepMention = (direction: 1 | -1): boolean => {
    const list = scanner.mentionsInOrder().filter((m) => !m.nested);
    if (!list.length) return false;
    const at = stepAt ? list.indexOf(stepAt) : -1;
    stepAt = at < 0 ? list[direction > 0 ? 0 : list.length - 1]! : list[(at + direction + list.length) % list.length]!;
    void reveal(stepAt, true);
    return true;
  };

  // Escape closes the card (opened by hover or keyboard) and gives focus back to the page.
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !ui?.isOpen()) return;
      hoverSeq++;
      close();
    },
    { capture: true, signal: controller.signal },
  );

  const hover = watchHover(doc, {
    scanner,
    openDelay: () => options.hoverDelay,
    signal: controller.signal,
    shadowRoots: () => shadowRoots,
    isInCard: (target) => !!ui?.contains(target),
    onHover: (mention, anchor) => {
      if (mention?.claim && anchor) void openClaimCard(mention.claim, anchor);
      else if (mention && anchor) void openCard(mention.entity, anchor);
      // The pointer left: a card the keyboard is reading stays.
      else if (!ui?.hasFocus()) {
        hoverSeq++;
        close();
      }
    },
  });
  scanner.start();

  return {
    scanner,
    revealClaim,
    revealEntity,
    stepMention,
    /** The reader changed a setting: marks, delays and theme follow without reading the page again. */
    apply(next: Settings) {
      options = next;
      scanner.setDensity(next.density);
      highlights.setStyle(next.markStyle);
      ui?.setTheme(next.theme);
    },
    stop() {
      controller.abort();
      clearTimeout(reportTimer);
      scanner.stop();
      highlights.remove();
      ui?.destroy();
      ui = null;
      // Nothing is marked any more: the popup and the badge say so.
      reportNothing(send);
    },
  };
}

/** What the content script's main() calls: runs while Backstory is switched on, until `signal` aborts. */
export async function startBackstory(
  doc: Document,
  signal: AbortSignal,
  api: ExtensionApi = nativeApi(),
  // Written as `chrome.runtime.getURL` (a global in both browsers' content scripts) because that is the form
  // Firefox's add-on linter accepts as an extension URL in import(); any other expression is flagged.
  modules: Modules = {
    card: () => import(/* @vite-ignore */ chrome.runtime.getURL(CARD_CHUNK)),
    claims: () => import(/* @vite-ignore */ chrome.runtime.getURL(CLAIMS_CHUNK)),
  },
): Promise<void> {
  const send = createSend(api.runtime);
  if (!canHighlight()) {
    console.info('Backstory: this browser has no CSS Custom Highlight API; nothing is highlighted.');
    return;
  }
  const [{ spec }, initial] = await Promise.all([send('getMatcherSpec', {}), settings.get(api.storage)]);
  if (signal.aborted) return;
  const matcher = compileMatcher(spec);
  // A site switched off, or Backstory switched off everywhere: no scanning at all, until switched on again.
  let session: ReturnType<typeof runOnPage> | null = runsOn(initial, location.href) ? runOnPage(doc, matcher, send, modules, initial) : null;
  // Switched off here: the popup still learns which page this is (to offer switching it on).
  if (!session) reportNothing(send);
  const unwatch = settings.watch(api.storage, (next) => {
    const on = runsOn(next, location.href);
    if (on && !session) session = runOnPage(doc, matcher, send, modules, next);
    else if (!on && session) {
      session.stop();
      session = null;
    } else if (session) session.apply(next);
  });
  // The background asks: to reveal a claim flag (for the popup), to step to a name (the keyboard's
  // commands). Only the extension itself may ask.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    const m = message as Partial<PageEnvelope> | null;
    if (sender.id !== api.runtime.id || m?.backstory !== 1 || !m.data) return undefined;
    if (m.type === 'revealClaim' && typeof (m.data as { index?: unknown }).index === 'number') sendResponse(session?.revealClaim((m.data as { index: number }).index) ?? false);
    else if (m.type === 'revealEntity' && typeof (m.data as { entityId?: unknown }).entityId === 'string') sendResponse(session?.revealEntity((m.data as { entityId: string }).entityId) ?? false);
    else if (m.type === 'stepMention') sendResponse(session?.stepMention((m.data as { direction?: unknown }).direction === -1 ? -1 : 1) ?? false);
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
