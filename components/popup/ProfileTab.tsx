import { ProfileEditor } from './ProfileEditor';
import { TextImport } from './TextImport';
import { UndoBar } from './UndoBar';

/** The profile tab: the skills, import from text, and undo of the last change. */
export function ProfileTab() {
  return (
    <>
      <UndoBar />
      <ProfileEditor />
      <TextImport />
    </>
  );
}
