import { Flex, Modal, Typography } from 'antd';
import type { PageImages } from '../print/DocumentPage';
import type { PreparedRecipient } from './build-drafts';
import { DocumentPreview } from './DocumentPreview';

const SHOWN = 40;

/** Every page of the batch before anything is numbered; numbers show as 待分配 until issue. */
export function PreviewModal({
  open,
  onClose,
  rows,
  images,
  stockOnly,
}: {
  open: boolean;
  onClose(): void;
  rows: PreparedRecipient[];
  images: PageImages;
  stockOnly: boolean;
}) {
  const landscape =
    (rows[0]?.draft.layout.paper.widthMm ?? 210) > (rows[0]?.draft.layout.paper.heightMm ?? 297);
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      title={`预览（共 ${rows.length} 份）`}
      width={1000}
      destroyOnHidden
    >
      {/* Focusable, so the pages scroll from the keyboard too. */}
      <Flex
        wrap
        gap={16}
        tabIndex={0}
        role="region"
        aria-label="预览页面"
        style={{ maxHeight: '70vh', overflow: 'auto', padding: 8, background: '#f0f0f0' }}
      >
        {rows.slice(0, SHOWN).map((r) => (
          <DocumentPreview
            key={r.volunteer.id}
            label={`${r.volunteer.name}的预览`}
            layout={r.draft.layout}
            values={{ ...r.draft.content, 编号: '（开具时分配）' }}
            rows={r.draft.rows}
            images={images}
            widthPx={landscape ? 440 : 300}
            stockOnly={stockOnly}
          />
        ))}
      </Flex>
      {rows.length > SHOWN && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          只显示前 {SHOWN} 份；其余 {rows.length - SHOWN} 份版式相同，内容按各自记录填写。
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
