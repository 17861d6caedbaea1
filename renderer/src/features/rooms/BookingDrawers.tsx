import { App, Drawer, Skeleton } from 'antd';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { emptyBookingForm, type BookingFormValues } from '@shared/booking/form-schema';
import type { Booking } from '@shared/model';
import { dateKey, formatMinutes, minuteOfDay } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { BookingDetail } from './BookingDetail';
import { BookingEditorContext, type BookingEditor, type NewBookingPrefill } from './booking-editor';
import { BookingForm } from './BookingForm';

type Open =
  | { kind: 'new'; prefill: NewBookingPrefill; key: number }
  | { kind: 'walkIn'; roomId: string; key: number }
  | { kind: 'edit'; id: string; key: number }
  | { kind: 'detail'; id: string; key: number }
  | null;

function valuesOf(b: Booking): BookingFormValues {
  const base = emptyBookingForm(dateKey(b.start), b.roomId, minuteOfDay(b.start), minuteOfDay(b.end));
  return {
    ...base,
    endTime: formatMinutes(minuteOfDay(b.end) === 0 ? 1440 : minuteOfDay(b.end)),
    title: b.title,
    category: b.category,
    organisationId: b.organisationId,
    contactName: b.contactName,
    phone: b.phone,
    expectedAttendees: b.expectedAttendees,
    equipment: b.equipment,
    notes: b.notes,
    backfillReason: b.backfillReason ?? '',
  };
}

/** Provides the booking editor to the screen and renders its drawers (new, walk-in, edit, details). */
export function BookingDrawers({ children }: { children: ReactNode }) {
  const repos = useRepos();
  const today = useTodayKey();
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState<Open>(null);
  const dirty = useRef(false);
  const seq = useRef(0);
  const next = () => (seq.current += 1);
  const editor = useMemo<BookingEditor>(
    () => ({
      openNew: (prefill) => setOpen({ kind: 'new', prefill, key: next() }),
      openWalkIn: (roomId) => setOpen({ kind: 'walkIn', roomId, key: next() }),
      openBooking: (id) => setOpen({ kind: 'detail', id, key: next() }),
      editBooking: (id) => setOpen({ kind: 'edit', id, key: next() }),
    }),
    [],
  );
  const data = useLive(async () => {
    if (!open || open.kind === 'detail') return null;
    const [rooms, organisations, rules] = await Promise.all([
      repos.places.rooms(),
      repos.places.organisations(),
      repos.places.rules(),
    ]);
    const booking = open.kind === 'edit' ? await repos.places.booking(open.id) : undefined;
    const walkIn = open.kind === 'walkIn' ? await repos.places.walkIn(open.roomId, Date.now()) : null;
    return { rooms, organisations, rules, booking, walkIn };
  }, [repos, open?.key]);

  const close = useCallback(() => {
    if (!dirty.current) {
      setOpen(null);
      return;
    }
    modal.confirm({
      title: '放弃未保存的内容？',
      content: '表单中已填写的内容将不会保存。',
      okText: '放弃',
      cancelText: '继续填写',
      onOk: () => {
        dirty.current = false;
        setOpen(null);
      },
    });
  }, [modal]);
  const onDirty = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  const done = (text: string) => {
    dirty.current = false;
    setOpen(null);
    void message.success(text);
  };

  let title = '';
  let body: ReactNode = null;
  if (open?.kind === 'detail') {
    title = '预约详情';
    body = <BookingDetail id={open.id} onClose={() => setOpen(null)} />;
  } else if (open) {
    title = open.kind === 'edit' ? '修改预约' : open.kind === 'walkIn' ? '立即使用' : '新建预约';
    if (!data) body = <Skeleton active />;
    else if (open.kind === 'walkIn' && !data.walkIn) body = <p>该场地现在不开放或已被占用，无法立即使用。</p>;
    else if (open.kind === 'edit' && !data.booking) body = <p>找不到该预约，可能已被删除。</p>;
    else {
      let initial: BookingFormValues;
      if (open.kind === 'edit' && data.booking) initial = valuesOf(data.booking);
      else if (open.kind === 'walkIn' && data.walkIn) {
        initial = {
          ...emptyBookingForm(
            dateKey(data.walkIn.start),
            open.roomId,
            minuteOfDay(data.walkIn.start),
            minuteOfDay(data.walkIn.end),
          ),
          title: '临时使用',
          category: '其他',
          expectedAttendees: 10,
        };
      } else {
        const p: NewBookingPrefill = open.kind === 'new' ? open.prefill : { date: today };
        initial = emptyBookingForm(p.date, p.roomId ?? '', p.startMinute ?? null, p.endMinute ?? null);
      }
      body = (
        <BookingForm
          key={open.key}
          initial={initial}
          editing={
            open.kind === 'edit' && data.booking
              ? { id: data.booking.id, inSeries: data.booking.seriesId !== null }
              : null
          }
          walkIn={open.kind === 'walkIn'}
          rooms={data.rooms}
          organisations={data.organisations}
          rules={data.rules}
          onDirty={onDirty}
          onDone={done}
        />
      );
    }
  }

  return (
    <BookingEditorContext.Provider value={editor}>
      {children}
      <Drawer
        open={open !== null}
        title={title}
        size={620}
        onClose={close}
        destroyOnHidden
        // The form's save bar sticks to the bottom edge itself.
        styles={{ body: open && open.kind !== 'detail' ? { paddingBottom: 0 } : {} }}
      >
        {body}
      </Drawer>
    </BookingEditorContext.Provider>
  );
}
