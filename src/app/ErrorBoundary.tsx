/** A page that throws shows the error in place; the header, sidebar and other pages keep working. */
import { Component, type ReactNode } from "react";
import { UI } from "../shared/ui-text";
import type { Lang } from "../shared/types";
import { isChunkLoadError } from "./load-recovery";
import { LoadFailed } from "./LoadFailed";

interface Props {
  lang: Lang;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    // Logged as well as shown, so it reaches whoever watches the console (a chunk that failed to
    // load is not a bug: LoadFailed handles and logs it).
    if (!isChunkLoadError(error)) console.error(error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isChunkLoadError(error)) return <LoadFailed lang={this.props.lang} error={error} />;
    const t = UI[this.props.lang];
    return (
      <div role="alert" className="notice notice-error">
        <h1>{t.crashTitle}</h1>
        <p>{t.crashText}</p>
        <pre>{error.message}</pre>
      </div>
    );
  }
}
