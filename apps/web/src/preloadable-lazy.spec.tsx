import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from './preloadable-lazy';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('preloadableLazy', () => {
  it('renders a preloaded component at once, with no fallback', async () => {
    const { Component, preload } = preloadableLazy(() => Promise.resolve(Hello));
    await preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('suspends until the chunk arrives when it was not preloaded, loading it once', async () => {
    let calls = 0;
    let resolve!: (c: typeof Hello) => void;
    const { Component, preload } = preloadableLazy(() => {
      calls++;
      return new Promise<typeof Hello>((r) => (resolve = r));
    });
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    void preload();
    await act(async () => resolve(Hello));
    expect(await screen.findByText('Hello Grace')).toBeTruthy();
    expect(calls).toBe(1);
  });
});
