/**
 * scan: what a pack finds in an article, with the same reading and matching code the content script runs.
 *   npm run --silent scan -- [--json] [--claims] [--pack PACK.json ...] FILE.txt|FILE.html ...
 * With --claims, sentences that state one side of a dispute are listed too: { kind: 'claim', start, end,
 * text, conflictId, claimId, stance }.
 * Offsets are into the file's text (.txt) or into the page's extracted text (.html, blocks joined by U+2029). A text file's lines are
 * read as paragraphs for claims (a headline with no full stop is not run into the sentence after it).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { matcherSpecFromPacks } from '../lib/pack/matcher-spec';
import { validatePack, type Pack } from '../lib/pack/schema';
import { seedPack } from '../lib/pack/seed';
import { readAll } from '../lib/page/text';
import { findClaimFlags, type FoundClaim } from '../lib/shared/claims';
import { BLOCK_BREAK } from '../lib/shared/fold';
import { compileMatcher, findMentions, type FoundMention } from '../lib/shared/matcher';

function usage(message?: string): never {
  if (message) console.error(`scan: ${message}`);
  console.error('usage: npm run --silent scan -- [--json] [--claims] [--pack PACK.json ...] FILE.txt|FILE.html ...');
  process.exit(2);
}

const isHtml = (file: string) => ['.html', '.htm'].includes(extname(file).toLowerCase());

/** The text the content script would read from a file: itself, or an HTML page's extracted text. */
export function textOf(file: string): string {
  const content = readFileSync(file, 'utf8');
  if (!isHtml(file)) return content;
  const window = new Window();
  window.document.write(content);
  const text = readAll(window.document.body as unknown as Node).text;
  void window.happyDOM.close();
  return text;
}

function main(args: string[]) {
  let json = false;
  let claims = false;
  const packs: Pack[] = [seedPack];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--claims') claims = true;
    else if (a === '--pack') {
      const file = args[++i] ?? usage('--pack needs a file');
      const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.ok) {
        console.error(`scan: ${file} is not a valid pack:`);
        for (const p of result.problems) console.error(`  ${p.path}: ${p.reason}`);
        process.exit(1);
      }
      packs.push(result.pack);
    } else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (!files.length) usage('name at least one file');
  const matcher = compileMatcher(matcherSpecFromPacks(packs));
  const results: { file: string; mentions: (FoundMention | FoundClaim)[] }[] = files.map((file) => {
    const text = textOf(file);
    const mentions: (FoundMention | FoundClaim)[] = findMentions(matcher, text);
    // A text file's lines are its paragraphs (a headline, then its story, as the seeds are written): the claim finder reads them so, one
    // break for each line end, so offsets stay the file's.
    if (claims) mentions.push(...findClaimFlags(matcher, isHtml(file) ? text : text.replace(/[\r\n]/g, BLOCK_BREAK)));
    return { file, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
  if (json) {
    // One array of mentions; with several files each mention also says which file it is in.
    const all = results.length === 1 ? results[0]!.mentions : results.flatMap((r) => r.mentions.map((m) => ({ file: r.file, ...m })));
    process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    return;
  }
  for (const { file, mentions } of results) {
    const names = mentions.filter((m): m is FoundMention => !('kind' in m));
    const flags = mentions.filter((m): m is FoundClaim => 'kind' in m);
    console.log(`${file}: ${names.length} mentions of ${new Set(names.map((m) => m.entityId)).size} entities${claims ? `, ${flags.length} claim flags` : ''}`);
    for (const m of mentions) {
      const where = `  ${String(m.start).padStart(6)}–${String(m.end).padEnd(6)} ${m.text.replace(/\s+/g, ' ')}`;
      console.log('kind' in m ? `${where}  ⚑ ${m.stance} ${m.claimId} (${m.conflictId})` : `${where}  →  ${m.entityName} (${m.entityId})`);
    }
  }
}

main(process.argv.slice(2));
