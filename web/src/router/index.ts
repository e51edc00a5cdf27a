export {
  type AppRoute,
  createBrowserRouter,
  type NavigateOptions,
  type Router,
  type RouterLocation,
} from './browser-router';
export { useLocation, useNavigate, useParams, useSearchParams } from './hooks';
export { Link, type LinkProps, NavLink, type NavLinkProps } from './Link';
export { Navigate } from './Navigate';
export { Outlet, RouterProvider } from './RouterProvider';
