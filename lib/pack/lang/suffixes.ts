/**
 * Compiles a language's suffix rules (types.ts) into the automaton the page runs (lib/shared/suffixes.ts):
 * every chain the slots allow is spelled out in vowel harmony for each kind of stem, put in a trie, and the
 * trie is folded into a minimal automaton (equal subtrees shared), a few hundred bytes per grammar.
 */
import type { SuffixGrammar } from '../../shared/suffixes';
import type { SuffixRules } from './types';

interface TrieNode {
  edges: Map<string, TrieNode>;
  final: boolean;
}

const newNode = (): TrieNode => ({ edges: new Map(), final: false });

/** Every suffix chain after a stem of harmony class `cls` that ends (or not) in a vowel. */
export function suffixChains(rules: SuffixRules, cls: number, endsInVowel: boolean): Set<string> {
  const out = new Set<string>();
  const classOf = (ch: string) => rules.vowels.findIndex((v, i) => i > 0 && v.includes(ch));
  const spell = (template: string, cls: number, vowelLast: boolean): { text: string; cls: number; vowelLast: boolean } | null => {
    let text = '';
    for (let i = 0; i < template.length; i++) {
      let ch = template[i]!;
      let optional = false;
      if (ch === '(') {
        ch = template[i + 1]!;
        i += 2;
        optional = true;
      }
      const letter = ch === 'A' || ch === 'I' ? rules.harmony[ch][cls]! : ch;
      const isVowel = classOf(letter) > 0;
      // A bracketed vowel is written only after a consonant, a bracketed consonant only after a vowel.
      if (optional && isVowel === vowelLast) continue;
      text += letter;
      const c = classOf(letter);
      if (c > 0) cls = c;
      vowelLast = isVowel;
    }
    return text ? { text, cls, vowelLast } : null;
  };
  const walk = (slot: number, text: string, cls: number, vowelLast: boolean) => {
    if (slot === rules.slots.length) {
      out.add(text);
      return;
    }
    const s = rules.slots[slot]!;
    if (!s.required) walk(slot + 1, text, cls, vowelLast);
    for (const t of s.templates) {
      const spelled = spell(t, cls, vowelLast);
      if (spelled) walk(slot + 1, text + spelled.text, spelled.cls, spelled.vowelLast);
    }
  };
  walk(0, '', cls, endsInVowel);
  return out;
}

/** The rules compiled for the page. */
export function compileSuffixes(rules: SuffixRules): SuffixGrammar {
  // A grammar of one '*' slot takes any continuation (see suffixEnd).
  if (rules.slots.length === 1 && rules.slots[0]!.templates[0] === '*') return { vowels: rules.vowels, fold: '', roots: rules.vowels.flatMap(() => [0, 0]), labels: ['*'], next: [[]], final: [1] };
  const fold = (s: string) => [...s].map((ch) => rules.fold[ch] ?? ch).join('');
  const roots: TrieNode[] = [];
  for (let cls = 0; cls < rules.vowels.length; cls++) {
    for (const endsInVowel of [false, true]) {
      const root = newNode();
      for (const chain of suffixChains(rules, cls, endsInVowel)) {
        let node = root;
        for (const ch of fold(chain)) {
          let next = node.edges.get(ch);
          if (!next) {
            next = newNode();
            node.edges.set(ch, next);
          }
          node = next;
        }
        node.final = true;
      }
      roots.push(root);
    }
  }
  // Minimise: nodes with the same finality and the same edges to the same (already shared) nodes are one.
  const ids = new Map<TrieNode, number>();
  const bySignature = new Map<string, number>();
  const grammar: SuffixGrammar = {
    vowels: rules.vowels,
    fold: Object.entries(rules.fold)
      .map(([a, b]) => a + b)
      .join(''),
    roots: [],
    labels: [],
    next: [],
    final: [],
  };
  const share = (node: TrieNode): number => {
    const known = ids.get(node);
    if (known !== undefined) return known;
    const edges = [...node.edges].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, n]) => [ch, share(n)] as const);
    const signature = `${node.final ? 1 : 0}|${edges.map(([ch, n]) => ch + n).join(',')}`;
    let id = bySignature.get(signature);
    if (id === undefined) {
      id = grammar.labels.push(edges.map(([ch]) => ch).join('')) - 1;
      grammar.next.push(edges.map(([, n]) => n));
      grammar.final.push(node.final ? 1 : 0);
      bySignature.set(signature, id);
    }
    ids.set(node, id);
    return id;
  };
  grammar.roots = roots.map(share);
  return grammar;
}
