import { Alert, ConfigProvider, Flex } from 'antd';
import type { ReactNode } from 'react';
import { adminOnlyReason, type AdminOnlyAction } from '@shared/staff/policy';
import { useMayDo } from './staff-session';

interface Props {
  action: AdminOnlyAction;
  /** `disable` shows the controls greyed out with the reason; `hide` shows only the reason. */
  mode?: 'disable' | 'hide';
  children: ReactNode;
}

/**
 * Admin-only controls: a 管理员 gets them as they are; a 前台 sees why they cannot use them, and every
 * control inside is disabled.
 */
export function AdminOnly({ action, mode = 'disable', children }: Props) {
  const allowed = useMayDo(action);
  if (allowed) return children;
  const reason = (
    <Alert type="info" showIcon title={`${adminOnlyReason(action)}。请管理员点“切换用户”登录后操作。`} />
  );
  if (mode === 'hide') return reason;
  return (
    <Flex vertical gap={12}>
      {reason}
      {/* The fieldset disables every native control even where a screen sets disabled={false}
          explicitly (which overrides componentDisabled); componentDisabled greys out the rest. */}
      <fieldset disabled className="desk-admin-only">
        <ConfigProvider componentDisabled>{children}</ConfigProvider>
      </fieldset>
    </Flex>
  );
}
