import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@shared/documents/defaults';

describe('the document number on every built-in template', () => {
  it('is printed black at 9 pt or more, so a verifier can read it off a faint print', () => {
    const numbers = BUILTIN_TEMPLATES.map((t) => ({
      name: t.name,
      element: t.layout.elements.find((e) => e.type === 'text' && e.text.includes('{{编号}}')),
    }));
    expect(numbers).toHaveLength(5);
    for (const { name, element } of numbers) {
      expect(element, name).toBeDefined();
      if (element?.type !== 'text') continue;
      expect(element.color, name).toBe('#000000');
      expect(element.sizePt, name).toBeGreaterThanOrEqual(9);
    }
  });
});
