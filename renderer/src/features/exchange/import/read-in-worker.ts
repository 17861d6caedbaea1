import type { ReadReply, ReadRequest } from './import-worker';
import { MAX_IMPORT_BYTES, type SheetRefusal, type SheetRows } from './read-spreadsheet';

/**
 * Reads a file's first sheet in a Web Worker. `onStage` hears how far it got; aborting `signal`
 * stops the worker at once and resolves to null (取消).
 */
export async function readInWorker(
  file: File,
  onStage: (stage: string) => void,
  signal: AbortSignal,
): Promise<SheetRows | SheetRefusal | null> {
  // Checked before reading, so a huge file is refused without loading it into memory.
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: '文件超过 30 MB，请分成几个文件后再导入' };
  onStage('读取文件');
  const bytes = await file.arrayBuffer();
  if (signal.aborted) return null;
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    const stop = () => {
      worker.terminate();
      resolve(null);
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      if (event.data.type === 'progress') onStage(event.data.stage);
      else {
        signal.removeEventListener('abort', stop);
        worker.terminate();
        resolve(event.data.result);
      }
    };
    worker.onerror = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve({ ok: false, message: '无法读取该文件，它可能已损坏或不是表格文件' });
    };
    const request: ReadRequest = { name: file.name, bytes };
    worker.postMessage(request, [bytes]);
  });
}
