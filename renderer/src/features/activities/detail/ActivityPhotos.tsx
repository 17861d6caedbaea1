import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { MAX_ACTIVITY_PHOTOS, photoFileProblem } from '@shared/activities/activity-photos';
import type { Activity, Photo } from '@shared/model';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { useLive } from '../../../db/live-query';
import { reportError } from '../../../db/errors';
import { Section } from '../../../ui/Section';
import { resizePhoto } from './resize-photo';

/** 活动照片: import (resized here), view, remove (asks first, with 撤销). At most 9. */
export function ActivityPhotos({ activity, readOnly }: { activity: Activity; readOnly: boolean }) {
  const repos = useRepos();
  const write = useWrite();
  const { modal, message } = App.useApp();
  const inputId = useId();
  const problemId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = activity.photoIds.join(',');
  const photos = useLive(() => repos.photos.byIds(activity.photoIds), [repos, ids]);
  const full = activity.photoIds.length >= MAX_ACTIVITY_PHOTOS;

  const importFiles = async (files: File[]) => {
    setProblem(null);
    setBusy(true);
    try {
      let count = activity.photoIds.length;
      for (const file of files) {
        const why = photoFileProblem(file, count);
        if (why) {
          setProblem(why);
          return;
        }
        let resized;
        try {
          resized = await resizePhoto(file);
        } catch (e) {
          setProblem(reportError(e));
          return;
        }
        if (!(await write(() => repos.photos.addToActivity(activity.id, resized)))) return;
        count += 1;
      }
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const remove = (p: Photo, n: number) =>
    modal.confirm({
      title: `删除第 ${n} 张照片？`,
      content: '删除后可以撤销。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        if (!(await write(() => repos.photos.removeFromActivity(p.id)))) return;
        const key = `photo-${p.id}`;
        void message.success({
          key,
          duration: 8,
          content: (
            <span>
              已删除照片。
              <Button
                type="link"
                size="small"
                onClick={() => {
                  message.destroy(key);
                  void write(() => repos.photos.restoreToActivity(p.id));
                }}
              >
                撤销
              </Button>
            </span>
          ),
        });
      },
    });

  return (
    <Section title={`活动照片（${activity.photoIds.length}/${MAX_ACTIVITY_PHOTOS}）`}>
      {!readOnly && (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <label htmlFor={inputId} className="sr-only" style={{ position: 'absolute', left: -9999 }}>
            选择活动照片
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
              if (full) setProblem(`每个活动最多 ${MAX_ACTIVITY_PHOTOS} 张照片，请先删除不需要的照片`);
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
      )}
      {photos && photos.length === 0 ? (
        <Typography.Text type="secondary">
          {readOnly ? '没有照片。' : '还没有照片。点“添加照片”导入活动现场照片，活动记录表会印出前 4 张。'}
        </Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <Flex gap={12} wrap>
            {(photos ?? []).map((p, i) => (
              <Flex key={p.id} vertical gap={4} align="center">
                <Image
                  src={p.dataUrl}
                  alt={`活动照片 ${i + 1}`}
                  width={160}
                  height={120}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                />
                {!readOnly && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`删除第 ${i + 1} 张照片`}
                    onClick={() => remove(p, i + 1)}
                  />
                )}
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
    </Section>
  );
}
