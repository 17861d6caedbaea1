import { Button, Card, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { fieldLabel } from '@shared/sync/conflict-labels';
import type { ConflictVersion } from '@shared/sync/model';
import type { SyncedTable } from '@shared/sync/tables';
import { holdsField, shownValue, whoWrote } from './conflict-display';

interface Props {
  table: SyncedTable;
  versions: readonly ConflictVersion[];
  fields: readonly string[];
  ownDeskId: string;
  /** Called with each field's chosen version (field to revision). */
  onKeep: (fields: Record<string, string>) => void;
}

/**
 * A volunteer's clashing fields, each chosen on its own: one desk may have the right phone and the
 * other the right address. Each field starts on the first version holding it; 采用所选各项 keeps the choices.
 */
export function ConflictFieldPicker({ table, versions, fields, ownDeskId, onKeep }: Props) {
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f, versions.find((v) => holdsField(v, f))?.rev ?? ''])),
  );
  return (
    <Card size="small" title="逐项选择">
      <Flex vertical gap={12}>
        {fields.map((field) => {
          const label = fieldLabel(table, field);
          return (
            <Flex key={field} gap={12} align="center" wrap>
              <Typography.Text strong style={{ minWidth: 96 }}>
                {label}
              </Typography.Text>
              <Radio.Group
                aria-label={label}
                value={chosen[field]}
                onChange={(e) => setChosen((c) => ({ ...c, [field]: String(e.target.value) }))}
                options={versions
                  .filter((v) => holdsField(v, field))
                  .map((v) => ({
                    value: v.rev,
                    label: `${shownValue(table, field, (v.value as Record<string, unknown>)[field])}（${whoWrote(v, ownDeskId)}）`,
                  }))}
              />
            </Flex>
          );
        })}
        <div>
          <Button onClick={() => onKeep(chosen)}>采用所选各项</Button>
        </div>
      </Flex>
    </Card>
  );
}
