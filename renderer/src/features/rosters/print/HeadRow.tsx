import { th } from '../../activities/print/print-styles';

/** The heading row of a roster printout's table, one ruled, shaded cell per heading. */
export function HeadRow({ headings }: { headings: readonly string[] }) {
  return (
    <thead>
      <tr>
        {headings.map((h) => (
          <th key={h} style={th}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
