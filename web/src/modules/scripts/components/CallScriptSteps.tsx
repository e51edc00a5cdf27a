import {
  answerChoices,
  type CallScriptContext,
  type CallScriptStepDraft,
  renderTemplate,
  type ScriptAnswer,
  type ScriptAnswers,
  visibleSteps,
} from '@phonebank/domain';
import { useId } from 'react';

import { Badge, Button } from '../../../design-system';

export interface CallScriptStepsProps {
  steps: readonly CallScriptStepDraft[];
  context: CallScriptContext;
  answers: ScriptAnswers;
  onAnswer: (key: string, answer: ScriptAnswer | undefined) => void;
  /** The list's accessible name. */
  label?: string;
}

interface StepViewProps {
  step: CallScriptStepDraft;
  text: string;
  answer: ScriptAnswer | undefined;
  context: CallScriptContext;
  onAnswer: (answer: ScriptAnswer | undefined) => void;
}

/**
 * A ranking built by tapping candidates in order (no dragging on a phone): our slate first,
 * the recommended first preference marked, the last tap undoable.
 */
function RankingAnswer({ text, answer, context, onAnswer }: Omit<StepViewProps, 'step'>) {
  const ranked = Array.isArray(answer) ? answer : [];
  const byId = new Map(context.candidates.map((candidate) => [candidate.id, candidate]));
  const unranked = [...context.candidates]
    .filter((candidate) => !ranked.includes(candidate.id))
    .sort((a, b) => Number(b.ours) - Number(a.ours));
  return (
    <fieldset className="pb-fieldset">
      <legend>{text}</legend>
      {ranked.length > 0 ? (
        <ol className="pb-ranking" aria-label="Ranking so far">
          {ranked.map((id) => (
            <li key={id}>{byId.get(id)?.name ?? id}</li>
          ))}
        </ol>
      ) : (
        <p className="pb-muted">
          Tap the candidates in the member’s order: first preference first.
        </p>
      )}
      {context.candidates.length === 0 ? (
        <p className="pb-muted">The region has no candidates yet.</p>
      ) : null}
      <div className="pb-choices">
        {unranked.map((candidate) => {
          const recommended = candidate.id === context.recommendedCandidateId;
          return (
            <Button
              key={candidate.id}
              variant={recommended && ranked.length === 0 ? 'primary' : 'secondary'}
              onClick={() => onAnswer([...ranked, candidate.id])}
            >
              {`${ranked.length + 1}. ${candidate.name}`}
              {candidate.ours ? <Badge tone="info">ours</Badge> : null}
              {recommended ? <Badge tone="success">suggest first</Badge> : null}
            </Button>
          );
        })}
      </div>
      {ranked.length > 0 ? (
        <div className="pb-button-row">
          <Button
            variant="ghost"
            size="small"
            onClick={() => onAnswer(ranked.length > 1 ? ranked.slice(0, -1) : undefined)}
          >
            Undo the last
          </Button>
          <Button variant="ghost" size="small" onClick={() => onAnswer(undefined)}>
            Clear the ranking
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}

function StepView({ step, text, answer, context, onAnswer }: StepViewProps) {
  const id = useId();
  if (step.type === 'TEXT') return <p className="pb-script-text">{text}</p>;
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
          maxLength={2000}
          onChange={(event) => onAnswer(event.target.value || undefined)}
        />
      </div>
    );
  // A choice is one tap on a large button; tapping the chosen one again clears it.
  return (
    <fieldset className="pb-fieldset">
      <legend>{text}</legend>
      <div className="pb-choices">
        {answerChoices(step).map((choice) => (
          <Button
            key={choice.value}
            variant={answer === choice.value ? 'primary' : 'secondary'}
            aria-pressed={answer === choice.value}
            onClick={() => onAnswer(answer === choice.value ? undefined : choice.value)}
          >
            {choice.label}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A call script as the volunteer follows it: the steps the answers so far leave visible (by
 * the shared branching rule), with the member's details filled in. Used by the call screen
 * and by the editor's preview.
 */
export function CallScriptSteps({
  steps,
  context,
  answers,
  onAnswer,
  label = 'Script',
}: CallScriptStepsProps) {
  const ourCandidateIds = context.candidates.filter((c) => c.ours).map((c) => c.id);
  const shown = visibleSteps(steps, answers, { ourCandidateIds });
  return (
    <ol className="pb-script" aria-label={label}>
      {shown.map((step, index) => (
        <li key={`${index}:${step.key}`}>
          <StepView
            step={step}
            text={renderTemplate(step.text, context)}
            answer={answers[step.key]}
            context={context}
            onAnswer={(answer) => onAnswer(step.key, answer)}
          />
        </li>
      ))}
    </ol>
  );
}
