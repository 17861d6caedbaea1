import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { StaffRole } from '@shared/model';
import { staffFormSchema, type StaffForm } from '@shared/staff/pin-form';
import type { StaffFormInput } from './StaffFields';

/** The staff form, validated by the shared schema (same rules at first run and in 人员与权限). */
export function useStaffForm(role: StaffRole) {
  return useForm<StaffFormInput, unknown, StaffForm>({
    resolver: zodResolver(staffFormSchema),
    defaultValues: { name: '', role, pin: '', pinAgain: '' },
  });
}
