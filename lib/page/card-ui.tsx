/**
 * The hover card's place on the page: one host element outside the page's content (a child of <html>),
 * a shadow root for isolation, Preact inside, positioned next to the mention with floating-ui.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import { EntityCard, type CardState } from '../../components/EntityCard';
import type { ClaimCardView, Stance } from '../shared/views';
import cardCss from '../../components/card.css?inline';
import paletteCss from '../../components/palette.css?inline';
import conflictCss from '../../components/conflict.css?inline';
import { UI_ATTR, UI_TAG } from './text';

/** An entity's card, or a flagged sentence's claim card. */
export type AnyCardState = CardState | { status: 'claim'; view: ClaimCardView; stance: Stance };

export interface CardUi {
  show(anchor: Range, state: AnyCardState): void;
  update(state: AnyCardState): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event target is inside the card. */
  contains(target: EventTarget | null): boolean;
  /** Moves focus into the card (the keyboard's path): the dialog itself, whose label names the mention. */
  focus(): void;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  /** The reader's theme: the system's, or always light or dark (from the next card on). */
  setTheme(theme: 'system' | 'light' | 'dark'): void;
  host: HTMLElement;
  destroy(): void;
}

/** What the card's own links do: a related entity's card in place, the incident page in a tab. */
export interface CardActions {
  onClose: () => void;
  onEntity: (entityId: string) => void;
  onIncident: () => void;
}

/**
 * The host's every property, in its own style attribute and !important: a page's stylesheet, even with
 * !important of its own, can neither hide, move nor restyle it (an element's own important declarations win),
 * and nothing the page sets on it is inherited by the card. The browser writes `all` out property by property.
 */
const HOST_STYLE = 'all:initial!important;position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;display:none!important;';

/**
 * The host, in place on the page: our own tag, unless the page has defined a custom element of that name
 * (its code runs on our element: it may take the shadow root, refuse one, or remove itself), then a plain
 * div, which no page can define.
 */
function placeHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [UI_TAG, 'div']) {
    let host: HTMLElement | undefined;
    try {
      host = doc.createElement(tag);
      host.setAttribute(UI_ATTR, '');
      host.style.cssText = HOST_STYLE;
      const shadow = host.attachShadow({ mode: 'open' });
      doc.documentElement.append(host);
      if (host.isConnected && host.shadowRoot === shadow) return { host, shadow };
    } catch {
      // The page's element refused us: a div instead.
    }
    host?.remove();
  }
  throw new Error('Backstory: no place on this page for the card');
}

export function createCardUi(doc: Document, { onClose, onEntity, onIncident }: CardActions): CardUi {
  const { host, shadow } = placeHost(doc);
  const set = (property: string, value: string) => host.style.setProperty(property, value, 'important');
  const style = doc.createElement('style');
  style.textContent = paletteCss + conflictCss + cardCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  // Keys typed in the card are the card's: they never reach the page's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  let stopFollowing: (() => void) | null = null;
  let forced: 'light' | 'dark' | undefined;
  let open = false;

  const draw = (state: AnyCardState) =>
    render(
      state.status === 'claim' ? (
        <ClaimCard view={state.view} stance={state.stance} onClose={onClose} theme={forced} />
      ) : (
        <EntityCard state={state} onClose={onClose} onEntity={onEntity} onIncident={onIncident} theme={forced} />
      ),
      mount,
    );

  return {
    host,
    show(anchor, state) {
      draw(state);
      // A new card (a related entity's, in place) starts at its top.
      shadow.querySelector('.bs-card')?.scrollTo?.(0, 0);
      // A page that took the host out (or moved it) gets it back where it belongs.
      if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
      set('display', 'block');
      open = true;
      stopFollowing?.();
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
      };
      stopFollowing = autoUpdate(reference, host, () => {
        void computePosition(reference, host, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            inline(),
            offset(6),
            flip({ padding: 8 }),
            shift({ padding: 8, crossAxis: true }),
            // Never taller than the room left on screen: the card scrolls instead.
            size({ padding: 8, apply: ({ availableHeight }) => set('--bs-room', `${Math.max(160, Math.floor(availableHeight))}px`) }),
          ],
        }).then(({ x, y }) => {
          set('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`);
        });
      });
    },
    update: draw,
    hide() {
      stopFollowing?.();
      stopFollowing = null;
      set('display', 'none');
      open = false;
    },
    isOpen: () => open,
    focus() {
      const dialog = shadow.querySelector<HTMLElement>('[role="dialog"]');
      if (!dialog) return;
      dialog.tabIndex = -1;
      dialog.focus({ preventScroll: true });
    },
    hasFocus: () => open && shadow.activeElement !== null,
    setTheme(theme) {
      forced = theme === 'system' ? undefined : theme;
    },
    contains: (target) => target instanceof Node && (target === host || host.contains(target)),
    destroy() {
      stopFollowing?.();
      render(null, mount);
      host.remove();
    },
  };
}
