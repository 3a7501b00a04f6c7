import type { StateCreator } from "zustand";
import type { PageKey, Progress, ResumePoint } from "../../features/progress/progress-model";
import { DEFAULT_READING, type ReadingSettings } from "../../features/progress/reading-settings";

/** Reading progress, the place to resume, and reading settings: small, synchronous, in localStorage. */
export interface StudySlice {
  progress: Progress;
  resume: ResumePoint | null;
  reading: ReadingSettings;
  setRead: (page: PageKey, read: boolean) => void;
  setResume: (point: ResumePoint) => void;
  setReading: (settings: Partial<ReadingSettings>) => void;
}

export const createStudySlice: StateCreator<StudySlice, [], [], StudySlice> = (set) => ({
  progress: {},
  resume: null,
  reading: DEFAULT_READING,
  setRead: (page, read) => set((s) => ({ progress: { ...s.progress, [page]: { read, at: Date.now() } } })),
  setResume: (resume) => set({ resume }),
  setReading: (settings) => set((s) => ({ reading: { ...s.reading, ...settings } })),
});
