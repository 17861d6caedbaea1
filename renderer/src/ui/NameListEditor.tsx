import { Button, Flex, Form, Input, Typography } from 'antd';
import { useId, useState } from 'react';
import { textLimit } from '@shared/validation/text-limit';
import { FormField } from './FormField';

interface Props {
  initial: readonly string[];
  /** What one entry is called: 岗位, 类别. */
  noun: string;
  maxLength: number;
  /** Problems per row (by index) and of the list as a whole, or null when it can be saved. */
  problems(list: readonly string[]): {
    rows: Partial<Record<number, string>>;
    list: string | null | undefined;
  } | null;
  defaults: readonly string[];
  restoreLabel: string;
  saveLabel: string;
  hint: string;
  /** Narrowest column of the grid of entries, in pixels. */
  columnWidth: number;
  onSave(list: string[]): Promise<unknown>;
}

/**
 * A list of names (岗位, 服务类别) edited in place: add, delete, restore the defaults, undo the edits,
 * and save at once; problems show at the row, and nothing typed is lost.
 */
export function NameListEditor(p: Props) {
  const uid = useId();
  const [list, setList] = useState<string[]>([...p.initial]);
  const [tried, setTried] = useState(false);
  const problems = p.problems(list);
  const changed = list.join('\n') !== p.initial.join('\n');

  const save = () => {
    setTried(true);
    if (!problems) void p.onSave(list);
  };

  return (
    <Form component={false} layout="vertical">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {p.hint}
      </Typography.Paragraph>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(auto-fill, minmax(${p.columnWidth}px, 1fr))`,
          columnGap: 16,
        }}
      >
        {list.map((name, i) => (
          <Flex key={i} gap={8} align="flex-start">
            <div style={{ flex: 1 }}>
              <FormField
                label={`${p.noun} ${i + 1}`}
                htmlFor={`${uid}-${i}`}
                error={tried || name ? problems?.rows[i] : undefined}
              >
                <Input
                  id={`${uid}-${i}`}
                  value={name}
                  count={textLimit(p.maxLength)}
                  onChange={(e) => setList(list.map((c, j) => (j === i ? e.target.value : c)))}
                />
              </FormField>
            </div>
            <Button
              style={{ marginTop: 30 }}
              aria-label={`删除${p.noun} ${i + 1}${name ? `“${name}”` : ''}`}
              onClick={() => setList(list.filter((_, j) => j !== i))}
            >
              删除
            </Button>
          </Flex>
        ))}
      </div>
      {problems?.list && (
        <Typography.Text type="danger" role="alert">
          {problems.list}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        <Button onClick={() => setList([...list, ''])}>添加{p.noun}</Button>
        <Button onClick={() => setList([...p.defaults])}>{p.restoreLabel}</Button>
        <Button disabled={!changed} onClick={() => setList([...p.initial])}>
          撤销修改
        </Button>
        <Button type="primary" disabled={!changed} onClick={save}>
          {p.saveLabel}
        </Button>
      </Flex>
    </Form>
  );
}
