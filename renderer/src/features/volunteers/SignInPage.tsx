import { ScanOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Table, Typography } from 'antd';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ServiceRecord } from '@shared/model';
import { formatMinutes, formatTime } from '@shared/time/center-time';
import { describeMinutes } from '@shared/volunteers/hours';
import {
  createWedgeReader,
  DEFAULT_WEDGE_OPTIONS,
  isScannerKey,
  parseScannedCode,
  takesText,
  trailingVolunteerNo,
  type FocusedField,
} from '@shared/volunteers/scanner';
import { starLabel } from '@shared/volunteers/stars';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import type { ToggleResult } from '../../db/repos/service-records';
import { Section } from '../../ui/Section';
import { SignInTargetPicker, useSignInTarget, type TargetChoice } from './SignInTargetPicker';

function describe(result: ToggleResult): { type: 'success' | 'info' | 'warning'; text: string } {
  if (result.kind === 'unknown')
    return { type: 'warning', text: `未找到编号为“${result.code}”的志愿者，未做任何更改` };
  if (result.kind === 'repeat') {
    const { volunteer, record, guardSeconds } = result;
    const what = record.status === '服务中' ? `签到（${formatTime(record.signInAt)}）` : '签退';
    return {
      type: 'info',
      text: `${volunteer.name}（${volunteer.volunteerNo}）刚刚已${what}，${guardSeconds} 秒内的重复扫码已忽略，未做任何更改`,
    };
  }
  if (result.kind === 'signedIn') {
    const { shift } = result;
    // The desk sees at once that the rostered shift now counts the volunteer as 到岗.
    const rostered = shift
      ? `；对应排班：${shift.postName}（${shift.place}）${shift.shift.label} ${formatMinutes(shift.shift.startMinute)}–${formatMinutes(shift.shift.endMinute)}，已记为到岗`
      : '';
    return {
      type: 'info',
      text: `${result.volunteer.name}（${result.volunteer.volunteerNo}）已签到，${formatTime(result.record.signInAt)}${rostered}`,
    };
  }
  const who = `${result.volunteer.name}（${result.volunteer.volunteerNo}）`;
  if (result.credit.belowMinimum)
    return {
      type: 'warning',
      text: `${who}已签退，服务 ${describeMinutes(result.credit.servedMinutes)}，不足最低计时，本次不计入时长`,
    };
  const star = result.star ? `。累计服务时长${starLabel(result.star)}，可按规定申请星级认定` : '';
  return {
    type: 'success',
    text: `${who}已签退，本次计入 ${describeMinutes(result.credit.creditedMinutes)}（已确认）${star}`,
  };
}

/** The focused element as the scan rule sees it; the 签到事项 picker marks itself (see takesText). */
const fieldOf = (el: HTMLElement): FocusedField => ({
  tagName: el.tagName,
  type: el instanceof HTMLInputElement ? el.type : '',
  readOnly: el instanceof HTMLInputElement && el.readOnly,
  isContentEditable: el.isContentEditable,
  inPicker: el.closest('[data-sign-in-picker]') !== null,
});

