import type { CenterProfile } from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import { pageRule } from '@shared/documents/paper';
import type { BookingSlipData } from '../../../db/repos/document-sources';
import { useRepos } from '../../../app/desk-context';
import { SANS, SERIF } from '../../../styles/fonts';
import { PrintPage } from '../PrintPage';
import { usePrintData } from '../use-print-data';
import type { PrintKindProps } from '../registry';
import { bookingTimeText, SLIP_RULES } from './booking-text';

const A4 = { widthMm: 210, heightMm: 297 };

const cell = { border: '0.25mm solid #434343', padding: '2.2mm 3mm', verticalAlign: 'top' } as const;
const head = {
  ...cell,
  width: '28mm',
  background: '#f5f5f5',
  fontWeight: 700,
  whiteSpace: 'nowrap',
} as const;

function Slip({ data, center }: { data: BookingSlipData; center: CenterProfile | undefined }) {
  const { booking: b, room, organisation } = data;
  const rows: [string, string][] = [
    ['场　　地', room ? `${room.name}${room.location ? `（${room.location}）` : ''}` : '（场地已删除）'],
    ['使用时间', bookingTimeText(b)],
    ['活动名称', b.title],
    ['活动类别', b.category],
    ['预约单位', organisation?.name ?? '个人预约'],
    ['联 系 人', b.contactName || organisation?.contactName || ''],
    ['联系电话', b.phone ? maskPhone(b.phone) : ''],
    ['预计人数', `${b.expectedAttendees} 人${room ? `（场地容量 ${room.capacity} 人）` : ''}`],
    ['所需设备', b.equipment.length ? b.equipment.join('、') : '无'],
    ['备　　注', b.notes || '无'],
  ];
  return (
    <PrintPage widthMm={A4.widthMm} heightMm={A4.heightMm} label={b.number}>
      <div
        style={{
          position: 'absolute',
          left: '20mm',
          top: '18mm',
          width: '170mm',
          fontFamily: SERIF,
          fontSize: '11pt',
        }}
      >
        <div style={{ textAlign: 'center', fontSize: '13pt', letterSpacing: '0.1em' }}>
          {center?.name ?? ''}
        </div>
        <h1
          style={{
            textAlign: 'center',
            fontSize: '22pt',
            margin: '3mm 0 2mm',
            letterSpacing: '0.3em',
            textIndent: '0.3em',
          }}
        >
          场地使用确认单
        </h1>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            fontFamily: SANS,
            fontSize: '10pt',
            margin: '4mm 0 2mm',
          }}
        >
          <span>编号：{b.number}</span>
          <span>状态：{b.status}</span>
        </div>
        <table style={{ width: '100%', borderCollapse: 'collapse', lineHeight: 1.5 }}>
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k}>
                <th scope="row" style={head}>
                  {k}
                </th>
                <td style={cell}>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 style={{ fontSize: '12pt', margin: '6mm 0 2mm' }}>使用须知</h2>
        <ol style={{ margin: 0, paddingLeft: '6mm', fontSize: '10pt', lineHeight: 1.7 }}>
          {SLIP_RULES.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: '1fr 1fr',
            gap: '10mm',
            marginTop: '14mm',
            lineHeight: 2.6,
          }}
        >
          <div>
            预约单位（签字）：
            <span style={{ display: 'inline-block', width: '38mm', borderBottom: '0.25mm solid #000' }} />
            <br />
            {'日\u3000\u3000期：'}
            <span style={{ display: 'inline-block', width: '38mm', borderBottom: '0.25mm solid #000' }} />
          </div>
          <div>
            中心经办人（签字）：
            <span style={{ display: 'inline-block', width: '32mm', borderBottom: '0.25mm solid #000' }} />
            <br />
            {'日\u3000\u3000期：'}
            <span style={{ display: 'inline-block', width: '38mm', borderBottom: '0.25mm solid #000' }} />
          </div>
        </div>
      </div>
      <div
        style={{
          position: 'absolute',
          left: '20mm',
          bottom: '14mm',
          width: '170mm',
          fontFamily: SANS,
          fontSize: '8.5pt',
          color: '#595959',
          display: 'flex',
          justifyContent: 'space-between',
        }}
      >
        <span>{center ? `${center.name}\u3000地址：${center.address}\u3000电话：${center.phone}` : ''}</span>
        <span>本单一式两联，预约单位与中心各执一联</span>
      </div>
    </PrintPage>
  );
}

/** `#/print/booking-slip?ids=…`: a 场地使用确认单 per booking, read live from the bookings. */
export function BookingSlipJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const ids = params.get('ids') ?? '';
  const data = usePrintData(
    async () => {
      const wanted = ids.split(',').filter(Boolean);
      const [slips, center] = await Promise.all([
        repos.documentSources.bookingSlips(wanted),
        repos.settings.get('centerProfile'),
      ]);
      if (slips.length === 0 || slips.length !== wanted.length) throw new Error('找不到要打印的预约');
      return { slips, center };
    },
    ids,
    onReady,
    onError,
  );

  if (!data) return null;
  return (
    <>
      <style>{pageRule(A4)}</style>
      {data.slips.map((s) => (
        <Slip key={s.booking.id} data={s} center={data.center} />
      ))}
    </>
  );
}
