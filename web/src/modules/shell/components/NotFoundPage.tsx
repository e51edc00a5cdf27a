import { EmptyState, PageHeader } from '../../../design-system';
import { Link } from '../../../router';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is nothing at this address."
        action={<Link to="/">Go to the home page</Link>}
      >
        <p>Check the address, or use the navigation.</p>
      </EmptyState>
    </>
  );
}
