/** Where the built card module lies in the extension (wxt.config.ts writes it; the manifest lists it as web-accessible). */
export const CARD_CHUNK = '/content-scripts/card.js';
