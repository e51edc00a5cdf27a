import {
  answerChoices,
  type CallScriptContext,
  type CallScriptStepDraft,
  renderTemplate,
  type ScriptAnswer,
  visibleSteps,
} from '@phonebank/domain';
import { useId, useState } from 'react';

import { Badge, Button } from '../../../design-system';

export interface ScriptPreviewProps {
  steps: readonly CallScriptStepDraft[];
  context: CallScriptContext;
}

interface StepViewProps {
  step: CallScriptStepDraft;
  text: string;
  name: string;
  answer: ScriptAnswer | undefined;
  context: CallScriptContext;
  onAnswer: (answer: ScriptAnswer | undefined) => void;
}

function RankingAnswer({ text, answer, context, onAnswer }: Omit<StepViewProps, 'step' | 'name'>) {
  const ranked = Array.isArray(answer) ? answer : [];
  const byId = new Map(context.candidates.map((candidate) => [candidate.id, candidate]));
  const unranked = context.candidates.filter((candidate) => !ranked.includes(candidate.id));
  return (
    <fieldset className="pb-fieldset">
      <legend>{text}</legend>
      {ranked.length > 0 ? (
        <ol aria-label="Ranking so far">
          {ranked.map((id) => (
            <li key={id}>{byId.get(id)?.name ?? id}</li>
          ))}
        </ol>
      ) : (
        <p className="pb-muted">No candidates ranked yet.</p>
      )}
      {context.candidates.length === 0 ? (
        <p className="pb-muted">The region has no candidates yet.</p>
      ) : null}
      <div className="pb-button-row">
        {unranked.map((candidate) => (
          <Button
            key={candidate.id}
            variant="secondary"
            size="small"
            onClick={() => onAnswer([...ranked, candidate.id])}
          >
            Rank {candidate.name} {candidate.ours ? <Badge tone="info">ours</Badge> : null}
          </Button>
        ))}
        {ranked.length > 0 ? (
          <Button variant="ghost" size="small" onClick={() => onAnswer(undefined)}>
            Clear ranking
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}

function StepView({ step, text, name, answer, context, onAnswer }: StepViewProps) {
  const id = useId();
  if (step.type === 'TEXT') return <p>{text}</p>;
  if (step.type === 'RANKING')
    return <RankingAnswer text={text} answer={answer} context={context} onAnswer={onAnswer} />;
  if (step.type === 'FREE_TEXT')
    return (
      <div className="pb-field">
        <label className="pb-field__label" htmlFor={id}>
          {text}
        </label>
        <textarea
          id={id}
          className="pb-input pb-textarea"
          value={typeof answer === 'string' ? answer : ''}
          onChange={(event) => onAnswer(event.target.value)}
        />
      </div>
    );
  return (
    <fieldset className="pb-fieldset">
      <legend>{text}</legend>
      {answerChoices(step).map((choice) => (
        <label key={choice.value} className="pb-check">
          <input
            type="radio"
            className="pb-check__input"
            name={name}
            value={choice.value}
            checked={answer === choice.value}
            onChange={() => onAnswer(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The script as a volunteer sees it, with sample member data: answering a question shows
 * or hides the steps that branch on it, by the same rule the calling page follows.
 */
export function ScriptPreview({ steps, context }: ScriptPreviewProps) {
  const prefix = useId();
  const [answers, setAnswers] = useState<Record<string, ScriptAnswer | undefined>>({});
  const ourCandidateIds = context.candidates.filter((c) => c.ours).map((c) => c.id);
  const shown = visibleSteps(steps, answers, { ourCandidateIds });
  return (
    <div className="pb-form">
      <ol className="pb-form" aria-label="Script preview">
        {shown.map((step, index) => (
          <li key={`${index}:${step.key}`}>
            <StepView
              step={step}
              text={renderTemplate(step.text, context)}
              name={`${prefix}-${step.key}`}
              answer={answers[step.key]}
              context={context}
              onAnswer={(answer) => setAnswers((previous) => ({ ...previous, [step.key]: answer }))}
            />
          </li>
        ))}
      </ol>
      <p className="pb-muted">
        {shown.length} of {steps.length} steps shown for these answers.
      </p>
      <div className="pb-button-row">
        <Button variant="secondary" size="small" onClick={() => setAnswers({})}>
          Start the preview again
        </Button>
      </div>
    </div>
  );
}
