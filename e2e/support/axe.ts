/** axe-core in the page under test: puts it in the page and checks one part of it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { E2EPage } from './drivers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The serious and critical violations axe finds in `include` (an axe context: a selector path into shadow roots). */
export async function seriousViolations(page: E2EPage, include: string[][]): Promise<AxeFinding[]> {
  // Evaluated as the driver's own script (not a <script> tag), so an extension page's CSP does not stand in the way.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource as never);
  return page.evaluate(async (context: string[][]) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include: context }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
}
