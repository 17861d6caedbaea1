import { App, Button, Form, Flex, Input, Skeleton, Typography } from 'antd';
import { useId, useState } from 'react';
import { cleanPostList, DEFAULT_POSTS, postListProblems, POST_NAME_MAX } from '@shared/organisation/posts';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { FormField } from '../../ui/FormField';
import { usePosts } from './use-organisation';

/** 岗位: the standing posts sign-in picks from, edited as a list and saved at once. */
export function PostsSection() {
  const posts = usePosts();
  return posts ? <PostsForm key={posts.join('\n')} initial={posts} /> : <Skeleton active />;
}

function PostsForm({ initial }: { initial: readonly string[] }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [posts, setPosts] = useState<string[]>([...initial]);
  const [tried, setTried] = useState(false);
  const problems = postListProblems(posts);
  const changed = posts.join('\n') !== initial.join('\n');

  const save = () => {
    setTried(true);
    if (problems) return;
    void write(() => repos.settings.set('servicePosts', cleanPostList(posts))).then(
      (ok) => ok && message.success('岗位已保存，签到时可从中选择'),
    );
  };

  return (
    <Form component={false} layout="vertical">
      <Flex vertical gap={4}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          签到时从这里选择岗位。删除或改名只影响以后的签到，已有服务记录保留原岗位名称。
        </Typography.Paragraph>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
            columnGap: 16,
          }}
        >
          {posts.map((post, i) => (
            <Flex key={i} gap={8} align="flex-start">
              <div style={{ flex: 1 }}>
                <FormField
                  label={`岗位 ${i + 1}`}
                  htmlFor={`${uid}-${i}`}
                  error={tried || post ? problems?.rows[i] : undefined}
                >
                  <Input
                    id={`${uid}-${i}`}
                    value={post}
                    count={textLimit(POST_NAME_MAX)}
                    onChange={(e) => setPosts(posts.map((p, j) => (j === i ? e.target.value : p)))}
                  />
                </FormField>
              </div>
              <Button
                style={{ marginTop: 30 }}
                aria-label={`删除岗位 ${i + 1}${post ? `“${post}”` : ''}`}
                onClick={() => setPosts(posts.filter((_, j) => j !== i))}
              >
                删除
              </Button>
            </Flex>
          ))}
        </div>
        {problems?.list && (
          <Typography.Text type="danger" role="alert">
            {problems.list}
          </Typography.Text>
        )}
        <Flex gap={8} wrap>
          <Button onClick={() => setPosts([...posts, ''])}>添加岗位</Button>
          <Button onClick={() => setPosts([...DEFAULT_POSTS])}>恢复默认的12个岗位</Button>
          <Button disabled={!changed} onClick={() => setPosts([...initial])}>
            撤销修改
          </Button>
          <Button type="primary" disabled={!changed} onClick={save}>
            保存岗位
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
