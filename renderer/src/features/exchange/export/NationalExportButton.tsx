import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Modal, Select, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { exportRunTime, type ExportRun, type ExportScope } from '@shared/exchange/export-runs';
import {
  defaultNationalPreset,
  NATIONAL_DATE_FORMATS,
  NATIONAL_DURATION_FORMATS,
  nationalPresetProblems,
  presetHasPersonalNumbers,
  type NationalEntity,
  type NationalPreset,
} from '@shared/exchange/national-presets';
import { useRepos } from '../../../app/desk-context';
import { useTodayKey } from '../../../app/use-clock';
import { useWrite } from '../../../app/use-write';
import { reportError } from '../../../db/errors';
import { useLive } from '../../../db/live-query';
import { FormField } from '../../../ui/FormField';
import { useIsAdmin } from '../../staff/staff-session';
import type { ExportPrivacy } from '@shared/exchange/export-cells';
import { ExportCancelledError } from './collect-rows';
import { DeletePresetButton } from './DeletePresetButton';
import { ExportRunsList } from './ExportRunsList';
import { ExportScopeChoice } from './ExportScopeChoice';
import { PresetColumns } from './PresetColumns';
import { repeatNationalExport, runNationalExport } from './run-national-export';

// Counting the 'changed' rows stops here: past it the dialog says "N 条以上" instead of reading on.
const COUNT_CAP = 5000;

const ENTITIES: { value: NationalEntity; label: string }[] = [
  { value: 'volunteers', label: '志愿者信息' },
  { value: 'records', label: '已确认的服务记录' },
];

