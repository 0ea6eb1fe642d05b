/** The benchmark's long article and generated names, from a seeded random source (the same every run). */
import { random } from '../lib/testing/random';

const words = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there ' +
  'would their we him been has when who will more no if out so said what up its about into than them can only other new some could time ' +
  'these two may then do first any my now such like our over man me even most made after also did many before must through back years where ' +
  'much your way well down should because each just those people how too little state good very make world still own see men work long get ' +
  'here between both life being under never day same another know while last might us great old year off come since against go came right ' +
  'used take three officials ministry statement border pipeline negotiations tensions diplomatic region embassy sanctions investigation'
).split(' ');

/** Names in each planted form: what Backstory must find (a decoy must not be found). */
const plain = ['Yekaterinburg', 'Baku', 'Vladimir Putin', 'Azerbaijan', 'Moscow', 'Armenia', 'Zaur Shiriyev', 'Alexei Overchuk', 'Kyiv', 'South Caucasus'];
const possessive = ["Azerbaijan's", 'Russia’s', "Putin's", 'Baku’s'];
const cyrillic = ['Азербайджана', 'Екатеринбурге', 'Москвы', 'Путина', 'Армении', 'Баку'];
const split = ['<b>Ziyaddin</b> Safarov', '<i>Huseyn</i> <b>Safarov</b>', 'Ilham <a href="#">Aliyev</a>'];
const decoys = ['Bakuvian', 'Putinism', 'Ziyaddinov', 'Azerbaijanism', 'Moscowite', 'Heydar Aliyev International Airport'];

export interface Article {
  html: string;
  /** The names planted whole in one text node (as written or possessive): what every variant can find. */
  comparable: string[];
  textChars: number;
  textNodes: number;
  planted: number;
  plantedKinds: string;
  decoys: number;
}

/** About 1 MB of text in about 10,000 text nodes, with mentions planted in every form and decoys. */
export function generateArticle(_aliases: string[], paragraphs = 2000): Article {
  const rnd = random(20261123);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  const counts = { plain: 0, possessive: 0, cyrillic: 0, split: 0 };
  let decoyCount = 0;
  const plant = (): string => {
    const r = rnd();
    const kind = r < 0.35 ? 'plain' : r < 0.5 ? 'possessive' : r < 0.65 ? 'cyrillic' : r < 0.8 ? 'split' : null;
    if (!kind) {
      decoyCount++;
      return pick(decoys);
    }
    counts[kind]++;
    return pick({ plain, possessive, cyrillic, split }[kind]);
  };
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    // Five text nodes a paragraph: text, <b>text</b>, text, <a>text</a>, text.
    const seg = () => `${sentence(14)} ${rnd() < 0.25 ? `${plant()} ` : ''}${sentence(14)}`;
    parts.push(`<p>${seg()} <b>${sentence(6)}</b> ${seg()}, <a href="#">${sentence(6)}</a> ${seg()}.</p>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long article</title></head><body><article>\n${parts.join('\n')}\n</article></body></html>`;
  const text = html.replace(/<[^>]+>/g, '');
  const textNodes = (html.match(/>[^<]+</g) ?? []).length;
  const planted = counts.plain + counts.possessive + counts.cyrillic + counts.split;
  return {
    html,
    comparable: [...plain, ...possessive.map((p) => p.replace(/['’]s$/, ''))],
    textChars: text.length,
    textNodes,
    planted,
    plantedKinds: `${counts.plain} plain, ${counts.possessive} possessive, ${counts.cyrillic} Cyrillic inflected, ${counts.split} split across tags`,
    decoys: decoyCount,
  };
}

/** Generated names, Latin and Cyrillic, one or two words, that no page here contains. */
export function syntheticNames(n: number): string[] {
  const rnd = random(7);
  const latin = ['ka', 'ro', 'mi', 'zu', 'tel', 'var', 'osh', 'qua', 'dre', 'lin', 'bor', 'yev'];
  const cyr = ['ка', 'ро', 'ми', 'зу', 'тел', 'вар', 'ош', 'дре', 'лин', 'бор', 'ев'];
  // Latin names end in x, Cyrillic ones in -ов like a family name (so they are inflected too).
  const word = (syl: string[]) => {
    const w = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => syl[Math.floor(rnd() * syl.length)]).join('');
    return w[0]!.toUpperCase() + w.slice(1) + (syl === latin ? 'x' : 'ов');
  };
  const out = new Set<string>();
  while (out.size < n) {
    const syl = rnd() < 0.7 ? latin : cyr;
    out.add(rnd() < 0.5 ? word(syl) : `${word(syl)} ${word(syl)}`);
  }
  return [...out];
}
