import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Image } from 'antd';

interface Props {
  photos: readonly { key: string; dataUrl: string }[];
  /** Alt text before the number: 活动照片 → “活动照片 1”. */
  alt: string;
  /** Shown as a 删除第 n 张照片 button under each photo when given. */
  onRemove?(index: number): void;
}

/** Photos as 160×120 thumbnails that open the full image, optionally each with its 删除 button. */
export function PhotoThumbs({ photos, alt, onRemove }: Props) {
  return (
    <Image.PreviewGroup>
      <Flex gap={12} wrap>
        {photos.map((p, i) => (
          <Flex key={p.key} vertical gap={4} align="center">
            <Image
              src={p.dataUrl}
              alt={`${alt} ${i + 1}`}
              width={160}
              height={120}
              style={{ objectFit: 'cover', borderRadius: 4 }}
            />
            {onRemove && (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`删除第 ${i + 1} 张照片`}
                onClick={() => onRemove(i)}
              />
            )}
          </Flex>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
