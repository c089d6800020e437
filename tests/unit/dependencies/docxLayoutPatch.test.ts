import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The patch is applied by `postinstall`; an install that skipped scripts would lose it without a word.
describe('patches/docx+9.15.2.patch', () => {
  it('is applied to the docx layout that the Word export imports', () => {
    const layoutPath = createRequire(import.meta.url)
      .resolve('docx/layout')
      .replace(/layout\.cjs$/, 'layout.mjs');
    const layout = readFileSync(layoutPath, 'utf8');
    expect(layout).toContain('var measuresByFace = ');
    expect(layout).toContain('var eastAsianFontsByName = ');
    // Formatting combined in one object, not a spread per run's format.
    expect(layout).toContain(
      'for (const format of formats) for (const key of Object.keys(format))',
    );
    // Object spread of plain objects by the engine's own copy, fast before the code has warmed up.
    expect(layout).toContain('Object.assign(e, source);');
    // Text grown in place while it is split into spans and words, not copied once per character.
    expect(layout).toContain(
      'if ((last === null || last === void 0 ? void 0 : last.slot) === slot) last.text += character;',
    );
    expect(layout).toContain('if (same) piece.text += character;');
    // A line's height worked out character by character only when one is drawn in another font.
    expect(layout).toContain('if (!drawnInOtherFont) return;');
    // Patterns built once at load, not once per character; stateless, so one of each is shared.
    expect(layout).toContain('var HOISTED_PATTERN_0 = new RegExp(');
    expect(layout).not.toMatch(/\(\s*character\)\s*=>\s*new RegExp\(/u);
    // What was guessed on each page, gathered in one pass instead of one per page.
    expect(layout).toContain('const guessesByPage = ');
  });
});
