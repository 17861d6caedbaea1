import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Modal, Select, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
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
import { ExportCancelledError } from './collect-rows';
import { PresetColumns } from './PresetColumns';
import { runNationalExport } from './run-national-export';

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
  const presets = saved ?? [];
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

  const exportNow = async () => {
    if (!draft || !(await save())) return;
    const controller = new AbortController();
    abort.current = controller;
    const unmasked = isAdmin && full && presetHasPersonalNumbers(draft);
    setRunning(true);
    try {
      const result = await runNationalExport(repos, draft, unmasked ? 'full' : 'masked', today, {
        signal: controller.signal,
        onProgress: (done) => setStatus(`正在读取：已读 ${done.toLocaleString('zh-CN')} 条`),
        beforeSave: (rows) =>
          unmasked
            ? repos.exports.logFullExport({ list: draft.name, fileName: `${draft.name}_${today}.xlsx`, rows })
            : Promise.resolve(),
      });
      setStatus(result.saved ? `已导出 ${result.rows.toLocaleString('zh-CN')} 条` : '已取消导出');
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

  const patch = (p: Partial<NationalPreset>) => draft && setDraft({ ...draft, ...p });

  return (
    <>
      <Button icon={<CloudUploadOutlined aria-hidden />} onClick={() => setOpen(true)}>
        全国系统导出
      </Button>
      <Modal
        open={open}
        title="导出到全国志愿服务信息系统"
        width={640}
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
              <Button type="primary" disabled={!valid} onClick={() => void exportNow()}>
                按此方案导出
              </Button>
            </>
          )
        }
      >
        <Flex vertical gap={12}>
          <Flex gap={8} wrap align="center">
            <FormField label="导出方案" htmlFor={`${uid}-preset`}>
              <Select
                id={`${uid}-preset`}
                style={{ width: 220 }}
                placeholder={presets.length ? '选择已保存的方案' : '还没有方案，请新建'}
                value={draft && presets.some((p) => p.id === draft.id) ? draft.id : null}
                options={presets.map((p) => ({ value: p.id, label: p.name }))}
                onChange={(id: string) => setDraft(presets.find((p) => p.id === id) ?? null)}
              />
            </FormField>
          </Flex>
          <Flex gap={8} wrap>
            {ENTITIES.map((e) => (
              <Button
                key={e.value}
                onClick={() => setDraft(defaultNationalPreset(e.value, crypto.randomUUID()))}
              >
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
        </Flex>
      </Modal>
    </>
  );
}
