import { SANS } from '../../../styles/fonts';

/** The foot of every roster printout: when it was printed and which page, so loose sheets are matched. */
export function RosterFooter({ printedAt, page, count }: { printedAt: string; page: number; count: number }) {
  return (
    <div
      style={{
        position: 'absolute',
        left: '14mm',
        right: '14mm',
        bottom: '8mm',
        display: 'flex',
        justifyContent: 'space-between',
        fontFamily: SANS,
        fontSize: '8.5pt',
        color: '#595959',
      }}
    >
      <span>打印时间：{printedAt}</span>
      <span>
        第 {page} 页 共 {count} 页
      </span>
    </div>
  );
}
