import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, lazy, Suspense } from 'react';

import { type AppRoute, createBrowserRouter } from './browser-router';
import { useLocation, useParams, useSearchParams } from './hooks';
import { Link, NavLink } from './Link';
import { Navigate } from './Navigate';
import { Outlet, RouterProvider } from './RouterProvider';

function Layout() {
  return (
    <>
      <nav aria-label="Main">
        <NavLink to="/" end>
          Home
        </NavLink>
        <NavLink to="/lists">Lists</NavLink>
      </nav>
      <Outlet />
    </>
  );
}

function ListPage() {
  const { listId } = useParams();
  return <h1>{`List ${listId}`}</h1>;
}

function ListsPage() {
  const [params, setParams] = useSearchParams();
  const { search } = useLocation();
  return (
    <>
      <h1>Lists</h1>
      <p>{`Query: ${search}`}</p>
      <button
        onClick={() =>
          setParams((previous) => {
            previous.set('region', params.get('region') === 'ldn' ? 'se' : 'ldn');
            return previous;
          })
        }
      >
        Next region
      </button>
      <Link to="/lists/l%201">Open list 1</Link>
    </>
  );
}

function open(at: string, routes: AppRoute[]) {
  window.history.replaceState(null, '', at);
  const router = createBrowserRouter(routes);
  render(<RouterProvider router={router} />);
  return router;
}

const appRoutes: AppRoute[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Link to="/lists">See the lists</Link> },
      { path: 'lists', element: <ListsPage /> },
      { path: 'lists/:listId', element: <ListPage /> },
      { path: 'old-lists', element: <Navigate to="/lists" replace /> },
    ],
  },
];

describe('the router', () => {
  afterEach(() => jest.restoreAllMocks());

  it('opens a link in the page, adding a history entry that Back returns from', async () => {
    const user = userEvent.setup();
    const entries = window.history.length;
    open('/', appRoutes);
    await user.click(screen.getByRole('link', { name: 'See the lists' }));
    await user.click(await screen.findByRole('link', { name: 'Open list 1' }));
    expect(await screen.findByRole('heading', { name: 'List l 1' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/lists/l%201');
    expect(window.history.length).toBe(entries + 2);

    act(() => window.history.back());
    expect(await screen.findByRole('heading', { name: 'Lists' })).toBeInTheDocument();
  });

  it('says which navigation link is the current page', async () => {
    const user = userEvent.setup();
    open('/', appRoutes);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'See the lists' }));
    await user.click(await screen.findByRole('link', { name: 'Open list 1' }));
    await screen.findByRole('heading', { name: 'List l 1' });
    expect(nav.querySelector('[aria-current="page"]')).toHaveTextContent('Lists');
  });

  it('changes the query of the page shown, keeping its path', async () => {
    const user = userEvent.setup();
    open('/lists?archived=yes', appRoutes);
    await user.click(screen.getByRole('button', { name: 'Next region' }));
    expect(await screen.findByText('Query: ?archived=yes&region=ldn')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/lists');
  });

  it('sends a visitor on from a page that redirects, replacing its history entry', async () => {
    const entries = window.history.length;
    open('/old-lists', appRoutes);
    expect(await screen.findByRole('heading', { name: 'Lists' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/lists');
    expect(window.history.length).toBe(entries);
  });

  it('leaves a click with a modifier key to the browser, which opens a new tab', async () => {
    const user = userEvent.setup();
    open('/', appRoutes);
    let handledInPage = false;
    const keepJsdomFromNavigating = (event: MouseEvent) => {
      handledInPage = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', keepJsdomFromNavigating);
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'See the lists' }));
    await user.keyboard('{/Control}');
    document.removeEventListener('click', keepJsdomFromNavigating);
    expect(handledInPage).toBe(false);
    expect(window.location.pathname).toBe('/');
  });

  it('opens a new page at its top, but leaves the position to the browser on Back', async () => {
    const user = userEvent.setup();
    const scrollTo = jest.spyOn(window, 'scrollTo');
    open('/lists', appRoutes);
    await user.click(screen.getByRole('link', { name: 'Open list 1' }));
    await screen.findByRole('heading', { name: 'List l 1' });
    expect(scrollTo).toHaveBeenCalledWith(0, 0);

    scrollTo.mockClear();
    act(() => window.history.back());
    await screen.findByRole('heading', { name: 'Lists' });
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('keeps the page shown until the code of the next one has loaded', async () => {
    const user = userEvent.setup();
    let loaded: (page: { default: ComponentType }) => void = () => undefined;
    const LazyPage = lazy(() => new Promise<{ default: ComponentType }>((r) => (loaded = r)));
    open('/', [
      {
        path: '/',
        element: (
          <Suspense fallback={<p>Loading</p>}>
            <Outlet />
          </Suspense>
        ),
        children: [
          { index: true, element: <Link to="/later">Later</Link> },
          { path: 'later', element: <LazyPage /> },
        ],
      },
    ]);
    await user.click(screen.getByRole('link', { name: 'Later' }));
    expect(screen.getByRole('link', { name: 'Later' })).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    await act(async () => loaded({ default: () => <h1>Later page</h1> }));
    expect(await screen.findByRole('heading', { name: 'Later page' })).toBeInTheDocument();
  });
});
