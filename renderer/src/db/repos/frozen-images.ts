import { stampNew, type FrozenImages, type IssuedDocument } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';

/** The images a page prints with (same shape the print feature uses). */
export interface DocumentImages {
  backgroundImage: string | null;
  printBackground: boolean;
  sealImage: string | null;
}

const NONE: DocumentImages = { backgroundImage: null, printBackground: false, sealImage: null };

/** One asset per template version and image: unchanged templates never store their images twice. */
const assetId = (templateId: string, version: number, part: 'background' | 'seal') =>
  `${templateId}@${version}/${part}`;

/**
 * Freezes the current images of these templates as assets and returns, per template id, the references
 * issued documents keep. Built-in templates (not stored) have no images. Call inside the issuing
 * transaction, with `templates` and `assets` in its scope.
 */
export async function freezeTemplateImages(
  db: DeskDatabase,
  ctx: WriteContext,
  templateIds: readonly string[],
): Promise<Map<string, FrozenImages>> {
  const ids = [...new Set(templateIds)];
  const templates = (await db.templates.bulkGet(ids)).filter((t) => t !== undefined);
  const frozen = new Map<string, FrozenImages>();
  const wanted = new Map<string, string>();
  for (const t of templates) {
    const background = t.backgroundImage ? assetId(t.id, t.updatedAt, 'background') : null;
    const seal = t.sealImage ? assetId(t.id, t.updatedAt, 'seal') : null;
    if (background && t.backgroundImage) wanted.set(background, t.backgroundImage);
    if (seal && t.sealImage) wanted.set(seal, t.sealImage);
    frozen.set(t.id, {
      backgroundAssetId: background,
      printBackground: t.printBackground,
      sealAssetId: seal,
    });
  }
  const keys = [...wanted.keys()];
  const stored = await db.assets.bulkGet(keys);
  const now = ctx.now();
  const missing = keys
    .filter((_, i) => stored[i] === undefined)
    .map((id) => stampNew({ dataUrl: wanted.get(id) ?? '' }, { id, now, deskId: ctx.deskId }));
  if (missing.length > 0) await db.assets.bulkAdd(missing);
  return frozen;
}

/**
 * The images each issued document prints with: the frozen ones, or for documents issued before images
 * were frozen (schema v2) the template's current ones.
 */
export async function imagesOf(
  db: DeskDatabase,
  docs: readonly IssuedDocument[],
): Promise<Map<string, DocumentImages>> {
  const assetIds = docs.flatMap((d) => [d.images?.backgroundAssetId, d.images?.sealAssetId]);
  const ids = [...new Set(assetIds.filter((id): id is string => !!id))];
  const assets = new Map((await db.assets.bulkGet(ids)).flatMap((a) => (a ? [[a.id, a.dataUrl]] : [])));
  const legacy = [
    ...new Set(docs.filter((d) => !d.images && d.templateId).map((d) => d.templateId as string)),
  ];
  const templates = new Map(
    (await db.templates.bulkGet(legacy)).flatMap((t) => (t && t.deletedAt === null ? [[t.id, t]] : [])),
  );
  return new Map(
    docs.map((d) => {
      if (d.images) {
        const { backgroundAssetId, sealAssetId, printBackground } = d.images;
        return [
          d.id,
          {
            backgroundImage: backgroundAssetId ? (assets.get(backgroundAssetId) ?? null) : null,
            printBackground,
            sealImage: sealAssetId ? (assets.get(sealAssetId) ?? null) : null,
          },
        ];
      }
      const t = d.templateId ? templates.get(d.templateId) : undefined;
      return [
        d.id,
        t
          ? { backgroundImage: t.backgroundImage, printBackground: t.printBackground, sealImage: t.sealImage }
          : NONE,
      ];
    }),
  );
}