/** 签到签退: scan a card or type a number; the on-duty list with one-click sign-out. */
export function SignInPage() {
  const repos = useRepos();
  const write = useWrite();
  const { notification } = App.useApp();
  const inputId = useId();
  const [code, setCode] = useState('');
  const [choice, setChoice] = useState<TargetChoice>({
    kind: 'post',
    post: '',
    bookingId: null,
    activityId: null,
  });
  const [result, setResult] = useState<ToggleResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const centerName = useLive(
    async () => (await repos.settings.get('centerProfile'))?.name ?? '本中心',
    [repos],
  );
  const target = useSignInTarget(choice, centerName);
  // Cards scanned while the page still reads what it signs in for wait for it, rather than being refused.
  const waiting = useRef<string[]>([]);
  const onDuty = useLive(() => repos.serviceRecords.onDuty(), [repos]);
  const people = useLive(
    () => repos.volunteers.many((onDuty ?? []).map((r) => r.volunteerId)),
    [repos, onDuty],
  );
  const matches = useLive(
    () => (code.trim() && !parseScannedCode(code) ? repos.volunteers.search(code, 5) : Promise.resolve([])),
    [repos, code],
  );

  const show = useCallback(
    (r: ToggleResult) => {
      setResult(r);
      if (r.kind === 'signedOut' && r.star)
        notification.success({
          title: '星级进度',
          description: `${r.volunteer.name}累计服务时长${starLabel(r.star)}`,
        });
    },
    [notification],
  );

  const toggle = useCallback(
    async (raw: string) => {
      setProblem(null);
      if (target === undefined) {
        waiting.current.push(raw);
        return;
      }
      let parsed = parseScannedCode(raw);
      if (!parsed && raw.trim()) {
        // A name or phone that finds exactly one volunteer is that volunteer: Enter chooses them.
        const found = await repos.volunteers.search(raw, 2);
        if (found.length === 1 && found[0]) parsed = parseScannedCode(found[0].volunteerNo);
        else if (found.length > 1) {
          setProblem('找到多位志愿者，请从下方搜索结果中选择');
          return;
        }
      }
      if (!parsed) {
        setProblem('请输入或扫描志愿者编号（如 ZYZ000123），或从下方搜索结果中选择');
        return;
      }
      if (!target) {
        setProblem('请先选择签到事项');
        return;
      }
      const number = parsed;
      await write(async () => show(await repos.serviceRecords.toggleByNumber(number, target)));
      setCode('');
    },
    [repos, target, write, show],
  );

  useEffect(() => {
    if (target === undefined || waiting.current.length === 0) return;
    const scans = waiting.current.splice(0);
    void (async () => {
      for (const raw of scans) await toggle(raw);
    })();
  }, [target, toggle]);

  // A keyboard-wedge scanner types fast and ends with Enter; catch it even when focus is elsewhere, from
  // the first paint on (a passive effect could leave the just-opened page deaf to a scan for a moment).
  const reader = useRef(createWedgeReader({ ...DEFAULT_WEDGE_OPTIONS, wholeCode: trailingVolunteerNo }));
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isScannerKey(e)) return;
      const field = e.target instanceof HTMLElement ? fieldOf(e.target) : null;
      if (field && takesText(field)) {
        // Keys meant for a field are no part of a code typed outside one before or after them.
        reader.current.reset();
        return;
      }
      const scanned = reader.current.feed(e.key, e.timeStamp);
      if (!scanned) return;
      // The scan's Enter is the scan's alone: on a focused 签退 button or link it would also sign out
      // that row's volunteer or leave the page. Taken in the capture phase, before any handler of theirs.
      e.preventDefault();
      e.stopPropagation();
      // A scan into the 岗位 picker's search box: leaving it clears the code typed there (the 岗位 stays),
      // and the scan box is where the next card or typed number goes.
      if (field?.inPicker) document.getElementById(inputId)?.focus();
      void toggle(scanned);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [toggle, inputId]);

  const signOut = (record: ServiceRecord) =>
    write(async () => {
      const v = people?.get(record.volunteerId);
      const out = await repos.serviceRecords.signOut(record.id);
      if (v) show({ kind: 'signedOut', volunteer: v, ...out });
    });

  const shown = result && describe(result);
  return (
    <Flex vertical gap={16}>
      <Section title="签到签退" extra={<Link to="/volunteers">返回名册</Link>}>
        <SignInTargetPicker value={choice} onChange={setChoice} />
        <Flex vertical gap={8}>
          <label htmlFor={inputId} style={{ fontWeight: 500 }}>
            扫码或输入志愿者编号
          </label>
          <Input
            id={inputId}
            autoFocus
            size="large"
            prefix={<ScanOutlined aria-hidden="true" />}
            placeholder="扫描志愿者证二维码，或输入编号后按回车；未签到的签到，已签到的签退"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => void toggle(code)}
            style={{ maxWidth: 560 }}
            status={problem ? 'error' : undefined}
          />
          {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
          {matches && matches.length > 0 && (
            <Flex gap={8} wrap role="group" aria-label="匹配的志愿者">
              {matches.map((v) => (
                <Button key={v.id} onClick={() => void toggle(v.volunteerNo)}>
                  {v.name} {v.volunteerNo}
                </Button>
              ))}
            </Flex>
          )}
          {shown && <Alert role="status" type={shown.type} showIcon title={shown.text} />}
        </Flex>
      </Section>
      <Section title={`正在服务（${onDuty?.length ?? 0} 人）`} flush>
        <Table<ServiceRecord>
          rowKey="id"
          size="middle"
          loading={onDuty === undefined}
          dataSource={onDuty}
          pagination={false}
          locale={{ emptyText: '目前没有志愿者在岗。扫描志愿者证或输入编号即可签到。' }}
          columns={[
            {
              title: '姓名',
              key: 'name',
              render: (_, r) => (
                <Link to={`/volunteers/${r.volunteerId}`}>{people?.get(r.volunteerId)?.name ?? '…'}</Link>
              ),
            },
            { title: '编号', key: 'no', render: (_, r) => people?.get(r.volunteerId)?.volunteerNo ?? '' },
            { title: '服务事项', key: 'what', render: (_, r) => r.projectName },
            { title: '签到时间', key: 'in', render: (_, r) => formatTime(r.signInAt) },
            {
              title: '操作',
              key: 'act',
              render: (_, r) => (
                <Button
                  size="small"
                  onClick={() => void signOut(r)}
                  aria-label={`签退 ${people?.get(r.volunteerId)?.name ?? ''}`}
                >
                  签退
                </Button>
              ),
            },
          ]}
        />
      </Section>
    </Flex>
  );
}
