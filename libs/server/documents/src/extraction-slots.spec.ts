import { describe, expect, it } from 'vitest';
import { ExtractionSlots } from './extraction-slots';

describe('ExtractionSlots', () => {
  it('never runs more tasks than its size at once, and runs them all', async () => {
    const slots = new ExtractionSlots(2);
    let now = 0;
    let peak = 0;
    const task = async (i: number) => {
      now++;
      peak = Math.max(peak, now);
      await new Promise((r) => setTimeout(r, 5));
      now--;
      return i;
    };
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => slots.run(() => task(i))));
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(slots.active).toBe(0);
    expect(slots.queued).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const slots = new ExtractionSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
