/** Waiting for a page's reading to end, from the test's side. */
import type { E2EPage } from './drivers';
import { marked } from './in-page';

/**
 * Waits until the page's mark count (`count`, an expression run in the page) has not changed for a second; returns it. A page is read in
 * slices: a wait for some marks can end before the last paragraphs are read.
 */
export async function settled(page: E2EPage, count = `(${marked.toString()})()`, timeoutMs = 30_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const now = Number(await page.evaluateExpression(count));
    if (now !== last) [last, since] = [now, Date.now()];
    else if (now > 0 && Date.now() - since >= 1000) return now;
    if (Date.now() > until) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
}
