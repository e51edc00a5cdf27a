import { graphql } from '../../../gql';

/** A script step as the editor, the preview and the call screen all read it. */
export const CALL_SCRIPT_STEP_FIELDS_FRAGMENT = graphql(`
  fragment CallScriptStepFields on CallScriptStepModel {
    key
    type
    text
    options
    skipIf {
      step
      answerIn
    }
  }
`);

/** Elections with what a script's places and its preview need: regions, candidates, slates. */
export const SCRIPT_ELECTIONS_QUERY = graphql(`
  query ScriptElections {
    elections {
      id
      name
      slates {
        id
        name
        ours
      }
      regions {
        id
        code
        name
        seats
        candidates {
          id
          name
          pitch
          slate {
            id
            ours
          }
        }
      }
    }
  }
`);

/** Call lists the coordinator or admin may give a script of their own. */
export const SCRIPT_CALL_LISTS_QUERY = graphql(`
  query ScriptCallLists {
    callLists(includeArchived: false) {
      id
      name
      region {
        id
        code
      }
    }
  }
`);

export const CALL_SCRIPTS_QUERY = graphql(`
  query CallScripts($electionId: ID!) {
    callScripts(electionId: $electionId) {
      ...CallScriptFields
    }
  }
`);

export const CALL_SCRIPT_FIELDS = graphql(`
  fragment CallScriptFields on CallScript {
    id
    scope
    electionId
    regionId
    callListId
    name
    version
    versionId
    savedAt
    savedBy
    steps {
      ...CallScriptStepFields
    }
  }
`);

export const SAVE_CALL_SCRIPT_MUTATION = graphql(`
  mutation SaveCallScript($input: SaveCallScriptInput!) {
    saveCallScript(input: $input) {
      ...CallScriptFields
    }
  }
`);

export const DELETE_CALL_SCRIPT_MUTATION = graphql(`
  mutation DeleteCallScript($id: ID!) {
    deleteCallScript(id: $id)
  }
`);
