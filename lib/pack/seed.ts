/** The built-in seed pack, bundled into the background (never into the content script). */
import seedJson from '../../seeds/pack.json';
import { packSchema, type Pack } from './schema';

export const seedPack: Pack = packSchema.parse(seedJson);
