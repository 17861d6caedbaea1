/// <reference lib="webworker" />
import { readSpreadsheet, type SheetRefusal, type SheetRows } from './read-spreadsheet';

/** What the page sends: the file's name (for its type) and bytes (transferred, not copied). */
export interface ReadRequest {
  name: string;
  bytes: ArrayBuffer;
}

/** What the worker answers: a stage reached, then the sheet or the reason it was refused. */
export type ReadReply =
  { type: 'progress'; stage: '解析表格' | '整理数据' } | { type: 'done'; result: SheetRows | SheetRefusal };

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Parsing a large workbook takes seconds of CPU: here it never freezes the desk.
scope.onmessage = (event: MessageEvent<ReadRequest>) => {
  const reply = (message: ReadReply) => scope.postMessage(message);
  reply({ type: 'progress', stage: '解析表格' });
  let result: SheetRows | SheetRefusal;
  try {
    result = readSpreadsheet(event.data.name, new Uint8Array(event.data.bytes));
  } catch {
    result = { ok: false, message: '无法读取该文件，它可能已损坏或不是表格文件' };
  }
  reply({ type: 'progress', stage: '整理数据' });
  reply({ type: 'done', result });
};
