import type { ChangeEvent, CompositionEvent } from "react";

/**
 * Handlers for a search field that shows every keystroke (`setDraft`) but only searches what an
 * input method (pinyin, kana…) has committed (`commit`), not the half-typed Latin letters.
 */
export function imeInputHandlers(setDraft: (value: string) => void, commit: (value: string) => void) {
  return {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setDraft(event.target.value);
      if (!(event.nativeEvent as InputEvent).isComposing) commit(event.target.value);
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => commit(event.currentTarget.value),
  };
}
