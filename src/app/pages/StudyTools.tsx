/**
 * What a chapter or section page adds for the reader's own study, composed from the notes and
 * progress features: highlights and notes (loaded when needed), read tracking and the place to
 * resume, and "mark as (un)read". Stored data shows only after hydration.
 */
import type { RefObject } from "react";
import { pageRef } from "../../features/notes/model";
import { StudyMount } from "../../features/notes/StudyMount";
import { ReadToggle } from "../../features/progress/ReadToggle";
import { useReadingTracking } from "../../features/progress/use-reading-tracking";
import { useHydrated } from "../../shared/notices";
import type { Lang } from "../../shared/types";
import { useReader } from "../store";

export interface StudyPlace {
  chapter: string;
  section: string | null;
}

export function StudyTools({ lang, place, root }: { lang: Lang; place: StudyPlace; root: RefObject<HTMLDivElement | null> }) {
  const page = pageRef(place.section ? "section" : "chapter", place.section ?? place.chapter);
  const hydrated = useHydrated();
  const read = useReader((s) => s.progress[page]?.read ?? false);
  const setRead = useReader((s) => s.setRead);
  const setResume = useReader((s) => s.setResume);
  useReadingTracking({
    ready: hydrated,
    pageId: page,
    root,
    onRead: () => {
      if (!useReader.getState().progress[page]?.read) setRead(page, true);
    },
    onPosition: (heading) => setResume({ lang, chapter: place.chapter, section: place.section, heading, at: Date.now() }),
  });
  return (
    <>
      <StudyMount lang={lang} page={page} root={root} ready={hydrated} />
      {hydrated ? <ReadToggle lang={lang} read={read} onChange={(value) => setRead(page, value)} /> : null}
    </>
  );
}
