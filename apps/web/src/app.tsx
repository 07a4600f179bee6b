import { MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import { createGraphqlClient, useSession } from '@claimlane/web-data-access';
import { claimlaneCssVariables, claimlaneTheme } from '@claimlane/web-ui';
import { AppRoutes } from './app-routes';

export function App() {
  const session = useSession();
  const userId = session?.user.id ?? null;
  const tenantId = session?.tenantId ?? null;
  // A fresh client (and cache) per person and workspace: one tenant's cases never show in another's.
  const client = useMemo(() => createGraphqlClient(), [userId, tenantId]);
  return (
    <MantineProvider theme={claimlaneTheme} cssVariablesResolver={claimlaneCssVariables}>
      <UrqlProvider value={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </UrqlProvider>
    </MantineProvider>
  );
}
