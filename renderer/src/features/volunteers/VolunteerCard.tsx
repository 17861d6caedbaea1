import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { Volunteer } from '@shared/model';

/** Card size in millimetres: ISO/IEC 7810 ID-1, the size of a bank card. */
export const CARD_MM = { width: 85.6, height: 54 } as const;

/** The card's QR image: only the volunteer number, never the ID number or phone. */
export function cardQrDataUrl(volunteerNo: string): Promise<string> {
  return QRCode.toDataURL(volunteerNo, { margin: 0, errorCorrectionLevel: 'M', width: 240 });
}

/**
 * The printable volunteer card. Its QR code holds only the volunteer number (never the ID number or
 * phone), which the sign-in screen's scanner reads.
 */
export function VolunteerCard({
  volunteer,
  centerName,
  qrDataUrl,
}: {
  volunteer: Volunteer;
  centerName: string;
  /** Ready-made QR image; printing passes it so the page is complete before it signals ready. */
  qrDataUrl?: string;
}) {
  const [made, setMade] = useState<string | null>(null);
  useEffect(() => {
    if (qrDataUrl) return;
    let live = true;
    void cardQrDataUrl(volunteer.volunteerNo).then((url) => {
      if (live) setMade(url);
    });
    return () => {
      live = false;
    };
  }, [volunteer.volunteerNo, qrDataUrl]);
  const qr = qrDataUrl ?? made;
  return (
    <div
      role="img"
      aria-label={`志愿者证：${volunteer.name}，编号 ${volunteer.volunteerNo}`}
      style={{
        width: `${CARD_MM.width}mm`,
        height: `${CARD_MM.height}mm`,
        boxSizing: 'border-box',
        border: '0.3mm solid #c0392b',
        borderRadius: '3mm',
        padding: '4mm',
        display: 'flex',
        flexDirection: 'column',
        background: '#fff',
        color: '#222',
      }}
    >
      <div style={{ fontSize: '3.2mm', color: '#c0392b', fontWeight: 600 }}>{centerName}</div>
      <div style={{ fontSize: '4.6mm', fontWeight: 700, margin: '1mm 0 2mm' }}>志愿者证</div>
      <div style={{ display: 'flex', flex: 1, gap: '4mm' }}>
        {volunteer.photo ? (
          <img src={volunteer.photo} alt="" style={{ width: '18mm', height: '24mm', objectFit: 'cover' }} />
        ) : null}
        <div style={{ flex: 1, fontSize: '3.4mm', lineHeight: 1.7 }}>
          <div>
            姓名：<strong>{volunteer.name}</strong>
          </div>
          <div>编号：{volunteer.volunteerNo}</div>
          <div style={{ fontSize: '2.6mm', color: '#666' }}>签到时请出示本证二维码</div>
        </div>
        {qr && (
          <img src={qr} alt={`二维码 ${volunteer.volunteerNo}`} style={{ width: '24mm', height: '24mm' }} />
        )}
      </div>
    </div>
  );
}
