/**
 * Registers the service worker (production builds only) once the page has loaded, and tells the
 * reader when a new deploy is waiting. Until they reload, the open tab keeps running the version it
 * started with: the old worker keeps serving its precached files and the cached chunks.
 */
import { create } from "zustand";

interface UpdateState {
  updateReady: boolean;
  applyUpdate: () => void;
}

export const useUpdateState = create<UpdateState>()(() => ({ updateReady: false, applyUpdate: () => undefined }));

export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () =>
    import("virtual:pwa-register")
      .then(({ registerSW }) => {
        const update = registerSW({
          onNeedRefresh: () => useUpdateState.setState({ updateReady: true, applyUpdate: () => void update(true) }),
          onRegisterError: (error: unknown) => console.warn("service worker not registered:", error),
        });
      })
      .catch((error: unknown) => console.warn("service worker not registered:", error));
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
