import { useEffect } from 'react';
import { pageRule } from '@shared/documents/paper';
import { SANS } from '../../../styles/fonts';
import { PrintPage } from '../../print/PrintPage';
import type { PrintKindProps } from '../../print/registry';

const A4 = { widthMm: 210, heightMm: 297 };

/**
 * `#/print/recovery-sheet?key=…&center=…&date=…`: the 恢复密钥单, printed once when the key is made and
 * kept with the center's seal. Without it, no backup opens on a new PC after a disk dies.
 */
export function RecoverySheetJob({ params, onReady, onError }: PrintKindProps) {
  const key = params.get('key') ?? '';
  const center = params.get('center') ?? '';
  const date = params.get('date') ?? '';
  useEffect(() => {
    if (key) onReady();
    else onError('恢复密钥单缺少密钥，请重新生成');
  }, [key, onReady, onError]);
  return (
    <>
      <style>{pageRule(A4)}</style>
      <PrintPage widthMm={A4.widthMm} heightMm={A4.heightMm} label="恢复密钥单">
        <div style={{ position: 'absolute', inset: '25mm 22mm', fontFamily: SANS, color: '#000' }}>
          <h1 style={{ fontSize: '22pt', textAlign: 'center', margin: '0 0 6mm', letterSpacing: '0.3em' }}>
            备份恢复密钥单
          </h1>
          <p style={{ fontSize: '12pt', textAlign: 'center', margin: '0 0 12mm' }}>
            {center || '（未设置中心名称）'} · 文明实践前台 · {date} 生成
          </p>
          <p style={{ fontSize: '11pt', margin: '0 0 4mm' }}>恢复密钥：</p>
          <p
            style={{
              fontFamily: 'monospace',
              fontSize: '17pt',
              whiteSpace: 'nowrap',
              fontWeight: 700,
              letterSpacing: '0.08em',
              border: '0.4mm solid #000',
              padding: '6mm 4mm',
              textAlign: 'center',
              margin: '0 0 10mm',
            }}
          >
            {key}
          </p>
          <ol style={{ fontSize: '11pt', lineHeight: 1.9, paddingInlineStart: '6mm', margin: 0 }}>
            <li>本中心的全部备份文件都已加密；电脑硬盘损坏、重装系统或换电脑后，须凭此密钥才能恢复。</li>
            <li>请与公章一同锁柜保管，不要拍照、不要存在电脑或手机里，不要交给无关人员。</li>
            <li>恢复时在「设置 → 备份与恢复」或数据恢复页选择备份文件，按提示输入上面的 28 个字符。</li>
            <li>重新生成恢复密钥单后，此后的备份须用新密钥单；此前的备份仍可用这一张打开，请一并保存。</li>
          </ol>
          <p style={{ fontSize: '11pt', marginTop: '16mm' }}>
            保管人签字：________________{'\u3000\u3000'}日期：____________
          </p>
        </div>
      </PrintPage>
    </>
  );
}
