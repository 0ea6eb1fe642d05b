/** Where the built modules lie in the extension (wxt.config.ts writes them; the manifest lists them as web-accessible). */
export const CARD_CHUNK = '/content-scripts/card.js';
export const CLAIMS_CHUNK = '/content-scripts/claims.js';
