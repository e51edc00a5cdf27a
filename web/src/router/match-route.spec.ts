import { flattenRoutes, matchRoutes, type RouteObject } from './match-route';

const routes: RouteObject<string>[] = [
  { path: '/sign-in', element: 'sign-in' },
  {
    path: '/',
    element: 'layout',
    children: [
      { index: true, element: 'home' },
      { path: 'members/:memberId', element: 'member' },
      { path: 'members/import', element: 'import' },
      { path: 'calling/:callListId', element: 'call' },
      { path: '*', element: 'not found' },
    ],
  },
];
const branches = flattenRoutes(routes);
const open = (pathname: string) => matchRoutes(branches, pathname);

describe('matching an address to a route', () => {
  it('opens a page inside the layouts around it, outermost first', () => {
    expect(open('/calling/list-1')).toEqual({
      elements: ['layout', 'call'],
      params: { callListId: 'list-1' },
    });
    expect(open('/sign-in')?.elements).toEqual(['sign-in']);
  });

  it('prefers a named page to a parameter, whatever the order the routes are declared in', () => {
    expect(open('/members/import')?.elements).toEqual(['layout', 'import']);
    expect(open('/members/m-7')?.params).toEqual({ memberId: 'm-7' });
  });

  it('opens the home page at the root and the catch-all for any other address', () => {
    expect(open('/')?.elements).toEqual(['layout', 'home']);
    expect(open('/no/such/page')).toEqual({
      elements: ['layout', 'not found'],
      params: { '*': 'no/such/page' },
    });
  });

  it('decodes parameters and ignores a trailing slash and the case of fixed segments', () => {
    expect(open('/Calling/list%201/')?.params).toEqual({ callListId: 'list 1' });
  });

  it('matches nothing when no route and no catch-all fits', () => {
    expect(matchRoutes(flattenRoutes([{ path: '/a', element: 'a' }]), '/b')).toBeNull();
  });
});
