import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@claimlane/web-testing';
import { SavedViews, loadViews } from './saved-views';

class MemoryStorage {
  readonly m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

describe('SavedViews', () => {
  it('asks for a name, then stores the current filters per workspace and shows the view as chosen', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    renderWithProviders(
      <SavedViews
        tenantId="t1"
        currentQuery="stage=intake&due=7"
        onOpen={() => undefined}
        storage={storage}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name the view')).toBeTruthy();
    expect(loadViews(storage, 't1')).toEqual([]);
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: ' Due this week ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(loadViews(storage, 't1')).toEqual([
        { name: 'Due this week', query: 'stage=intake&due=7' },
      ]),
    );
    expect(loadViews(storage, 't2')).toEqual([]);
    expect(screen.getAllByDisplayValue('Due this week').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Delete view Due this week' }));
    expect(loadViews(storage, 't1')).toEqual([]);
  });

  it('ignores malformed stored data', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem('claimlane.views.t1', '{"not":"a list"}');
    expect(loadViews(storage, 't1')).toEqual([]);
    storage.setItem('claimlane.views.t1', '[{"name":1},{"name":"ok","query":"a=1"}]');
    expect(loadViews(storage, 't1')).toEqual([{ name: 'ok', query: 'a=1' }]);
  });
});
