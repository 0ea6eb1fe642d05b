/**
 * Scores claim flags on the project's own sets (eval/claims.*.txt, eval/CLAIMS.md): each gold sentence is
 * written <<sentence|side|stance>>. A flag counts when it overlaps a gold sentence of its side, one for one;
 * its stance is then compared.
 */
import type { FoundClaim } from '../lib/shared/claims';
import { setLines } from './score';

export interface GoldClaim {
  start: number;
  end: number;
  side: string;
  stance: string;
}

export interface ClaimLine {
  text: string;
  gold: GoldClaim[];
  trap: boolean;
  lineNumber: number;
}

export function readClaimSet(file: string): ClaimLine[] {
  return setLines(file).map(({ line, lineNumber, trap }) => {
    let text = '';
    const gold: GoldClaim[] = [];
    const re = /<<(.+?)\|(\w+)\|(\w+)>>/g;
    let last = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      text += line.slice(last, m.index);
      gold.push({ start: text.length, end: text.length + m[1]!.length, side: m[2]!, stance: m[3]! });
      text += m[1]!;
      last = m.index + m[0].length;
    }
    text += line.slice(last);
    return { text, gold, trap, lineNumber };
  });
}

export interface ClaimScore {
  gold: number;
  flags: number;
  /** Flags on a gold sentence of their side. */
  correct: number;
  /** Of those, with the gold stance. */
  stanceRight: number;
  /** Flags on trap lines. */
  onTraps: number;
  misses: string[];
  falsePositives: string[];
  wrongStance: string[];
}

/**
 * The flags of a whole page, each given to its line with offsets into it: the lines are joined as paragraphs (U+2029), the way
 * `scan --claims` reads a page (an HTML page's blocks, a text file's lines), and `find` reads them all at once, so a sentence is read
 * with the paragraphs before it and the page's headlines, as on a reader's page.
 */
export function flagsByLine(lines: ClaimLine[], find: (text: string) => FoundClaim[]): FoundClaim[][] {
  const starts: number[] = [];
  let text = '';
  lines.forEach((line, k) => {
    if (k) text += '\u2029';
    starts.push(text.length);
    text += line.text;
  });
  const out = lines.map((): FoundClaim[] => []);
  for (const f of find(text)) {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= f.start) k++;
    out[k]!.push({ ...f, start: f.start - starts[k]!, end: f.end - starts[k]! });
  }
  return out;
}

/** Scores each line's flags (`flagsByLine`) against its gold sentences and traps. */
export function scoreClaims(lines: ClaimLine[], flagsOf: FoundClaim[][], sideOf: (claimId: string) => string): ClaimScore {
  const score: ClaimScore = { gold: 0, flags: 0, correct: 0, stanceRight: 0, onTraps: 0, misses: [], falsePositives: [], wrongStance: [] };
  lines.forEach((line, n) => {
    const flags = flagsOf[n]!;
    score.flags += flags.length;
    if (line.trap) score.onTraps += flags.length;
    const used = new Set<number>();
    for (const g of line.gold) {
      score.gold++;
      const k = flags.findIndex((f, k) => !used.has(k) && sideOf(f.claimId) === g.side && f.start < g.end && g.start < f.end);
      if (k < 0) {
        score.misses.push(`${line.lineNumber}: [${g.side}/${g.stance}] ${line.text.slice(g.start, g.end)}`);
        continue;
      }
      used.add(k);
      score.correct++;
      if (flags[k]!.stance === g.stance) score.stanceRight++;
      else score.wrongStance.push(`${line.lineNumber}: ${flags[k]!.stance} for ${g.stance}: ${line.text.slice(g.start, g.end)}`);
    }
    flags.forEach((f, k) => {
      if (!used.has(k)) score.falsePositives.push(`${line.lineNumber}: [${sideOf(f.claimId)}/${f.stance}] ${f.text}`);
    });
  });
  return score;
}
