/** "Deleted. Undo" — stays until the reader acts or 15 seconds pass. */
import { useEffect } from "react";

export function UndoToast({ message, undoLabel, onUndo, onClose }: { message: string; undoLabel: string; onUndo: () => void; onClose: () => void }) {
  useEffect(() => {
    const timer = window.setTimeout(onClose, 15_000);
    return () => window.clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="undo-toast" role="status">
      {message}{" "}
      <button type="button" onClick={onUndo}>
        {undoLabel}
      </button>
    </div>
  );
}
