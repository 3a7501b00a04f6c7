/** What a page shows while its data loads, or if loading failed (with a retry). */
import type { PageState } from "../../features/content/load-page";
import { LoadFailed } from "../LoadFailed";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";

export function LoadState({ lang, state }: { lang: Lang; state: PageState }) {
  if (state.status === "error") return <LoadFailed lang={lang} error={state.error} />;
  return (
    <p className="loading" aria-live="polite">
      {UI[lang].loading}
    </p>
  );
}
