import { describe, expect, it } from 'vitest';
import {
  classifyPageText,
  describeOcrNeed,
  formatPageList,
  MIN_READABLE_SHARE,
  MIN_TEXT_CHARS_PER_PAGE,
} from './text-layer-coverage';

describe('classifyPageText', () => {
  const chars = (n: number) => 'x'.repeat(n);

  it('calls a page without readable characters empty', () => {
    expect(classifyPageText('')).toBe('empty');
    expect(classifyPageText(' \n \n')).toBe('empty');
  });

  it('puts the sparse/ok boundary at MIN_TEXT_CHARS_PER_PAGE readable characters, spaces not counted', () => {
    expect(classifyPageText(chars(MIN_TEXT_CHARS_PER_PAGE - 1))).toBe('sparse');
    expect(classifyPageText(chars(MIN_TEXT_CHARS_PER_PAGE))).toBe('ok');
    expect(
      classifyPageText(
        chars(MIN_TEXT_CHARS_PER_PAGE - 1)
          .split('')
          .join(' '),
      ),
    ).toBe('sparse');
  });

  it('calls a page of private-use or replacement characters unreadable', () => {
    const junk = '\uE001\uE002\uFFFD'.repeat(20);
    expect(classifyPageText(junk)).toBe('unreadable');
    const readableCount = Math.ceil(MIN_READABLE_SHARE * 60);
    expect(classifyPageText('\uE001'.repeat(60 - readableCount) + 'a'.repeat(readableCount))).toBe(
      'ok',
    );
  });

  it('counts accented letters, digits and punctuation as readable', () => {
    expect(classifyPageText('Réf. nº 12-34, décision: refusé.')).toBe('ok');
  });
});

describe('formatPageList and describeOcrNeed', () => {
  it('lists pages, collapsing runs of three or more', () => {
    expect(formatPageList([2])).toBe('2');
    expect(formatPageList([2, 3])).toBe('2, 3');
    expect(formatPageList([1, 2, 3, 4, 7, 9, 10])).toBe('1-4, 7, 9, 10');
  });

  it('words the reason per kind of problem and returns null when there is none', () => {
    expect(describeOcrNeed([], [])).toBeNull();
    expect(describeOcrNeed([2, 3], [])).toBe('no text layer on pages 2, 3');
    expect(describeOcrNeed([1], [4])).toBe(
      'no text layer on page 1; unreadable text layer on page 4',
    );
  });
});
