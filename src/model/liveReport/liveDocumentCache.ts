import * as Y from 'yjs';

/**
 * What is known about a document's shared types until one of them changes: the JSON each was
 * last read as, and the report value each was last found equal to. Both make a read or an apply
 * after a keystroke cost the path to the change instead of the whole report.
 */
export interface LiveDocumentCache {
  readonly readValues: WeakMap<object, unknown>;
  readonly matchedValues: WeakMap<object, unknown>;
}

const caches = new WeakMap<Y.Doc, LiveDocumentCache>();

function forget(cache: LiveDocumentCache, changedType: unknown): void {
  let type = changedType;
  while (type instanceof Y.AbstractType) {
    cache.readValues.delete(type);
    cache.matchedValues.delete(type);
    type = type._item?.parent;
  }
}

function createCache(doc: Y.Doc): LiveDocumentCache {
  const cache: LiveDocumentCache = { readValues: new WeakMap(), matchedValues: new WeakMap() };
  // Before any observer runs, so that no listener can read a value the transaction changed.
  doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) forget(cache, type);
  });
  caches.set(doc, cache);
  return cache;
}

/**
 * The document's cache, or undefined inside a transaction: what the transaction changed is
 * forgotten only when it ends, and a type it created is never listed as changed.
 */
export function liveDocumentCache(doc: Y.Doc): LiveDocumentCache | undefined {
  if (doc._transaction !== null) return undefined;
  return caches.get(doc) ?? createCache(doc);
}