/** 全国系统导出: pick or edit a saved layout (preset), save it, and export through it. */
export function NationalExportButton() {
  const repos = useRepos();
  const write = useWrite();
  const today = useTodayKey();
  const isAdmin = useIsAdmin();
  const uid = useId();
  const saved = useLive(async () => (await repos.settings.get('nationalPresets')) ?? [], [repos]);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<NationalPreset | null>(null);
  const [full, setFull] = useState(false);
  const [status, setStatus] = useState('');
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const [scopeChoice, setScopeChoice] = useState<ExportScope | null>(null);
  const presets = saved ?? [];
  const kind = draft?.entity;
  const last = useLive(
    async () => (kind ? ((await repos.exportRuns.lastRun(kind)) ?? null) : null),
    [repos, kind],
  );
  const counted = useLive(
    () => (kind && last ? repos.exportRuns.countChanged(kind, last.at, COUNT_CAP) : Promise.resolve(null)),
    [repos, kind, last?.at],
  );
  // 'changed' is the default once a run of this kind exists; before that only 全部 makes sense.
  const scope: ExportScope = last ? (scopeChoice ?? 'changed') : 'all';
  const nothingNew = scope === 'changed' && counted?.count === 0;
  const isSaved = draft !== null && presets.some((p) => p.id === draft.id);
  const problems = draft ? nationalPresetProblems(draft, presets) : {};
  const valid = draft !== null && Object.keys(problems).length === 0;

  const save = async (): Promise<boolean> => {
    if (!draft || !valid) return false;
    const next = presets.some((p) => p.id === draft.id)
      ? presets.map((p) => (p.id === draft.id ? draft : p))
      : [...presets, draft];
    const ok = await write(() => repos.settings.set('nationalPresets', next));
    if (ok) setStatus(`已保存方案“${draft.name.trim()}”`);
    return ok;
  };

  const privacyFor = (preset: NationalPreset): ExportPrivacy =>
    isAdmin && full && presetHasPersonalNumbers(preset) ? 'full' : 'masked';

  // Runs one export or repeat with 取消, progress and a plain Chinese outcome in the status line.
  const runWith = async (
    preset: NationalPreset,
    fileName: string,
    job: (options: Parameters<typeof runNationalExport>[5]) => Promise<{ rows: number; saved: boolean }>,
    done: (rows: number) => string,
  ) => {
    const controller = new AbortController();
    abort.current = controller;
    const unmasked = privacyFor(preset) === 'full';
    setRunning(true);
    try {
      const result = await job({
        signal: controller.signal,
        onProgress: (n) => setStatus(`正在读取：已读 ${n.toLocaleString('zh-CN')} 条`),
        beforeSave: (rows) =>
          unmasked ? repos.exports.logFullExport({ list: preset.name, fileName, rows }) : Promise.resolve(),
      });
      setStatus(result.saved ? done(result.rows) : '已取消导出');
    } catch (error) {
      setStatus(
        error instanceof ExportCancelledError
          ? '已取消导出，没有生成文件'
          : `导出未完成：${reportError(error)}`,
      );
    } finally {
      setRunning(false);
    }
  };

  const exportNow = async () => {
    if (!draft || !(await save())) return;
    await runWith(
      draft,
      `${draft.name}_${today}.xlsx`,
      (o) => runNationalExport(repos, draft, scope, privacyFor(draft), today, o),
      (rows) => `已导出 ${rows.toLocaleString('zh-CN')} 条`,
    );
  };

  const repeat = (run: ExportRun) => {
    // A deleted preset's runs are still written, in the default columns of their kind.
    const preset = presets.find((p) => p.id === run.presetId) ?? {
      ...defaultNationalPreset(run.kind, run.presetId),
      name: run.presetName,
    };
    const when = exportRunTime(run.at);
    void runWith(
      preset,
      `${preset.name}_${when}_重新导出.xlsx`,
      (o) => repeatNationalExport(repos, run, preset, privacyFor(preset), o),
      (rows) => `已重新导出 ${when} 的“${run.presetName}”，共 ${rows.toLocaleString('zh-CN')} 条`,
    );
  };

  // Another preset, or the dialog opened again, starts from the default scope and a clear status line.
  const pick = (preset: NationalPreset | null) => {
    setDraft(preset);
    setScopeChoice(null);
  };
  const openDialog = () => {
    setStatus('');
    setScopeChoice(null);
    setOpen(true);
  };

  const patch = (p: Partial<NationalPreset>) => draft && setDraft({ ...draft, ...p });

  return (
    <>
      <Button icon={<CloudUploadOutlined aria-hidden />} onClick={openDialog}>
        全国系统导出
      </Button>
      <Modal
        open={open}
        title="导出到全国志愿服务信息系统"
        width={680}
        mask={{ closable: false }}
        closable={!running}
        keyboard={!running}
        onCancel={() => (running ? abort.current?.abort() : setOpen(false))}
        footer={
          running ? (
            <Button onClick={() => abort.current?.abort()}>取消</Button>
          ) : (
            <>
              <Button onClick={() => setOpen(false)}>完成</Button>
              <Button disabled={!valid} onClick={() => void save()}>
                保存方案
              </Button>
              <Button type="primary" disabled={!valid || nothingNew} onClick={() => void exportNow()}>
                按此方案导出
              </Button>
            </>
          )
        }
      >
        <Flex vertical gap={12}>
          <Flex gap={8} wrap align="start">
            <FormField label="导出方案" htmlFor={`${uid}-preset`}>
              <Select
                id={`${uid}-preset`}
                style={{ width: 220 }}
                placeholder={presets.length ? '选择已保存的方案' : '还没有方案，请新建'}
                value={draft && presets.some((p) => p.id === draft.id) ? draft.id : null}
                options={presets.map((p) => ({ value: p.id, label: p.name }))}
                onChange={(id: string) => pick(presets.find((p) => p.id === id) ?? null)}
              />
            </FormField>
            {isSaved && (
              <DeletePresetButton
                preset={draft}
                presets={presets}
                onDeleted={() => {
                  setStatus(`已删除方案“${draft.name}”`);
                  setDraft(null);
                }}
              />
            )}
          </Flex>
          <Flex gap={8} wrap>
            {ENTITIES.map((e) => (
              <Button key={e.value} onClick={() => pick(defaultNationalPreset(e.value, crypto.randomUUID()))}>
                新建{e.label}方案
              </Button>
            ))}
          </Flex>
          {!draft && (
            <Typography.Paragraph type="secondary">
              全国系统的导入模板会变：按模板新建一个方案（选列、排顺序、改表头、定日期和时长格式），保存后每次按它导出。
            </Typography.Paragraph>
          )}
          {draft && (
            <>
              <Flex gap={12} wrap>
                <FormField label="方案名称" htmlFor={`${uid}-name`} error={problems.name}>
                  <Input
                    id={`${uid}-name`}
                    value={draft.name}
                    status={problems.name ? 'error' : undefined}
                    onChange={(e) => patch({ name: e.target.value })}
                    style={{ width: 200 }}
                  />
                </FormField>
                <FormField label="日期格式" htmlFor={`${uid}-date`}>
                  <Select
                    id={`${uid}-date`}
                    style={{ width: 150 }}
                    value={draft.dateFormat}
                    options={NATIONAL_DATE_FORMATS.map((f) => ({ value: f, label: f }))}
                    onChange={(dateFormat) => patch({ dateFormat })}
                  />
                </FormField>
                {draft.entity === 'records' && (
                  <FormField label="时长格式" htmlFor={`${uid}-duration`}>
                    <Select
                      id={`${uid}-duration`}
                      style={{ width: 160 }}
                      value={draft.duration}
                      options={NATIONAL_DURATION_FORMATS.map((f) => ({ value: f.value, label: f.label }))}
                      onChange={(duration) => patch({ duration })}
                    />
                  </FormField>
                )}
              </Flex>
              <PresetColumns
                preset={draft}
                problem={problems.columns}
                onChange={(columns) => patch({ columns })}
              />
              <ExportScopeChoice
                last={last ?? undefined}
                counted={counted}
                value={scope}
                onChange={setScopeChoice}
              />
              {isAdmin && presetHasPersonalNumbers(draft) && (
                <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
                  导出完整身份证号和手机号
                </Checkbox>
              )}
            </>
          )}
          <Typography.Text role="status" aria-live="polite">
            {status}
          </Typography.Text>
          <ExportRunsList presets={presets} disabled={running} onRepeat={repeat} />
        </Flex>
      </Modal>
    </>
  );
}
