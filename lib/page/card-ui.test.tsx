// @vitest-environment happy-dom
// The card's host on a page that goes after it: a host the page removed or moved is put back when a card
// opens, its styles are the element's own and important, so no stylesheet of the page outranks them, and a
// page that defines an element of its name gets a plain div instead.
import { afterEach, describe, expect, it } from 'vitest';
import { installI18n } from '../testing/i18n';
import { createCardUi } from './card-ui';
import { UI_ATTR, UI_TAG } from './text';

installI18n();

function anchor() {
  document.body.innerHTML = '<p>Officials in Baku said so.</p>';
  const range = document.createRange();
  range.setStart(document.querySelector('p')!.firstChild!, 13);
  range.setEnd(document.querySelector('p')!.firstChild!, 17);
  return range;
}

const noop = () => undefined;
let destroy: () => void = noop;
afterEach(() => destroy());

describe('the card’s host', () => {
  it('keeps every style of its own !important, shown or hidden', () => {
    const ui = createCardUi(document, { onClose: noop, onEntity: noop, onIncident: noop });
    destroy = ui.destroy;
    const style = ui.host.style;
    for (const property of ['position', 'top', 'left', 'z-index', 'display']) expect(style.getPropertyPriority(property), property).toBe('important');
    expect(style.getPropertyValue('display')).toBe('none');
    ui.show(anchor(), { status: 'loading', name: 'Baku' });
    expect([style.getPropertyValue('display'), style.getPropertyPriority('display')]).toEqual(['block', 'important']);
    ui.hide();
    expect([style.getPropertyValue('display'), style.getPropertyPriority('display')]).toEqual(['none', 'important']);
  });

  it('comes back when the page has removed or moved it, and only once', () => {
    const ui = createCardUi(document, { onClose: noop, onEntity: noop, onIncident: noop });
    destroy = ui.destroy;
    ui.show(anchor(), { status: 'loading', name: 'Baku' });
    ui.host.remove();
    ui.hide();
    ui.show(anchor(), { status: 'loading', name: 'Baku' });
    expect(ui.host.parentNode).toBe(document.documentElement);
    // Moved into the page's content (where its styles could clip or hide it): back to <html> too.
    document.body.append(ui.host);
    ui.show(anchor(), { status: 'loading', name: 'Baku' });
    expect(ui.host.parentNode).toBe(document.documentElement);
    expect(document.querySelectorAll(UI_TAG)).toHaveLength(1);
  });

  // Last: the page's definition stays in this window's registry.
  it('is a plain div on a page that has defined a custom element of its name', () => {
    // A hostile page: its `backstory-ui` takes a closed shadow root, so no other can be attached.
    customElements.define(
      UI_TAG,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    const ui = createCardUi(document, { onClose: noop, onEntity: noop, onIncident: noop });
    destroy = ui.destroy;
    ui.show(anchor(), { status: 'loading', name: 'Baku' });
    expect([ui.host.localName, ui.host.hasAttribute(UI_ATTR), ui.host.parentNode === document.documentElement]).toEqual(['div', true, true]);
    expect(ui.host.shadowRoot?.textContent).toContain('Baku');
    expect(document.querySelectorAll(UI_TAG)).toHaveLength(0);
  });
});
