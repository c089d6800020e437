import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameJsonValue } from '@/model/changes/isSameJsonValue';
import { keepUnchangedValues } from '@/model/changes/keepUnchangedValues';
import { richTextFromParagraphs, type RichText } from '@/model/richText';

function copy<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value)) as Value;
}

const json = fc.jsonValue({ maxDepth: 4 });

describe('keepUnchangedValues', () => {
  it('matches list items by id, so a moved item is still the same object', () => {
    const previous = {
      models: [
        { id: 'a', name: 'Adapter', rank: 8 },
        { id: 'b', name: 'Baseline', rank: 0 },
      ],
    };
    const moved = keepUnchangedValues(previous, {
      models: [
        { id: 'b', name: 'Baseline', rank: 0 },
        { id: 'a', name: 'Adapter', rank: 16 },
      ],
    });
    expect(moved.models[0]).toBe(previous.models[1]);
    expect(moved.models[1]).not.toBe(previous.models[0]);
    expect(moved.models[1]).toEqual({ id: 'a', name: 'Adapter', rank: 16 });
  });

  it('gives a value equal to next, and previous itself exactly when the two are equal', () => {
    fc.assert(
      fc.property(json, json, (previous, next) => {
        const shared = keepUnchangedValues(previous, next);
        expect(isSameJsonValue(shared, next)).toBe(true);
        expect(shared === previous).toBe(isSameJsonValue(previous, next));
        // Sharing what is shared already changes nothing: a field that shared its own commit
        // finds the very object in the store.
        expect(keepUnchangedValues(previous, shared)).toBe(shared);
      }),
      { numRuns: 300 },
    );
  });

  it('changes neither argument, and keeps every equal part in the same place as that part', () => {
    /** Walks the two in step where their shapes match: an equal part must be the same object. */
    function expectShared(shared: unknown, previous: unknown): void {
      if (typeof shared !== 'object' || shared === null) return;
      if (typeof previous !== 'object' || previous === null) return;
      if (isSameJsonValue(shared, previous)) {
        expect(shared).toBe(previous);
        return;
      }
      if (Array.isArray(shared) !== Array.isArray(previous)) return;
      if (Array.isArray(shared) && Array.isArray(previous)) {
        if (shared.length === previous.length)
          shared.forEach((item: unknown, index) => expectShared(item, previous[index]));
        return;
      }
      const record = previous as Record<string, unknown>;
      for (const [key, value] of Object.entries(shared))
        if (Object.hasOwn(record, key)) expectShared(value, record[key]);
    }
    const edited = fc
      .tuple(json, json, fc.array(fc.nat(), { maxLength: 3 }))
      .map(([base, replacement, picks]) => {
        // next: a copy of previous with one part replaced, so most of it is equal but not the same.
        const next = copy(base) as unknown;
        let parent: unknown = next;
        for (const pick of picks) {
          if (typeof parent !== 'object' || parent === null) break;
          const keys = Object.keys(parent);
          if (keys.length === 0) break;
          const key = keys[pick % keys.length]!;
          const child = (parent as Record<string, unknown>)[key];
          if (typeof child !== 'object' || child === null) {
            (parent as Record<string, unknown>)[key] = replacement;
            break;
          }
          parent = child;
        }
        return [base, next] as const;
      });
    fc.assert(
      fc.property(edited, ([previous, next]) => {
        const previousText = JSON.stringify(previous);
        const nextText = JSON.stringify(next);
        const shared = keepUnchangedValues(previous, next);
        expect(JSON.stringify(previous)).toBe(previousText);
        expect(JSON.stringify(next)).toBe(nextText);
        expectShared(shared, previous);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a key named __proto__ as an own key, as JSON.parse reads it', () => {
    const previous = JSON.parse('{"__proto__": null, "name": "a"}') as Record<string, unknown>;
    const equal = JSON.parse('{"__proto__": null, "name": "a"}') as Record<string, unknown>;
    expect(keepUnchangedValues(previous, equal)).toBe(previous);
    const renamed = JSON.parse('{"__proto__": {"rank": 8}, "name": "b"}') as Record<
      string,
      unknown
    >;
    const shared = keepUnchangedValues(previous, renamed);
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(renamed));
  });

  it('keeps the blocks of rich text read back whole that were not typed into', () => {
    const stored = richTextFromParagraphs('First', 'Second', 'Third', 'Fourth');
    const typed = copy(stored) as RichText & { content: { content: { text: string }[] }[] };
    typed.content[1]!.content[0]!.text = 'Second, edited';
    const shared = keepUnchangedValues(stored, typed);
    expect(shared).not.toBe(stored);
    expect(shared.content?.[0]).toBe(stored.content?.[0]);
    expect(shared.content?.[1]).not.toBe(stored.content?.[1]);
    expect(shared.content?.[2]).toBe(stored.content?.[2]);
    expect(shared.content?.[3]).toBe(stored.content?.[3]);
    expect(isSameJsonValue(shared, typed)).toBe(true);
  });

  it('keeps the blocks after one added or removed before them', () => {
    const stored = richTextFromParagraphs('First', 'Second', 'Third');
    const added = richTextFromParagraphs('First', 'New', 'Second', 'Third');
    const withAdded = keepUnchangedValues(stored, added);
    expect(withAdded.content?.[0]).toBe(stored.content?.[0]);
    expect(withAdded.content?.[2]).toBe(stored.content?.[1]);
    expect(withAdded.content?.[3]).toBe(stored.content?.[2]);
    const removed = keepUnchangedValues(stored, richTextFromParagraphs('First', 'Third'));
    expect(removed.content?.[0]).toBe(stored.content?.[0]);
    expect(removed.content?.[1]).toBe(stored.content?.[2]);
    expect(keepUnchangedValues(stored, copy(stored))).toBe(stored);
  });
});
