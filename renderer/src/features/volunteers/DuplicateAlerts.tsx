import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Volunteer } from '@shared/model';
import type { DuplicateWarning } from '@shared/volunteers/duplicates';

/** What the duplicate check found for the form as typed. */
export type Dup = {
  blocking: Pick<Volunteer, 'id' | 'name' | 'volunteerNo'> | null;
  warnings: DuplicateWarning[];
};

/** A blocking same-ID record (with a way to open it), or warnings about likely duplicates. */
export function DuplicateAlerts({ dup }: { dup: Dup }) {
  const navigate = useNavigate();
  return (
    <>
      {dup.blocking && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`该证件号码已登记：${dup.blocking.name}（${dup.blocking.volunteerNo}），不能重复登记`}
          action={
            <Button size="small" onClick={() => void navigate(`/volunteers/${dup.blocking?.id ?? ''}`)}>
              打开已登记的志愿者
            </Button>
          }
        />
      )}
      {!dup.blocking && dup.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="可能重复登记，请核对后再继续"
          description={dup.warnings.map((w) => (
            <div key={w.volunteer.id}>
              {w.reason}：
              <a href={`#/volunteers/${w.volunteer.id}`}>
                {w.volunteer.name}（{w.volunteer.volunteerNo}）
              </a>
            </div>
          ))}
        />
      )}
    </>
  );
}
