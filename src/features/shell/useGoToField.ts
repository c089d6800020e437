import { sectionIdOfPath, type FieldPath } from '@/model/fieldPath';
import { isSectionId } from '@/model/sectionRegistry';
import { useAppServices } from '@/context/AppContext';

/** Opens the field's section, shows its message and focuses it: what Next issue does. */
export function useGoToField(): (path: FieldPath) => void {
  const { ui } = useAppServices();
  return (path) => {
    const sectionId = sectionIdOfPath(path);
    if (isSectionId(sectionId)) ui.getState().openSection(sectionId);
    ui.getState().markTouched(path);
    ui.getState().requestFocus(path, { revealIssue: true });
  };
}
