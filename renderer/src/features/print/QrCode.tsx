import QRCode from 'qrcode';

/** A QR code as vector paths (sharp in any PDF, no image to load); `text` is what a scanner reads. */
export function QrCode({
  text,
  sizeMm,
  style,
}: {
  text: string;
  sizeMm: number;
  style?: React.CSSProperties;
}) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  // One rectangle per horizontal run of dark modules: a third of the path data of one per module,
  // which matters in a 500-page PDF.
  let d = '';
  for (let y = 0; y < n; y += 1) {
    let x = 0;
    while (x < n) {
      if (!qr.modules.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < n && qr.modules.get(x, y)) x += 1;
      d += `M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`;
    }
  }
  const box = n + quiet * 2;
  return (
    <svg
      viewBox={`0 0 ${box} ${box}`}
      style={{ width: `${sizeMm}mm`, height: `${sizeMm}mm`, ...style }}
      role="img"
      aria-label={`二维码：${text}`}
      shapeRendering="crispEdges"
    >
      <rect width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
