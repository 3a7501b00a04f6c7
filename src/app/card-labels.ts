/** The words a preview card shows around its data, per language (one object each, so it is stable). */
import type { CardLabels } from "../features/previews/PreviewLink";
import { RESOURCE_TEXT } from "../shared/resource-text";
import type { Lang } from "../shared/types";
import { UI } from "../shared/ui-text";

const make = (lang: Lang): CardLabels => ({
  open: UI[lang].open,
  openPaper: RESOURCE_TEXT[lang].openPaper,
  newTab: RESOURCE_TEXT[lang].newTab,
  citedIn: RESOURCE_TEXT[lang].citedIn,
});

export const CARD_LABELS: Record<Lang, CardLabels> = { en: make("en"), zh: make("zh") };
