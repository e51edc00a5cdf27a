// Every GraphQL operation must say who may call it: @Roles(...), @Authenticated() or
// @Public(), on the method or on its resolver class. The global guard refuses anything
// that says nothing, and this rule makes the omission fail lint before it fails a user.
const OPERATIONS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField']);
const ACCESS = new Set(['Roles', 'Authenticated', 'Public']);

const decoratorName = (decorator) => {
  const expression = decorator.expression;
  if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') {
    return expression.callee.name;
  }
  return expression.type === 'Identifier' ? expression.name : undefined;
};

const hasAccess = (decorators = []) => decorators.some((d) => ACCESS.has(decoratorName(d)));

export const guardedResolvers = {
  meta: {
    type: 'problem',
    docs: { description: 'every resolver operation declares who may call it' },
    messages: {
      unguarded:
        "'{{name}}' is a GraphQL operation with no @Roles(), @Authenticated() or @Public(): say who may call it.",
    },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const decorators = node.decorators ?? [];
        if (!decorators.some((d) => OPERATIONS.has(decoratorName(d)))) return;
        const resolverClass = node.parent.parent;
        if (hasAccess(decorators) || hasAccess(resolverClass.decorators)) return;
        context.report({
          node: node.key,
          messageId: 'unguarded',
          data: { name: node.key.name ?? 'operation' },
        });
      },
    };
  },
};
