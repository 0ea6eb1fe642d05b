/**
 * The hostile pages that are generated rather than committed (e2e/hostile.e2e.ts): one paragraph of a single
 * 100,000-character text node, and an article with 20,000 mentions. Seeded, so every run is the same page.
 * Each carries the probe (e2e/fixtures/hostile-probe.js) inline, so it measures itself at any address,
 * a data: URL included (where no content script runs: the page alone).
 */
import { readFileSync } from 'node:fs';
import { random } from '../../lib/testing/random';

const probe = readFileSync(new URL('../fixtures/hostile-probe.js', import.meta.url), 'utf8');

/** Lower-case filler: no name, no claim cue, no capital that could run into a name. */
const words = (
  'the of and to in a is that for it as was with be by on not this are or from at which but have an they were there would ' +
  'their we been has when who will more no if out so what up its about into than them can only other new some could time ' +
  'these two may then do first any now such like over even most made after also did many before through back years where ' +
  'much way well down because each just those people how too little good very make still own see work long here between ' +
  'both being under never day same another while last might great old year off since against right used take three ' +
  'ministry statement border pipeline negotiations tensions region embassy sanctions'
).split(' ');

/** Names each written whole and unambiguous, so every one planted is one mark. */
export const PLANTED = ['Yekaterinburg', 'Azerbaijan', 'Alexei Overchuk', 'Ziyaddin Safarov', 'Moscow', 'Baku', 'Zaur Shiriyev', 'Kyiv', 'Huseyn Safarov', 'Armenia'];

export interface HostilePage {
  html: string;
  /** The names planted, in page order. */
  planted: string[];
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script>${probe}</script>
<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><article><h1>${title}</h1>
${body}
</article></body></html>`;

/** One paragraph whose text is a single text node of exactly `chars` characters, a name every ~`every` characters. */
export function longTextNodePage(chars = 100_000, every = 400): HostilePage {
  const rnd = random(100_000);
  const planted: string[] = [];
  let text = '';
  let sinceName = 0;
  while (text.length < chars) {
    let next: string;
    if (sinceName >= every) {
      next = PLANTED[planted.length % PLANTED.length]!;
      sinceName = 0;
    } else next = words[Math.floor(rnd() * words.length)]!;
    if (text.length + next.length + 1 > chars - 1) break;
    if (next === PLANTED[planted.length % PLANTED.length] && sinceName === 0) planted.push(next);
    text += `${next} `;
    sinceName += next.length + 1;
  }
  text = `${text}${'.'.repeat(chars - text.length)}`;
  return { html: page('One long paragraph', `<p id="long">${text}</p>`), planted };
}

/** An article of `paragraphs` paragraphs, each naming `perParagraph` names: `paragraphs × perParagraph` mentions. */
export function manyMentionsPage(paragraphs = 2_000, perParagraph = 10): HostilePage {
  const rnd = random(20_000);
  const planted: string[] = [];
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const parts: string[] = [];
    for (let i = 0; i < perParagraph; i++) {
      const name = PLANTED[(p * perParagraph + i) % PLANTED.length]!;
      planted.push(name);
      parts.push(`${words[Math.floor(rnd() * words.length)]} ${words[Math.floor(rnd() * words.length)]} ${name}`);
    }
    out.push(`<p id="p${p}">${parts.join(', ')}.</p>`);
  }
  return { html: page('Names, again and again', out.join('\n')), planted };
}
