import { App } from 'antd';
import type { UseFormSetError } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { Volunteer } from '@shared/model';
import type { DuplicateWarning } from '@shared/volunteers/duplicates';
import { volunteerEditPatch } from '@shared/volunteers/editing';
import {
  registrationToDraft,
  type RegistrationInput,
  type RegistrationValues,
} from '@shared/volunteers/registration';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import type { VolunteerSettings } from '../../db/repos/service-records';
import { DuplicateIdNumberError } from '../../db/repos/volunteers';

interface Options {
  settings: VolunteerSettings;
  today: string;
  editing: Volunteer | undefined;
  setError: UseFormSetError<RegistrationInput>;
  setDup: (dup: { blocking: DuplicateIdNumberError['existing']; warnings: DuplicateWarning[] }) => void;
  /** Why an edit was made (edits only). */
  reason: string;
  setReasonError: (message: string | null) => void;
}

/** Changes that identify the person: they are corrected only with a stated reason. */
const IDENTIFYING = ['name', 'idNumber', 'idType'] as const;

/**
 * Saves the registration form: registers a new volunteer, or writes only the changed fields of the one
 * being edited. A duplicate ID found inside the transaction lands on the ID field; the form keeps
 * everything typed.
 */
export function useSaveVolunteer({
  settings,
  today,
  editing,
  setError,
  setDup,
  reason,
  setReasonError,
}: Options) {
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const { message } = App.useApp();

  return async (values: RegistrationValues): Promise<void> => {
    const draft = registrationToDraft(values, {
      noticeVersion: settings.privacyNoticeVersion,
      // The repository stamps consents with its own clock.
      now: 0,
      today,
      minorRules: settings.minorRules,
    });
    const patch = editing ? volunteerEditPatch(editing, draft) : null;
    if (editing && patch && Object.keys(patch).length === 0) {
      void message.info('没有需要保存的修改');
      void navigate(`/volunteers/${editing.id}`);
      return;
    }
    const why = reason.trim();
    if (patch && !why && IDENTIFYING.some((field) => field in patch)) {
      setReasonError('修改姓名或证件号码，请填写修改原因');
      return;
    }
    setReasonError(null);
    let saved: Volunteer | null = null;
    await write(async () => {
      try {
        saved =
          editing && patch
            ? await repos.volunteers.update(editing.id, patch, why || null)
            : await repos.volunteers.register(draft);
      } catch (error) {
        if (!(error instanceof DuplicateIdNumberError)) throw error;
        setDup({ blocking: error.existing, warnings: [] });
        setError('idNumber', { message: error.message });
      }
    });
    const done = saved as Volunteer | null;
    if (!done) return;
    void message.success(
      editing ? `已保存 ${done.name} 的修改` : `已登记：${done.name}，志愿者编号 ${done.volunteerNo}`,
    );
    void navigate(`/volunteers/${done.id}`);
  };
}
