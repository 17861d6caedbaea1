import { fitPhoto, PHOTO_JPEG_QUALITY } from '@shared/activities/activity-photos';
import type { PhotoInput } from '../../db/repos/photos';

function loadImage(file: File): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`无法读取图片“${file.name}”，文件可能已损坏`));
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url)) as Promise<HTMLImageElement>;
}

/** Reads an image file and redraws it at most 1600 px on the long side as JPEG, in the renderer. */
export async function resizePhoto(file: File): Promise<PhotoInput> {
  const img = await loadImage(file);
  const { width, height } = fitPhoto(img.naturalWidth, img.naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('无法处理图片');
  // JPEG has no transparency: a PNG's clear areas become white, not black.
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.drawImage(img, 0, 0, width, height);
  const dataUrl = canvas.toDataURL('image/jpeg', PHOTO_JPEG_QUALITY);
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bytes =
    Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
  return { dataUrl, width, height, bytes, caption: '' };
}
