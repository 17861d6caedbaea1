import { PrintButton } from './PrintButton';

/** 打印确认单: the 场地使用确认单 of one booking (A4), for the rooms screen to place. */
export function PrintBookingSlipButton({
  bookingId,
  number,
  disabled,
}: {
  bookingId: string;
  number?: string;
  disabled?: boolean;
}) {
  return (
    <PrintButton
      label="打印确认单"
      what="场地使用确认单"
      disabled={disabled ?? false}
      job={{
        kind: 'booking-slip',
        params: { ids: bookingId },
        pageSizeMm: { widthMm: 210, heightMm: 297 },
        fileName: `场地使用确认单${number ? `-${number}` : ''}`,
      }}
    />
  );
}
