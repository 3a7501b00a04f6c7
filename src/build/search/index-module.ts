/** Search index stage: builds `virtual:reader/search/<lang>` from the book. (Filled in by the search feature.) */
import type { ExtraModule } from "../vite-plugin";

export const searchIndexModule: ExtraModule = {
  name: "search",
  load: () => null,
};
