import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Booking } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';

/** On a checked-in booking: 记为活动 (one action), or 查看活动记录 once it has one. */
export function FromBookingButton({ booking }: { booking: Booking }) {
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const linked = useLive(
    async () => (await repos.activities.ofBooking(booking.id)) ?? null,
    [repos, booking.id],
  );
  if (booking.status !== '已签到' && booking.status !== '已完成') return null;
  if (linked === undefined) return null;
  if (linked) return <Button onClick={() => void navigate(`/activities/${linked.id}`)}>查看活动记录</Button>;
  return (
    <Button
      type="primary"
      onClick={async () => {
        let id = '';
        if (await write(async () => (id = (await repos.activities.createFromBooking(booking.id)).id)))
          void navigate(`/activities/${id}`);
      }}
    >
      记为活动
    </Button>
  );
}
