import { App, Skeleton } from 'antd';
import { cleanPostList, DEFAULT_POSTS, postListProblems, POST_NAME_MAX } from '@shared/organisation/posts';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { NameListEditor } from '../../ui/NameListEditor';
import { usePosts } from './use-organisation';

/** 岗位: the standing posts sign-in picks from, edited as a list and saved at once. */
export function PostsSection() {
  const posts = usePosts();
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  if (!posts) return <Skeleton active />;
  return (
    <NameListEditor
      key={posts.join('\n')}
      initial={posts}
      noun="岗位"
      maxLength={POST_NAME_MAX}
      problems={postListProblems}
      defaults={DEFAULT_POSTS}
      restoreLabel="恢复默认的12个岗位"
      saveLabel="保存岗位"
      hint="签到时从这里选择岗位。删除或改名只影响以后的签到，已有服务记录保留原岗位名称。"
      columnWidth={280}
      onSave={(list) =>
        write(() => repos.settings.set('servicePosts', cleanPostList(list))).then(
          (ok) => ok && message.success('岗位已保存，签到时可从中选择'),
        )
      }
    />
  );
}
