import { usePopupStore } from './popup-store';
import { undoLastChange } from './skillgap-context';

/** Names the last profile change and offers to undo it. */
export function UndoBar() {
  const change = usePopupStore((s) => s.lastChange);
  if (!change) return null;
  return (
    <div className="undo-bar" role="status">
      <span>{change.label}.</span>
      <button type="button" onClick={() => void undoLastChange()}>Undo</button>
    </div>
  );
}
