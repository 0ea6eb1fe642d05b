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
import conflictCss from '../../components/conflict.css?inline';
import { UI_TAG } from './text';

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

export function createCardUi(doc: Document, { onClose, onEntity, onIncident }: CardActions): CardUi {
  const host = doc.createElement(UI_TAG);
  host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = conflictCss + cardCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);
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
      host.style.display = 'block';
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
            size({ padding: 8, apply: ({ availableHeight }) => host.style.setProperty('--bs-room', `${Math.max(160, Math.floor(availableHeight))}px`) }),
          ],
        }).then(({ x, y }) => {
          host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        });
      });
    },
    update: draw,
    hide() {
      stopFollowing?.();
      stopFollowing = null;
      host.style.display = 'none';
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
