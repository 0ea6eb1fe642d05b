// The scan command as pack authors run it: the same reading and matching code as the content script.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scan = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/scan.ts', ...args], { encoding: 'utf8' });

describe('npm run scan', () => {
  it('lists the mentions in a seed document as JSON, with offsets into its text', () => {
    const mentions = JSON.parse(scan('--json', 'seeds/000_16803aad05495040.txt')) as { start: number; end: number; text: string; entityId: string }[];
    const ids = new Set(mentions.map((m) => m.entityId));
    for (const id of ['ziyaddin-safarov', 'huseyn-safarov', 'yekaterinburg', 'baku', 'azerbaijan', 'russia']) expect(ids.has(id)).toBe(true);
    const text = execFileSync('cat', ['seeds/000_16803aad05495040.txt'], { encoding: 'utf8' });
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads an HTML page’s text the way the content script does, names split across elements included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    // A byline where the CMS bolds the first name, and a script that must not be read.
    writeFileSync(join(dir, 'page.html'), '<p>By <b>Ziyaddin</b> Safarov’s lawyer, in <i>Baku</i>.</p><script>Moscow</script>');
    const mentions = JSON.parse(scan('--json', join(dir, 'page.html'))) as { text: string; entityId: string }[];
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Ziyaddin Safarov', 'ziyaddin-safarov'],
      ['Baku', 'baku'],
    ]);
  });

  it('reads a text file’s lines as paragraphs for claims: a headline is not run into the sentence after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(join(dir, 'story.txt'), 'Baku says the Safarov brothers were tortured\nMoscow says one of them died of heart failure.\n');
    const flags = (JSON.parse(scan('--json', '--claims', join(dir, 'story.txt'))) as { kind?: string; text: string; stance: string }[]).filter((m) => m.kind === 'claim');
    expect(flags.map((f) => [f.text, f.stance])).toEqual([
      ['Baku says the Safarov brothers were tortured', 'attributes'],
      ['Moscow says one of them died of heart failure.', 'attributes'],
    ]);
  });

  it('prints a readable list without --json', () => {
    expect(scan('seeds/002_91ce1a4375a7d4af.txt')).toMatch(/mentions of \d+ entities[\s\S]*Yekaterinburg \(yekaterinburg\)/);
  });
});
