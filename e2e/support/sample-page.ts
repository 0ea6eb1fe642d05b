/** The sample news page: seed document 000 laid out as an article (headline, paragraphs), as a reader meets it. */
import { readFileSync } from 'node:fs';

const seed = new URL('../../seeds/000_16803aad05495040.txt', import.meta.url);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function samplePage(): string {
  const [headline = '', ...paragraphs] = readFileSync(seed, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.8rem}</style>
</head><body><article>
<h1>${escapeHtml(headline)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}
