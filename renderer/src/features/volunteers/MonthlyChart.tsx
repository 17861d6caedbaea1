import { Typography } from 'antd';

/** Hours by month as plain CSS bars (12 months, oldest first); confirmed records only. */
export function MonthlyChart({ months }: { months: { month: string; minutes: number }[] }) {
  const max = Math.max(60, ...months.map((m) => m.minutes));
  return (
    <figure style={{ margin: 0 }} aria-label="近12个月服务时长">
      <div style={{ display: 'flex', alignItems: 'flex-end', gap: 6, height: 140 }}>
        {months.map((m) => {
          const hours = Math.round((m.minutes / 60) * 10) / 10;
          return (
            <div key={m.month} style={{ flex: 1, textAlign: 'center' }} title={`${m.month}：${hours} 小时`}>
              <div style={{ fontSize: 11, color: '#666' }}>{hours > 0 ? hours : ''}</div>
              <div
                style={{
                  height: Math.round((m.minutes / max) * 110),
                  background: '#c0392b',
                  borderRadius: 2,
                  minHeight: m.minutes > 0 ? 2 : 0,
                }}
              />
            </div>
          );
        })}
      </div>
      <div style={{ display: 'flex', gap: 6, borderTop: '1px solid #ddd', paddingTop: 4 }}>
        {months.map((m) => (
          <Typography.Text
            key={m.month}
            type="secondary"
            style={{ flex: 1, textAlign: 'center', fontSize: 11 }}
          >
            {Number(m.month.slice(5))}月
          </Typography.Text>
        ))}
      </div>
    </figure>
  );
}
