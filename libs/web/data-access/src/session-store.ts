import { useSyncExternalStore } from 'react';

/** Who is signed in and which workspace is active. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; name: string; email: string };
  /** The active workspace, sent as X-Tenant-Id; null until the user has one. */
  tenantId: string | null;
}

type Listener = () => void;

// The refresh token survives a reload in localStorage (the API issues no cookie); the CSP allows no
// script but our own, which is what keeps it from other scripts. The access token lives only here.
const STORAGE_KEY = 'claimlane.session';

function load(storage: Storage | undefined): Session | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.refreshToken !== 'string' || !s.user) return null;
    return {
      accessToken: '',
      refreshToken: s.refreshToken,
      user: s.user,
      tenantId: typeof s.tenantId === 'string' ? s.tenantId : null,
    };
  } catch {
    return null;
  }
}

export class SessionStore {
  private session: Session | null;
  private readonly listeners = new Set<Listener>();
  /** Set when the refresh token stopped working: the app asks to sign in again over the open page. */
  private expired = false;

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    this.session = load(storage);
  }

  get(): Session | null {
    return this.session;
  }

  isExpired(): boolean {
    return this.expired;
  }

  set(next: Session | null): void {
    this.session = next;
    this.expired = false;
    if (next) {
      const { refreshToken, user, tenantId } = next;
      this.storage?.setItem(STORAGE_KEY, JSON.stringify({ refreshToken, user, tenantId }));
    } else {
      this.storage?.removeItem(STORAGE_KEY);
    }
    this.emit();
  }

  update(patch: Partial<Session>): void {
    if (this.session) this.set({ ...this.session, ...patch });
  }

  /** Keeps the user and the page; only the credentials are gone until they sign in again. */
  markExpired(): void {
    this.expired = true;
    this.emit();
  }

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private emit(): void {
    // A new object identity per change so useSyncExternalStore re-renders.
    if (this.session) this.session = { ...this.session };
    for (const l of this.listeners) l();
  }
}

export const sessionStore = new SessionStore();

export function useSession(store: SessionStore = sessionStore): Session | null {
  return useSyncExternalStore(store.subscribe, () => store.get());
}

export function useSessionExpired(store: SessionStore = sessionStore): boolean {
  return useSyncExternalStore(store.subscribe, () => store.isExpired());
}
