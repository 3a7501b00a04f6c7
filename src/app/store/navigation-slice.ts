import type { StateCreator } from "zustand";

export interface NavigationSlice {
  /** Chapters the reader opened or closed in the sidebar (absent: open only if current). */
  expanded: Record<string, boolean>;
  /** The phone drawer; not persisted. */
  drawerOpen: boolean;
  setExpanded: (chapterId: string, open: boolean) => void;
  setDrawerOpen: (open: boolean) => void;
}

export const createNavigationSlice: StateCreator<NavigationSlice, [], [], NavigationSlice> = (set) => ({
  expanded: {},
  drawerOpen: false,
  setExpanded: (chapterId, open) => set((s) => ({ expanded: { ...s.expanded, [chapterId]: open } })),
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
});
