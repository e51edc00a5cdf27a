import { type FragmentDefinitionNode, Kind, type ValidationContext } from 'graphql';

/** The document's fragments by name, for rules that follow a spread to what it selects. */
export function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  return fragments;
}
