import { createContext, useContext } from 'react';
import type { MyTenantsQuery } from './gql/graphql';

export type Workspace = MyTenantsQuery['myTenants'][number];

export interface WorkspaceState {
  /** The active workspace (X-Tenant-Id). */
  workspace: Workspace;
  workspaces: Workspace[];
  switchTo(id: string): void;
  refetch(): void;
}

export const WorkspaceContext = createContext<WorkspaceState | null>(null);

/** The active workspace; only inside the signed-in layout. */
export function useWorkspace(): WorkspaceState {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside the signed-in layout');
  return ws;
}
