import { useEffect, useRef } from 'react';

import { isTyping } from '../../members/hooks/useSlashToFocus';
import { DISPOSITIONS, type DispositionChoice, SKIP_KEY } from '../utils/dispositions';

export interface CallShortcuts {
  /** Off while no member is shown or a request is running. */
  enabled: boolean;
  onDisposition: (choice: DispositionChoice) => void;
  onSkip: () => void;
}

/** Digits 1–8 record an outcome, Enter records a conversation and N skips, unless the user is typing (e.g. notes). */
export function useCallShortcuts(shortcuts: CallShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const { enabled, onDisposition, onSkip } = latest.current;
      if (!enabled || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      // Enter saves the call as a conversation: the usual end of a call that followed the script.
      const choice =
        event.key === 'Enter'
          ? DISPOSITIONS.find((disposition) => disposition.value === 'ANSWERED')
          : DISPOSITIONS.find((disposition) => disposition.key === event.key);
      if (choice) {
        event.preventDefault();
        onDisposition(choice);
      } else if (event.key.toLowerCase() === SKIP_KEY) {
        event.preventDefault();
        onSkip();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
