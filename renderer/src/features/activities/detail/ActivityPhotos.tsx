import { App, Button, Typography } from 'antd';
import { MAX_ACTIVITY_PHOTOS } from '@shared/activities/activity-photos';
import type { Activity, Photo } from '@shared/model';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { useLive } from '../../../db/live-query';
import { PhotoPicker } from '../../../ui/photos/PhotoPicker';
import { PhotoThumbs } from '../../../ui/photos/PhotoThumbs';
import { Section } from '../../../ui/Section';

/** 活动照片: import (resized here), view, remove (asks first, with 撤销). At most 9. */
export function ActivityPhotos({ activity, readOnly }: { activity: Activity; readOnly: boolean }) {
  const repos = useRepos();
  const write = useWrite();
  const { modal, message } = App.useApp();
  const ids = activity.photoIds.join(',');
  const photos = useLive(() => repos.photos.byIds(activity.photoIds), [repos, ids]);

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
        <PhotoPicker
          count={activity.photoIds.length}
          owner="活动"
          label="选择活动照片"
          onPhoto={(p) => write(() => repos.photos.addToActivity(activity.id, p))}
        />
      )}
      {photos && photos.length === 0 ? (
        <Typography.Text type="secondary">
          {readOnly ? '没有照片。' : '还没有照片。点“添加照片”导入活动现场照片，活动记录表会印出前 4 张。'}
        </Typography.Text>
      ) : (
        <PhotoThumbs
          photos={(photos ?? []).map((p) => ({ key: p.id, dataUrl: p.dataUrl }))}
          alt="活动照片"
          onRemove={
            readOnly
              ? undefined
              : (i) => {
                  const p = photos?.[i];
                  if (p) remove(p, i + 1);
                }
          }
        />
      )}
    </Section>
  );
}
