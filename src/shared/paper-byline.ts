import type { PaperRef } from "./types";

/** "Tom B. Brown et al. · NeurIPS 2020": authors and venue as listed, the year if the venue lacks it. */
export function paperByline(r: Pick<PaperRef, "authors" | "venue" | "year">): string {
  const venue = r.venue && r.year && !r.venue.includes(String(r.year)) ? `${r.venue} ${r.year}` : (r.venue ?? (r.year ? String(r.year) : ""));
  return [r.authors, venue].filter(Boolean).join(" · ");
}
