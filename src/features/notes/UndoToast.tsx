/** "Deleted. Undo" — stays until the reader acts or 15 seconds pass. */
import { useEffect, useRef } from "react";
import type { StudyRecord } from "./model";
import { studyStore } from "./study-layer";

export function UndoToast({ message, undoLabel, onUndo, onClose }: { message: string; undoLabel: string; onUndo: () => void; onClose: () => void }) {
  // The timer starts once per toast, however often the parent re-renders with a new onClose.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const timer = window.setTimeout(() => close.current(), 15_000);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="undo-toast" role="status">
      {message}{" "}
      <button type="button" onClick={onUndo}>
        {undoLabel}
      </button>
    </div>
  );
}

/** The toast after a record was removed: undo puts the record back. */
export function RemovedToast({ record, message, undoLabel, onDone }: { record: StudyRecord; message: string; undoLabel: string; onDone: () => void }) {
  return (
    <UndoToast
      message={message}
      undoLabel={undoLabel}
      onUndo={() => {
        void studyStore.put(record);
        onDone();
      }}
      onClose={onDone}
    />
  );
}
