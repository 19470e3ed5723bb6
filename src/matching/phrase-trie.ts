/**
 * A trie over token keys (folded words), compiled once per coder from lexicon phrases. `longest` finds the longest
 * phrase starting at a token: the matching primitive for countries, titles, organisations and role nouns.
 */

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export interface PhraseMatch<V> {
  /** Number of tokens matched. */
  length: number;
  values: readonly V[];
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
  private size = 0;

  /** Adds a phrase given as its token keys. Empty phrases are ignored. */
  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  get phrases(): number {
    return this.size;
  }

  /** The longest phrase whose keys equal `keyAt(start)`, `keyAt(start + 1)`, ... before `end`. */
  longest(keyAt: (i: number) => string, start: number, end: number): PhraseMatch<V> | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: PhraseMatch<V> | null = null;
    for (let i = start; i < end; i++) {
      node = node.next.get(keyAt(i));
      if (!node) break;
      if (node.values.length > 0) best = { length: i - start + 1, values: node.values };
    }
    return best;
  }
}
