import type { Activity, CenterProfile, Photo } from '@shared/model';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { SANS, SERIF } from '../../../styles/fonts';
import { PrintPage } from '../../print/PrintPage';
import type { PrintKindProps } from '../../print/registry';
import { usePrintData } from '../../print/use-print-data';
import { A4_PAGE, cell } from './print-styles';

interface RecordData {
  activity: Activity;
  center: CenterProfile | undefined;
  photos: Photo[];
  project: string;
  station: string;
}

const label = { ...cell, fontWeight: 700, width: '16%', background: '#f7f7f7' } as const;

/** `#/print/activity-record?id=…`: the 活动记录表 on one A4 page: facts, 活动简介, four photos, signatures. */
export function ActivityRecordJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const id = params.get('id') ?? '';
  const data = usePrintData<RecordData>(
    async () => {
      const activity = await repos.activities.get(id);
      if (!activity || activity.deletedAt !== null) throw new Error('找不到该活动记录');
      const [center, photos, projects, stations] = await Promise.all([
        repos.settings.get('centerProfile'),
        repos.photos.byIds(activity.photoIds.slice(0, 4)),
        repos.projects.list(),
        repos.settings.get('stations'),
      ]);
      return {
        activity,
        center,
        photos,
        project: projects.find((p) => p.id === activity.projectId)?.name ?? '',
        station: activity.stationId
          ? ((stations ?? []).find((s) => s.id === activity.stationId)?.name ?? '')
          : (center?.name ?? '本中心'),
      };
    },
    id,
    onReady,
    onError,
  );
  if (!data) return null;
  const a = data.activity;
  return (
    <PrintPage widthMm={210} heightMm={297} label="活动记录表">
      <style>{A4_PAGE}</style>
      <div style={{ padding: '12mm 16mm 0', fontFamily: SERIF }}>
        <div style={{ textAlign: 'center', fontSize: '12pt' }}>{data.center?.name ?? ''}</div>
        <h1 style={{ textAlign: 'center', fontSize: '20pt', margin: '2mm 0 4mm', letterSpacing: '0.2em' }}>
          活动记录表
        </h1>
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '10pt', fontFamily: SANS }}>
          <tbody>
            <tr>
              <td style={label}>活动名称</td>
              <td style={cell} colSpan={3}>
                {a.title}
              </td>
            </tr>
            <tr>
              <td style={label}>活动时间</td>
              <td style={{ ...cell, width: '36%' }}>
                {formatDateCn(dateKey(a.start))} {formatTime(a.start)}–{formatTime(a.end)}
              </td>
              <td style={label}>活动地点</td>
              <td style={cell}>{a.place}</td>
            </tr>
            <tr>
              <td style={label}>活动类别</td>
              <td style={cell}>{a.category}</td>
              <td style={label}>服务项目</td>
              <td style={cell}>{data.project}</td>
            </tr>
            <tr>
              <td style={label}>组织单位</td>
              <td style={cell}>{a.organiser}</td>
              <td style={label}>所/站</td>
              <td style={cell}>{data.station}</td>
            </tr>
            <tr>
              <td style={label}>服务对象</td>
              <td style={cell}>{a.serviceObject}</td>
              <td style={label}>评价</td>
              <td style={cell}>{a.evaluation}</td>
            </tr>
            <tr>
              <td style={label}>参与人次</td>
              <td style={cell}>{a.participants}</td>
              <td style={label}>受益人次</td>
              <td style={cell}>{a.beneficiaries}</td>
            </tr>
            <tr>
              <td style={label}>志愿者人次</td>
              <td style={cell} colSpan={3}>
                {a.volunteerCount}
              </td>
            </tr>
            <tr>
              <td style={label}>服务内容</td>
              <td style={{ ...cell, height: '14mm' }} colSpan={3}>
                {a.content}
              </td>
            </tr>
            <tr>
              <td style={label}>活动简介</td>
              <td style={{ ...cell, height: '30mm', whiteSpace: 'pre-wrap' }} colSpan={3}>
                <div style={{ maxHeight: '44mm', overflow: 'hidden' }}>{a.summary}</div>
              </td>
            </tr>
          </tbody>
        </table>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: '1fr 1fr',
            gridTemplateRows: '62mm 62mm',
            gap: '3mm',
            marginTop: '4mm',
          }}
          aria-label="活动照片"
        >
          {Array.from({ length: 4 }, (_, i) => {
            const p = data.photos[i];
            return p ? (
              <img
                key={p.id}
                src={p.dataUrl}
                alt={`活动照片 ${i + 1}`}
                style={{ width: '100%', height: '62mm', objectFit: 'cover', border: '0.25mm solid #bfbfbf' }}
              />
            ) : (
              <div key={i} style={{ border: '0.25mm dashed #bfbfbf' }} />
            );
          })}
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            marginTop: '8mm',
            fontSize: '11pt',
            fontFamily: SANS,
          }}
        >
          <span>负责人：{a.leader || '＿＿＿＿＿＿＿＿'}</span>
          <span>记录人：＿＿＿＿＿＿＿＿</span>
          <span>日期：＿＿＿＿年＿＿月＿＿日</span>
        </div>
      </div>
    </PrintPage>
  );
}
