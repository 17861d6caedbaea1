import { createContext, useContext } from 'react';

/** Where a new booking starts from: the board's click or drag, a room's walk-in, or nothing. */
export interface NewBookingPrefill {
  date: string;
  roomId?: string;
  startMinute?: number;
  endMinute?: number;
}

/** Opens the booking drawers from anywhere on the 场地预约 screen. */
export interface BookingEditor {
  openNew(prefill: NewBookingPrefill): void;
  openWalkIn(roomId: string): void;
  openBooking(id: string): void;
  editBooking(id: string): void;
}

export const BookingEditorContext = createContext<BookingEditor | null>(null);

/** The screen's booking editor; only valid inside RoomsScreen. */
export function useBookingEditor(): BookingEditor {
  const value = useContext(BookingEditorContext);
  if (!value) throw new Error('useBookingEditor must be used inside RoomsScreen');
  return value;
}
