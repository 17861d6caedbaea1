import { pageRule } from '@shared/documents/paper';
import type { Volunteer } from '@shared/model';
import { useRepos } from '../../../app/desk-context';
import { CARD_MM, cardQrDataUrl, VolunteerCard } from '../../volunteers/VolunteerCard';
import { PrintPage } from '../PrintPage';
import type { PrintKindProps } from '../registry';
import { usePrintData } from '../use-print-data';

interface CardData {
  cards: { volunteer: Volunteer; qr: string }[];
  centerName: string;
}

/** `#/print/volunteer-card?ids=a,b`: one card-sized page per volunteer (ID-1, 85.6 × 54 mm). */
export function VolunteerCardJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const key = params.get('ids') ?? '';
  const data = usePrintData<CardData>(
    async () => {
      const people = await repos.documentSources.volunteersByIds(key.split(',').filter(Boolean));
      const live = people.filter((v) => v.deletedAt === null);
      if (live.length === 0) throw new Error('找不到要打印的志愿者');
      // QR images are made before rendering, so the page is whole when it says it is ready.
      const cards = await Promise.all(
        live.map(async (volunteer) => ({ volunteer, qr: await cardQrDataUrl(volunteer.volunteerNo) })),
      );
      const center = await repos.settings.get('centerProfile');
      return { cards, centerName: center?.name ?? '' };
    },
    key,
    onReady,
    onError,
  );

  if (!data) return null;
  return (
    <>
      <style>{pageRule({ widthMm: CARD_MM.width, heightMm: CARD_MM.height })}</style>
      {data.cards.map(({ volunteer, qr }) => (
        <PrintPage
          key={volunteer.id}
          widthMm={CARD_MM.width}
          heightMm={CARD_MM.height}
          label={volunteer.volunteerNo}
        >
          <VolunteerCard volunteer={volunteer} centerName={data.centerName} qrDataUrl={qr} />
        </PrintPage>
      ))}
    </>
  );
}
