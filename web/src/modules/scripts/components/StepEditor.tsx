import {
  answerChoices,
  isBranchable,
  STEP_TYPE_LABELS,
  type StepTypeName,
} from '@phonebank/domain';
import { useId } from 'react';

import { Button, Card, Checkbox, FormField, Select, TextField } from '../../../design-system';
import { type StepDraft } from '../utils/script-draft';

export const STEP_TYPE_OPTIONS = (Object.keys(STEP_TYPE_LABELS) as StepTypeName[]).map((type) => ({
  value: type,
  label: STEP_TYPE_LABELS[type],
}));

export interface StepEditorProps {
  step: StepDraft;
  index: number;
  count: number;
  /** The steps before this one: the only ones a skip rule may name. */
  earlier: readonly StepDraft[];
  errorFor: (field: string) => string | undefined;
  onChange: (step: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function SkipRuleFields({
  step,
  earlier,
  error,
  onChange,
}: {
  step: StepDraft;
  earlier: readonly StepDraft[];
  error: string | undefined;
  onChange: (skipIf: StepDraft['skipIf']) => void;
}) {
  const branchable = earlier.filter((candidate) => isBranchable(candidate.type));
  const target = branchable.find((candidate) => candidate.key === step.skipIf?.step);
  const chosen = new Set(step.skipIf?.answerIn ?? []);
  return (
    <div className="pb-form">
      <Select
        label="Skip this step when"
        value={step.skipIf?.step ?? ''}
        hint={branchable.length === 0 ? 'No earlier question has answers to skip on.' : undefined}
        error={error}
        options={[
          { value: '', label: 'Never: always show it' },
          ...(step.skipIf && !target ? [{ value: step.skipIf.step, label: step.skipIf.step }] : []),
          ...branchable.map((candidate) => ({
            value: candidate.key,
            label: `“${candidate.key}” (${STEP_TYPE_LABELS[candidate.type]}) is answered…`,
          })),
        ]}
        onChange={(value) => onChange(value ? { step: value, answerIn: [] } : null)}
      />
      {target ? (
        <fieldset className="pb-fieldset">
          <legend>Skip for these answers to “{target.key}”</legend>
          {answerChoices(target).map((choice) => (
            <Checkbox
              key={choice.value}
              label={choice.label}
              checked={chosen.has(choice.value)}
              onChange={(checked) => {
                const answerIn = answerChoices(target)
                  .map((c) => c.value)
                  .filter((value) => (value === choice.value ? checked : chosen.has(value)));
                onChange({ step: target.key, answerIn });
              }}
            />
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

/** One step of the script: its type, key, words, options and skip rule, and moving it. */
export function StepEditor({
  step,
  index,
  count,
  earlier,
  errorFor,
  onChange,
  onMove,
  onRemove,
}: StepEditorProps) {
  const optionsId = useId();
  const at = `steps[${index}]`;
  const number = index + 1;
  return (
    <Card
      headingLevel={3}
      title={`Step ${number}: ${STEP_TYPE_LABELS[step.type]}`}
      actions={
        <>
          <Button
            variant="ghost"
            size="small"
            disabled={index === 0}
            aria-label={`Move step ${number} up`}
            onClick={() => onMove(-1)}
          >
            ↑ Up
          </Button>
          <Button
            variant="ghost"
            size="small"
            disabled={index === count - 1}
            aria-label={`Move step ${number} down`}
            onClick={() => onMove(1)}
          >
            ↓ Down
          </Button>
          <Button
            variant="danger"
            size="small"
            aria-label={`Remove step ${number}`}
            onClick={onRemove}
          >
            Remove
          </Button>
        </>
      }
    >
      <div className="pb-form">
        <div className="pb-form__row">
          <Select
            label="Type"
            value={step.type}
            options={STEP_TYPE_OPTIONS}
            error={errorFor(`${at}.type`)}
            onChange={(type) =>
              onChange({
                ...step,
                type,
                options: type === 'SINGLE_CHOICE' ? step.options : [],
              })
            }
          />
          <TextField
            label="Key"
            hint="Skip rules and answers refer to it."
            value={step.key}
            maxLength={32}
            error={errorFor(`${at}.key`)}
            onChange={(key) => onChange({ ...step, key })}
          />
        </div>
        <FormField
          label={step.type === 'TEXT' ? 'Words to read' : 'Question'}
          error={errorFor(`${at}.text`)}
        >
          {(control) => (
            <textarea
              {...control}
              className="pb-input pb-textarea"
              value={step.text}
              maxLength={2000}
              onChange={(event) => onChange({ ...step, text: event.target.value })}
            />
          )}
        </FormField>
        {step.type === 'SINGLE_CHOICE' ? (
          <FormField
            id={optionsId}
            label="Options"
            hint="One a line."
            error={errorFor(`${at}.options`)}
          >
            {(control) => (
              <textarea
                {...control}
                className="pb-input pb-textarea"
                value={step.options.join('\n')}
                onChange={(event) => onChange({ ...step, options: event.target.value.split('\n') })}
              />
            )}
          </FormField>
        ) : null}
        <SkipRuleFields
          step={step}
          earlier={earlier}
          error={errorFor(`${at}.skipIf`)}
          onChange={(skipIf) => onChange({ ...step, skipIf })}
        />
      </div>
    </Card>
  );
}
