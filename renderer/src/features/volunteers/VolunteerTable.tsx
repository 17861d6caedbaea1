import { Spin, Tag } from 'antd';
import { memo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Team, Volunteer } from '@shared/model';
import { ageOn } from '@shared/identity/id-card';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';
import { isValidDateKey } from '@shared/time/center-time';

interface Props {
  volunteers: Volunteer[] | undefined;
  teams: Map<string, Team>;
  today: string;
  empty: ReactNode;
}

/*
 * A plain table, not antd's Table: it shows each key press's search results, and antd's Table took most
 * of the frame after the key press (issue 14's search row) for 20 rows that need no sorter or filter.
 */

/**
 * Volunteers with ID numbers and phones masked: the full values are never needed to find someone.
 * Memoised: a key press re-renders the search box at once and the rows only when they change.
 */
export const VolunteerTable = memo(function VolunteerTable({ volunteers, teams, today, empty }: Props) {
  if (volunteers === undefined) {
    return (
      <div className="desk-table-state" role="status">
        <Spin aria-label="正在读取志愿者" />
      </div>
    );
  }
  if (volunteers.length === 0) return <div className="desk-table-state">{empty}</div>;
  return (
    <div className="desk-table-scroll">
      <table className="desk-table" style={{ minWidth: 960 }}>
        <thead>
          <tr>
            <th scope="col" style={{ width: 120 }}>
              编号
            </th>
            <th scope="col" style={{ width: 110 }}>
              姓名
            </th>
            <th scope="col" style={{ width: 64 }}>
              性别
            </th>
            <th scope="col" className="desk-table-right" style={{ width: 64 }}>
              年龄
            </th>
            <th scope="col" style={{ width: 190 }}>
              证件号码
            </th>
            <th scope="col" style={{ width: 128 }}>
              手机
            </th>
            <th scope="col" style={{ width: 110 }}>
              政治面貌
            </th>
            <th scope="col">所属队伍</th>
          </tr>
        </thead>
        <tbody>
          {volunteers.map((v) => (
            <tr key={v.id} data-row-key={v.id}>
              <td className="tabular">{v.volunteerNo}</td>
              <td>
                <Link to={`/volunteers/${v.id}`}>{v.name}</Link>
              </td>
              <td>{v.gender ?? '—'}</td>
              <td className="desk-table-right">
                {v.birthDate && isValidDateKey(v.birthDate) ? ageOn(v.birthDate, today) : '—'}
              </td>
              <td className="tabular">{maskIdNumber(v.idNumber)}</td>
              <td className="tabular">{maskPhone(v.phone)}</td>
              <td>{v.politicalStatus}</td>
              <td>
                {v.teamIds.length === 0
                  ? '—'
                  : v.teamIds.map((id) => (
                      <Tag key={id} style={{ marginBottom: 2, marginInlineEnd: 4 }}>
                        {teams.get(id)?.name ?? '（已删除的队伍）'}
                      </Tag>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
