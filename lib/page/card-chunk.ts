/**
 * The card's module: everything a hover card needs (Preact, its views and styles, floating-ui) and the
 * page needs only once a reader hovers a name. Built apart from the content script (wxt.config.ts) and
 * loaded by it with import() the first time a card opens, so the script on every page stays small.
 */
export { createCardUi } from './card-ui';
