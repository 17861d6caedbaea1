import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useId, useState } from 'react';
import { wrongPinMessage } from '@shared/staff/policy';
import { useRepos } from '../../app/desk-context';
import type { StaffMember } from '../../db';
import { reportError } from '../../db/errors';
import { busy } from '../../ui/busy';
import { lastSignedInId, startSession } from './staff-session';

const { Title, Paragraph } = Typography;
const clock = (): number => Date.now();

interface Props {
  centerName: string;
  /** Active staff accounts, live: a wrong PIN's stored wait shows up here. */
  staff: readonly StaffMember[];
}

/** Ticks once a second while a wait runs, so the remaining time counts down. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}

/**
 * The lock screen: it stands in for the whole desk (no screen stays mounted behind it), so no name,
 * phone or ID number is left in the page. Pick a staff member, type the PIN.
 */
export function LockScreen({ centerName, staff }: Props) {
  const repos = useRepos();
  const uid = useId();
  const active = staff.filter((s) => s.active);
  const [picked, setPicked] = useState<string | null>(() => lastSignedInId());
  const chosen = active.find((s) => s.id === picked) ?? active[0];
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const lockedUntil = chosen?.lockedUntil ?? null;
  const [checkedAt, setCheckedAt] = useState(() => Date.now());
  const now = Math.max(useNow(lockedUntil !== null), checkedAt);
  const waitMs = lockedUntil !== null && lockedUntil > now ? lockedUntil - now : 0;

  const choose = (id: string) => {
    setPicked(id);
    setPin('');
    setError(null);
  };

  const unlock = async () => {
    if (!chosen || checking || waitMs > 0) return;
    if (!/^\d{4,8}$/.test(pin.trim())) {
      setError('请输入 4–8 位数字的 PIN');
      return;
    }
    setChecking(true);
    try {
      const result = await repos.staff.signIn(chosen.id, pin.trim());
      setCheckedAt(clock());
      setPin('');
      if (result.ok) {
        startSession(result.staff, clock());
        return;
      }
      if (result.reason === 'inactive') setError('该账号已停用，请联系管理员');
      else setError(result.waitMs > 0 ? null : wrongPinMessage(result.failures, 0));
    } catch (failure) {
      setError(`没有能解锁：${reportError(failure)}`);
    } finally {
      setChecking(false);
    }
  };

  const notice = waitMs > 0 && chosen ? wrongPinMessage(chosen.failedPins, waitMs) : error;

  return (
    <main className="desk-lock" aria-labelledby={`${uid}-title`}>
      <Card style={{ width: 440, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <Title level={1} id={`${uid}-title`} style={{ fontSize: 22, marginTop: 0 }}>
          {centerName}
        </Title>
        <Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          已锁定
        </Title>
        <Paragraph type="secondary">请选择您的姓名并输入 PIN 解锁。</Paragraph>
        <form
          aria-label="解锁"
          onSubmit={(event) => {
            event.preventDefault();
            void unlock();
          }}
        >
          <Form component={false} layout="vertical">
            <Form.Item label={<span id={`${uid}-who`}>工作人员</span>}>
              <Radio.Group
                aria-labelledby={`${uid}-who`}
                value={chosen?.id}
                onChange={(e) => choose(String(e.target.value))}
                options={active.map((s) => ({ value: s.id, label: `${s.name}（${s.role}）` }))}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              />
            </Form.Item>
            <Form.Item label="PIN" htmlFor={`${uid}-pin`} extra="4–8 位数字">
              <Input.Password
                id={`${uid}-pin`}
                value={pin}
                onChange={(e) => setPin(e.target.value)}
                inputMode="numeric"
                maxLength={8}
                autoComplete="off"
                autoFocus
                disabled={waitMs > 0}
              />
            </Form.Item>
            {notice && (
              <Alert
                type={waitMs > 0 ? 'warning' : 'error'}
                showIcon
                title={notice}
                style={{ marginBottom: 16 }}
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={busy(checking)}
              disabled={waitMs > 0}
            >
              解锁
            </Button>
          </Form>
        </form>
      </Card>
    </main>
  );
}
