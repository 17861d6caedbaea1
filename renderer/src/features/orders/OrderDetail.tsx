import { Descriptions, Spin, Tag, Timeline, Typography } from 'antd';
import type { ServiceOrder } from '@shared/model';
import { isOverdue } from '@shared/orders/order-board';
import { dateKey, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { PhotoThumbs } from '../../ui/photos/PhotoThumbs';
import { useProjects, useStations } from '../organisation/use-organisation';
import { OrderActions } from './OrderActions';
import { ThankLettersButton } from './ThankLettersButton';
import { STATUS_COLOR, useActiveTeams, useMinuteNow } from './use-orders';

const at = (t: number | null) => (t === null ? '—' : `${dateKey(t)} ${formatTime(t)}`);

/** Every field of an order, its allowed steps and its history (流转记录), newest last. */
export function OrderDetail({ id }: { id: string }) {
  const repos = useRepos();
  const now = useMinuteNow();
  const order = useLive(() => repos.orders.get(id), [repos, id]);
  const teams = useActiveTeams();
  const projects = useProjects();
  const stations = useStations();
  const people = useLive(
    () =>
      repos.orders.volunteersOf([
        ...(order?.assignee?.volunteerIds ?? []),
        ...(order?.completedVolunteerIds ?? []),
      ]),
    [repos, order],
  );
  const photos = useLive(() => repos.photos.byIds(order?.photoIds ?? []), [repos, order?.photoIds.join(',')]);
  if (order === undefined) return <Spin />;
  const nameOf = (vid: string) => people?.find((p) => p.id === vid)?.name ?? '';
  const team = teams?.find((t) => t.id === order.assignee?.teamId)?.name;
  const overdue = isOverdue(order, now);
  return (
    <div>
      <Typography.Paragraph>
        <Tag color={STATUS_COLOR[order.status]}>{order.status}</Tag>
        {overdue && <Tag color="red">已超期</Tag>}
        {order.wish && <Tag>微心愿</Tag>}
      </Typography.Paragraph>
      <section aria-label="可办理的操作" style={{ marginBottom: 16 }}>
        <OrderActions order={order} now={now} />
        {order.status === '已办结' && <ThankLettersButton order={order} />}
      </section>
      <Descriptions size="small" column={2} bordered items={fields(order)} />
      <h3 style={{ marginTop: 16 }}>派单与服务</h3>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'team', label: '服务队', children: team ?? '—' },
          {
            key: 'vols',
            label: '指派志愿者',
            children: (order.assignee?.volunteerIds ?? []).map(nameOf).join('、') || '—',
          },
          { key: 'due', label: '完成期限', children: at(order.dueAt) },
          { key: 'accepted', label: '接单时间', children: at(order.acceptedAt) },
          { key: 'done', label: '完成时间', children: at(order.completedAt) },
          {
            key: 'doneBy',
            label: '服务志愿者',
            children: order.completedVolunteerIds.map(nameOf).join('、') || '—',
          },
          { key: 'summary', label: '服务内容', span: 2, children: order.completionSummary || '—' },
          {
            key: 'rating',
            label: '评分',
            children: order.rating === null ? '—' : `${order.rating} 星 ${order.ratingComment}`,
          },
          { key: 'follow', label: '回访', children: order.followUpNote || '—' },
          {
            key: 'project',
            label: '服务项目',
            children: projects?.find((p) => p.id === order.projectId)?.name ?? '—',
          },
          {
            key: 'station',
            label: '所/站',
            children: stations?.find((s) => s.id === order.stationId)?.name ?? '中心本级',
          },
        ]}
      />
      {photos && photos.length > 0 && (
        <>
          <h3 style={{ marginTop: 16 }}>结项照片</h3>
          <PhotoThumbs photos={photos.map((p) => ({ key: p.id, dataUrl: p.dataUrl }))} alt="结项照片" />
        </>
      )}
      <h3 style={{ marginTop: 16 }}>流转记录</h3>
      <Timeline
        items={order.history.map((h, i) => ({
          key: i,
          content: (
            <div>
              <Typography.Text strong>{h.event}</Typography.Text> {h.from ? `${h.from} → ${h.to}` : h.to} ·{' '}
              {at(h.at)} · {h.by}
              {h.note && <div>{h.note}</div>}
            </div>
          ),
        }))}
      />
    </div>
  );
}

function fields(o: ServiceOrder) {
  return [
    { key: 'number', label: '服务单号', children: o.number },
    { key: 'ordered', label: '点单时间', children: at(o.orderedAt) },
    { key: 'requester', label: '居民', children: o.requester },
    { key: 'phone', label: '联系电话', children: o.requesterPhone },
    { key: 'address', label: '地址', span: 2, children: o.address || '—' },
    { key: 'category', label: '服务类别', children: o.category },
    { key: 'urgency', label: '紧急程度', children: o.urgency },
    { key: 'desc', label: '需求描述', span: 2, children: o.description },
    { key: 'wished', label: '期望时间', children: at(o.wishedAt) },
    { key: 'source', label: '来源', children: o.source },
    ...(o.refusedReason ? [{ key: 'refused', label: '不受理原因', span: 2, children: o.refusedReason }] : []),
    ...(o.cancelReason ? [{ key: 'cancel', label: '取消原因', span: 2, children: o.cancelReason }] : []),
  ];
}
