import { App, Button } from 'antd';
import type { NationalPreset } from '@shared/exchange/national-presets';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';

interface Props {
  preset: NationalPreset;
  presets: readonly NationalPreset[];
  onDeleted: () => void;
}

/** 删除方案: asks first, then offers 撤销, which puts the preset back as it was (nothing lost). */
export function DeletePresetButton({ preset, presets, onDeleted }: Props) {
  const repos = useRepos();
  const write = useWrite();
  const { message, modal } = App.useApp();

  // Re-adds to the presets as they are now, so a preset saved in between is kept too.
  const restorePreset = async (preset: NationalPreset) => {
    const current = (await repos.settings.get('nationalPresets')) ?? [];
    if (current.some((p) => p.id === preset.id)) return;
    if (await write(() => repos.settings.set('nationalPresets', [...current, preset])))
      void message.success(`已恢复方案“${preset.name}”`);
  };

  const remove = () =>
    modal.confirm({
      title: `删除方案“${preset.name}”？`,
      content: '已导出的文件和导出记录不受影响；删除后可以撤销。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        const next = presets.filter((p) => p.id !== preset.id);
        if (!(await write(() => repos.settings.set('nationalPresets', next)))) return;
        onDeleted();
        const key = `preset-${preset.id}`;
        void message.success({
          key,
          duration: 8,
          content: (
            <span>
              已删除方案“{preset.name}”{' '}
              <Button
                size="small"
                type="link"
                onClick={() => {
                  message.destroy(key);
                  void restorePreset(preset);
                }}
              >
                撤销
              </Button>
            </span>
          ),
        });
      },
    });

  return (
    <Button danger onClick={remove}>
      删除方案
    </Button>
  );
}
