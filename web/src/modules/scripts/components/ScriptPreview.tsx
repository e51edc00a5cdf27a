import {
  type CallScriptContext,
  type CallScriptStepDraft,
  type ScriptAnswer,
  visibleSteps,
} from '@phonebank/domain';
import { useState } from 'react';

import { Button } from '../../../design-system';
import { CallScriptSteps } from './CallScriptSteps';

export interface ScriptPreviewProps {
  steps: readonly CallScriptStepDraft[];
  context: CallScriptContext;
}

/**
 * The script as a volunteer sees it, with sample member data: answering a question shows
 * or hides the steps that branch on it, by the same rule the calling page follows.
 */
export function ScriptPreview({ steps, context }: ScriptPreviewProps) {
  const [answers, setAnswers] = useState<Record<string, ScriptAnswer | undefined>>({});
  const ourCandidateIds = context.candidates.filter((c) => c.ours).map((c) => c.id);
  const shown = visibleSteps(steps, answers, { ourCandidateIds });
  return (
    <div className="pb-form">
      <CallScriptSteps
        steps={steps}
        context={context}
        answers={answers}
        label="Script preview"
        onAnswer={(key, answer) => setAnswers((previous) => ({ ...previous, [key]: answer }))}
      />
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
