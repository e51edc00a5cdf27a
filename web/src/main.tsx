import './design-system/tokens.css';
import './design-system/components.css';
import './design-system/layout.css';

import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApolloClient } from './apollo/create-apollo-client';
import { SIGN_IN_PATH, signInPathReturningTo } from './modules/auth/utils/return-path';
import { appRoutes } from './modules/shell/routes';
import { createBrowserRouter, RouterProvider } from './router';

const router = createBrowserRouter(appRoutes);

const client = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    if (pathname === SIGN_IN_PATH) return;
    void client
      .clearStore()
      .finally(() => router.navigate(signInPathReturningTo(pathname + search), { replace: true }));
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// The app shell stays on the device, so the call page and its outbox open with no network.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
