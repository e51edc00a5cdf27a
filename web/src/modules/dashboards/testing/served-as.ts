/**
 * Checks a fixture against a generated type while keeping the type names (`__typename`) the
 * API adds, which the generated types leave out.
 */
export function servedAs<Shape>() {
  return <Served extends Shape>(value: Served): Served => value;
}
