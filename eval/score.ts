/**
 * Scores the matcher on the project's own evaluation sets (eval/names.*.txt): each line a paragraph with
 * its gold mentions written inline as [text|entity-id] (events nest their participants). A system mention
 * counts when it overlaps a gold mention of the same entity, one for one.
 */
import { readFileSync } from 'node:fs';
import type { FoundMention } from '../lib/shared/matcher';

export interface Gold {
  start: number;
  end: number;
  entityId: string;
}

export interface GoldLine {
  text: string;
  gold: Gold[];
  /** The line follows a '# trap' comment. */
  trap: boolean;
  lineNumber: number;
}

/** One annotated line: its plain text and its gold mentions. */
export function parseLine(line: string, lineNumber = 0, trap = false): GoldLine {
  let text = '';
  const gold: Gold[] = [];
  const open: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '[') open.push(text.length);
    else if (ch === '|' && open.length) {
      const close = line.indexOf(']', i);
      if (close < 0) throw new Error(`line ${lineNumber}: no ] after |`);
      gold.push({ start: open.pop()!, end: text.length, entityId: line.slice(i + 1, close) });
      i = close;
    } else text += ch;
  }
  if (open.length) throw new Error(`line ${lineNumber}: unclosed [`);
  return { text, gold, trap, lineNumber };
}

/** A set file's annotated lines, with their numbers and whether a '# trap' comment stands before each. */
export function setLines(file: string): { line: string; lineNumber: number; trap: boolean }[] {
  const lines: { line: string; lineNumber: number; trap: boolean }[] = [];
  let trap = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line) return;
      if (line.startsWith('#')) {
        trap = /^#\s*trap/i.test(line);
        return;
      }
      lines.push({ line, lineNumber: i + 1, trap });
      trap = false;
    });
  return lines;
}

/** Every annotated line of a names set; comments and blank lines skipped. */
export function readSet(file: string): GoldLine[] {
  return setLines(file).map(({ line, lineNumber, trap }) => parseLine(line, lineNumber, trap));
}

export interface Score {
  names: { gold: number; found: number };
  events: { gold: number; found: number };
  system: number;
  correct: number;
  /** System mentions over a gold mention of another entity (and none of their own). */
  wrong: number;
  /** What went wrong, line by line, to read when a figure drops. */
  misses: string[];
  falsePositives: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores one set: `find` is the system, `isEvent` tells an event entity from a name. */
export function scoreSet(lines: GoldLine[], find: (text: string) => FoundMention[], isEvent: (id: string) => boolean): Score {
  const score: Score = { names: { gold: 0, found: 0 }, events: { gold: 0, found: 0 }, system: 0, correct: 0, wrong: 0, misses: [], falsePositives: [] };
  for (const line of lines) {
    const system = find(line.text);
    const used = new Set<number>();
    score.system += system.length;
    for (const g of line.gold) {
      const bucket = isEvent(g.entityId) ? score.events : score.names;
      bucket.gold++;
      const k = system.findIndex((s, k) => !used.has(k) && s.entityId === g.entityId && overlaps(s, g));
      if (k >= 0) {
        used.add(k);
        bucket.found++;
        score.correct++;
      } else score.misses.push(`${line.lineNumber}: ${line.text.slice(g.start, g.end)} (${g.entityId})`);
    }
    system.forEach((s, k) => {
      if (used.has(k)) return;
      // A name nested in a longer one (Russia in Carnegie Russia Eurasia Center) is reported with `within`;
      // the sets annotate nested names only inside events, so an unannotated nested name is not counted.
      if (s.within !== undefined && !line.gold.some((g) => g.entityId === s.entityId && overlaps(s, g))) {
        score.system--;
        return;
      }
      if (line.gold.some((g) => overlaps(s, g) && g.entityId !== s.entityId) && !line.gold.some((g) => g.entityId === s.entityId && overlaps(s, g))) score.wrong++;
      score.falsePositives.push(`${line.lineNumber}: ${s.text} → ${s.entityId}`);
    });
  }
  return score;
}

export const ratio = (n: number, d: number) => (d ? n / d : 1);
