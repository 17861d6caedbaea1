/** At most this many photos per activity. @example MAX_ACTIVITY_PHOTOS // => 9 */
export const MAX_ACTIVITY_PHOTOS = 9;
/** Files larger than this are refused before reading. @example MAX_PHOTO_FILE_BYTES // => 10485760 */
export const MAX_PHOTO_FILE_BYTES = 10 * 1024 * 1024;
/** The long side of a stored photo, in pixels. @example MAX_PHOTO_SIDE // => 1600 */
export const MAX_PHOTO_SIDE = 1600;
/** JPEG quality of stored photos. @example PHOTO_JPEG_QUALITY // => 0.82 */
export const PHOTO_JPEG_QUALITY = 0.82;

/**
 * The refusal when an activity or order already has {@link MAX_ACTIVITY_PHOTOS} photos.
 *
 * @example
 * photoLimitMessage('服务单') // => '每个服务单最多 9 张照片，请先删除不需要的照片'
 */
export function photoLimitMessage(owner = '活动'): string {
  return `每个${owner}最多 ${MAX_ACTIVITY_PHOTOS} 张照片，请先删除不需要的照片`;
}

/**
 * Why a chosen file cannot become one of the activity's photos (Chinese), or null.
 *
 * @example
 * photoFileProblem({ name: 'a.pdf', type: 'application/pdf', size: 100 }, 0) // => '“a.pdf”不是图片，请选择 JPG 或 PNG 照片'
 * photoFileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 100 }, 9) // => '每个活动最多 9 张照片，请先删除不需要的照片'
 * photoFileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 100 }, 9, '服务单') // => '每个服务单最多 9 张照片，请先删除不需要的照片'
 */
export function photoFileProblem(
  file: { name: string; type: string; size: number },
  existing: number,
  owner = '活动',
): string | null {
  if (existing >= MAX_ACTIVITY_PHOTOS) return photoLimitMessage(owner);
  if (!file.type.startsWith('image/')) return `“${file.name}”不是图片，请选择 JPG 或 PNG 照片`;
  if (file.size > MAX_PHOTO_FILE_BYTES) return `“${file.name}”超过 10 MB，请选择较小的照片`;
  return null;
}

/**
 * The size a photo is stored at: its long side at most {@link MAX_PHOTO_SIDE}, never enlarged.
 *
 * @example
 * fitPhoto(4000, 3000) // => { width: 1600, height: 1200 }
 * fitPhoto(800, 600) // => { width: 800, height: 600 }
 */
export function fitPhoto(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
