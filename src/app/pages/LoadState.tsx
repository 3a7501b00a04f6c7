/** What a page shows while its data loads, or if loading failed (with a retry). */
import type { PageState } from "../../features/content/load-page";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";

export function LoadState({ lang, state }: { lang: Lang; state: PageState }) {
  const t = UI[lang];
  if (state.status === "error") {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t.loadFailed}</p>
        <pre>{state.error.message}</pre>
        <button type="button" onClick={state.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return (
    <p className="loading" aria-live="polite">
      {t.loading}
    </p>
  );
}
