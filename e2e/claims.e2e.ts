/**
 * Claim flags as a reader meets them, in Chromium and Firefox: on a page that states, reports and denies
 * each side of the dispute (in English, Russian and Azerbaijani), the cues carry their own quiet mark and
 * the traps carry none; hovering a cue opens the claim card with the echoed side, how the sentence carries
 * it (a denial reads as a denial), and the other side; the popup lists the page's claims, and choosing one
 * scrolls to it and opens its card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { cardText, highlightedTexts, marksAtLeast, pointIn } from './support/in-page';
import { serveFixtures, type FixtureServer } from './support/server';

const shots = '.output/screenshots';
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

/** The open card shows `text` (a hidden card keeps its last text: it does not count). */
const cardHas = (text: string) => {
  const host = document.querySelector('backstory-ui') as HTMLElement | null;
  return host && host.style.display !== 'none' && host.shadowRoot?.textContent?.includes(text) ? true : null;
};

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  it('marks the cues of sentences that state, report or deny a side, and nothing in the traps', async () => {
    const page = await browser.open(server.url('/claims.html'));
    await page.waitFor(marksAtLeast, ['backstory-claim', 5] as [string, number]);
    expect(await page.evaluate(highlightedTexts, 'backstory-claim')).toEqual(['beaten to death', 'heart failure', 'tortured', 'избиты', 'işgəncə']);
    await page.close();
  });

  it('opens the claim card on a cue: the echoed side, how the sentence carries it, the other side', async () => {
    const page = await browser.open(server.url('/claims.html'));
    await page.waitFor(marksAtLeast, ['backstory-claim', 5] as [string, number]);
    const denial = await page.evaluate(pointIn, ['denies', 'tortured'] as [string, string]);
    await page.mouseMove(denial!.x, denial!.y);
    await page.waitFor(cardHas, 'This sentence reports a denial of');
    let text = await page.evaluate(cardText);
    expect(text).toContain('Disputed');
    expect(text).toMatch(/reports a denial of Azerbaijan.*account/);
    expect(text).toContain('The other side');
    expect(text).toContain('heart failure');
    await page.screenshot(`${shots}/${name}-claim-card.png`);

    await page.mouseMove(2, 2);
    await page.waitFor(() => ((document.querySelector('backstory-ui') as HTMLElement | null)?.style.display === 'none' ? true : null));
    const reported = await page.evaluate(pointIn, ['attributes', 'heart failure'] as [string, string]);
    await page.mouseMove(reported!.x, reported!.y);
    await page.waitFor(cardHas, 'This sentence reports Russian investigators');
    text = await page.evaluate(cardText);
    expect(text).toContain('torture and murder with extreme cruelty');
    expect(text).not.toContain('states Russian investigators');

    // The Russian and Azerbaijani sentences report Azerbaijan's side; the card says so, beside Russia's.
    for (const [id, cue] of [
      ['ru', 'избиты'],
      ['az', 'işgəncə'],
    ] as [string, string][]) {
      await page.mouseMove(2, 2);
      await page.waitFor(() => ((document.querySelector('backstory-ui') as HTMLElement | null)?.style.display === 'none' ? true : null));
      const at = await page.evaluate(pointIn, [id, cue] as [string, string]);
      await page.mouseMove(at!.x, at!.y);
      await page.waitFor(cardHas, 'This sentence reports Azerbaijan');
      expect(await page.evaluate(cardText)).toContain('heart attack');
    }
    await page.close();
  });

  it('lists the page’s claims in the popup; choosing one scrolls to it and opens its card', async () => {
    const page = await browser.open(server.url('/claims.html'));
    await page.waitFor(marksAtLeast, ['backstory-claim', 5] as [string, number]);
    const popup = await browser.openPopup(page);
    const items = await popup.waitFor(
      () => {
        const list = document.querySelectorAll('.bs-claims li');
        return list.length >= 5 ? [...list].map((li) => li.textContent ?? '') : null;
      },
      undefined,
      20_000,
    );
    expect(items?.[2]).toContain('Moscow rejected claims');
    expect(items?.[2]).toContain('reports a denial of');
    await popup.screenshot(`${shots}/${name}-popup-claims.png`);
    await popup.evaluate(() => (document.querySelectorAll('.bs-claims li button')[2] as HTMLButtonElement).click());
    await page.waitFor(cardHas, 'This sentence reports a denial of');
    await popup.close();
    await page.close();
  });
});
