import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { MAX_ACTIVITY_PHOTOS, photoFileProblem, photoLimitMessage } from '@shared/activities/activity-photos';
import { reportError } from '../../db/errors';
import type { PhotoInput } from '../../db/repos/photos';
import { resizePhoto } from './resize-photo';

interface Props {
  /** Photos the activity or order already has. */
  count: number;
  /** What owns them, in the messages: 活动, 服务单. */
  owner: string;
  /** The hidden file input's name, e.g. 选择活动照片. */
  label: string;
  /** Takes one resized photo; false stops the import (the caller has shown why). */
  onPhoto(photo: PhotoInput): Promise<boolean>;
}

/**
 * 添加照片: checks each chosen file (image, size, how many), resizes it here and hands it on;
 * the first refusal stops the import and is shown beside the button.
 */
export function PhotoPicker({ count, owner, label, onPhoto }: Props) {
  const inputId = useId();
  const problemId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importFiles = async (files: File[]) => {
    setProblem(null);
    setBusy(true);
    try {
      let n = count;
      for (const file of files) {
        const why = photoFileProblem(file, n, owner);
        if (why) return setProblem(why);
        let resized: PhotoInput;
        try {
          resized = await resizePhoto(file);
        } catch (e) {
          return setProblem(reportError(e));
        }
        if (!(await onPhoto(resized))) return;
        n += 1;
      }
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
      <label htmlFor={inputId} className="sr-only" style={{ position: 'absolute', left: -9999 }}>
        {label}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept="image/*"
        multiple
        hidden
        aria-describedby={problem ? problemId : undefined}
        onChange={(e) => void importFiles(Array.from(e.target.files ?? []))}
      />
      <Button
        icon={<UploadOutlined aria-hidden />}
        loading={busy}
        onClick={() => {
          if (count >= MAX_ACTIVITY_PHOTOS) setProblem(photoLimitMessage(owner));
          else input.current?.click();
        }}
      >
        添加照片
      </Button>
      <Typography.Text type="secondary">JPG 或 PNG，每张不超过 10 MB，保存时自动缩小。</Typography.Text>
      {problem && (
        <Typography.Text type="danger" id={problemId} role="alert">
          {problem}
        </Typography.Text>
      )}
    </Flex>
  );
}
