import {
  type ASTVisitor,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

import { fragmentsOf } from './fragments-of';

/**
 * Refuses an operation selecting more than `maxFields` fields, aliases and fragments spread
 * out included: a thousand aliases of one cheap field are a thousand fields to resolve, and
 * the cost limit should not be the only thing between them and the heap.
 */
export function fieldLimit(maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    // A fragment is counted once and its count reused, so fragments spread in fragments
    // cannot make the counting itself exponential.
    const fragmentFields = new Map<string, number>();
    const countOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0;
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          count += 1 + countOf(selection.selectionSet, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += countOf(selection.selectionSet, seen);
        } else {
          const name = selection.name.value;
          if (seen.has(name)) continue;
          let fields = fragmentFields.get(name);
          if (fields === undefined) {
            fields = countOf(fragments.get(name)?.selectionSet, new Set([...seen, name]));
            fragmentFields.set(name, fields);
          }
          count += fields;
        }
        if (count > maxFields) return count;
      }
      return count;
    };
    return {
      OperationDefinition(node) {
        const count = countOf(node.selectionSet, new Set());
        if (count > maxFields) {
          context.reportError(
            new GraphQLError(
              `This request selects more than ${maxFields} fields (aliases included); the limit is ${maxFields}. Split it into several requests.`,
              { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY' } },
            ),
          );
        }
      },
    };
  };
}
