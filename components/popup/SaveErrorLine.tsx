import { usePopupStore } from './popup-store';

/** Says why the last change to the profile or settings was not saved, until the person dismisses it or a save works. */
export function SaveErrorLine() {
  const error = usePopupStore((s) => s.saveError);
  const clear = usePopupStore((s) => s.setSaveError);
  if (!error) return null;
  return (
    <div className="save-error" role="alert">
      <span>{error}</span>{' '}
      <button type="button" className="link" onClick={() => clear('')}>Dismiss</button>
    </div>
  );
}
