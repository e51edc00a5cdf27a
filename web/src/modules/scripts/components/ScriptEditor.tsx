import { useMutation } from '@apollo/client/react';
import {
  checkCallScript,
  type CallScriptContext,
  type FieldProblem,
  type StepTypeName,
  TEMPLATE_FIELDS,
} from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import { Button, Card, ErrorMessages, Select, TextField } from '../../../design-system';
import { ConfirmDeleteButton } from '../../../forms/ConfirmDeleteButton';
import { useFormProblems } from '../../../forms/useFormProblems';
import { type CallScriptFieldsFragment } from '../../../gql/graphql';
import {
  DELETE_CALL_SCRIPT_MUTATION,
  SAVE_CALL_SCRIPT_MUTATION,
} from '../graphql/scripts.operations';
import {
  moveStep,
  newStep,
  type Place,
  placeScriptField,
  type StepDraft,
  stepDrafts,
  stepInputs,
} from '../utils/script-draft';
import { ScriptPreview } from './ScriptPreview';
import { STEP_TYPE_OPTIONS, StepEditor } from './StepEditor';

export interface ScriptEditorProps {
  electionId: string;
  place: Place;
  /** The place's own script, if it has one. */
  own: CallScriptFieldsFragment | undefined;
  /** What applies when the place has no script of its own: where it comes from, and its steps. */
  inherited: { label: string; steps: StepDraft[] };
  context: CallScriptContext;
  onSaved: (version: number) => void;
}

function checkName(name: string): FieldProblem[] {
  return name.trim().length > 120
    ? [{ field: 'name', message: 'name must be at most 120 characters.' }]
    : [];
}

/** Edits one place's script: steps on the left, the volunteer's view on the right. */
export function ScriptEditor({
  electionId,
  place,
  own,
  inherited,
  context,
  onSaved,
}: ScriptEditorProps) {
  const [steps, setSteps] = useState<StepDraft[]>(() =>
    own ? stepDrafts(own.steps) : inherited.steps,
  );
  const [name, setName] = useState(own?.name ?? '');
  const [addType, setAddType] = useState<StepTypeName>('TEXT');
  const [saveCallScript] = useMutation(SAVE_CALL_SCRIPT_MUTATION, {
    refetchQueries: ['CallScripts'],
    awaitRefetchQueries: true,
  });
  const [deleteCallScript] = useMutation(DELETE_CALL_SCRIPT_MUTATION, {
    refetchQueries: ['CallScripts'],
    awaitRefetchQueries: true,
  });
  const form = useFormProblems([...checkName(name), ...checkCallScript(steps)], placeScriptField);

  function update(index: number, step: StepDraft): void {
    setSteps((previous) => previous.map((s, i) => (i === index ? step : s)));
    for (const part of ['key', 'type', 'text', 'options', 'skipIf'])
      form.touch(`steps[${index}].${part}`);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    let version: number | undefined;
    await form.submit(async () => {
      const result = await saveCallScript({
        variables: {
          input: {
            electionId,
            regionId: place.regionId,
            callListId: place.callListId,
            name: name.trim() || null,
            steps: stepInputs(steps),
          },
        },
      });
      version = result.data?.saveCallScript.version;
    });
    if (version !== undefined) onSaved(version);
  }

  return (
    <div className="pb-split">
      <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorMessages messages={form.messages} />
        <Card title={own ? `Version ${own.version}` : 'Not saved yet'}>
          <div className="pb-form">
            <p className="pb-muted">
              {own
                ? `Saved${own.savedBy ? ` by ${own.savedBy}` : ''}${
                    own.savedAt ? ` on ${new Date(own.savedAt).toLocaleString('en-GB')}` : ''
                  }. Saving makes version ${own.version + 1}; calls already made keep theirs.`
                : `No script of its own yet: callers follow ${inherited.label}, shown here to start from. Saving makes version 1.`}
            </p>
            <TextField
              label="Name"
              hint="Optional; by default the region’s or list’s name."
              value={name}
              maxLength={120}
              error={form.errorFor('name')}
              onChange={(value) => {
                setName(value);
                form.touch('name');
              }}
            />
            <details>
              <summary>Fields a text can use</summary>
              <dl className="pb-details">
                {TEMPLATE_FIELDS.map((field) => (
                  <div className="pb-details__row" key={field.field}>
                    <dt>
                      <code>{`{{${field.field}}}`}</code>
                    </dt>
                    <dd>{field.description}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </div>
        </Card>
        {steps.map((step, index) => (
          <StepEditor
            key={index}
            step={step}
            index={index}
            count={steps.length}
            earlier={steps.slice(0, index)}
            errorFor={form.errorFor}
            onChange={(changed) => update(index, changed)}
            onMove={(by) => setSteps((previous) => moveStep(previous, index, by))}
            onRemove={() => setSteps((previous) => previous.filter((_, i) => i !== index))}
          />
        ))}
        <Card title="Add a step">
          <div className="pb-form__row">
            <Select
              label="Type of step"
              value={addType}
              options={STEP_TYPE_OPTIONS}
              onChange={setAddType}
            />
            <Button
              variant="secondary"
              onClick={() => setSteps((previous) => [...previous, newStep(addType, previous)])}
            >
              Add step
            </Button>
          </div>
        </Card>
        <div className="pb-button-row">
          <Button type="submit" loading={form.submitting}>
            Save as a new version
          </Button>
          {own?.id ? (
            <ConfirmDeleteButton
              thing={`script “${own.name}”`}
              consequence={`Callers will follow ${inherited.label} instead. Calls already made keep their outcome but lose the link to this script.`}
              onConfirm={() => deleteCallScript({ variables: { id: own.id as string } })}
            />
          ) : null}
        </div>
      </form>
      <aside className="pb-split__aside">
        <Card title="Preview">
          <p className="pb-muted">
            As a volunteer sees it, for a sample member. Answer to follow the branches.
          </p>
          <ScriptPreview steps={steps} context={context} />
        </Card>
      </aside>
    </div>
  );
}
