import { App, Button, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useId, useState } from 'react';
import {
  DEFAULT_ORDER_CATEGORIES,
  ORDER_CATEGORY_MAX,
  orderCategoryListProblems,
} from '@shared/orders/order-categories';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { FormField } from '../../ui/FormField';
import { useOrderCategories } from './use-orders';

/** 服务类别: the categories 点单 offers, edited as a list and saved at once. */
export function OrderCategoriesSection() {
  const list = useOrderCategories();
  return list ? <CategoriesForm key={list.join('\n')} initial={list} /> : <Skeleton active />;
}

function CategoriesForm({ initial }: { initial: readonly string[] }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [list, setList] = useState<string[]>([...initial]);
  const [tried, setTried] = useState(false);
  const problems = orderCategoryListProblems(list);
  const changed = list.join('\n') !== initial.join('\n');

  const save = () => {
    setTried(true);
    if (problems) return;
    void write(() =>
      repos.settings.set(
        'orderCategories',
        list.map((c) => c.trim()),
      ),
    ).then((ok) => ok && message.success('服务类别已保存，点单时可从中选择'));
  };

  return (
    <Form component={false} layout="vertical">
      <Typography.Paragraph type="secondary">
        点单时从这里选择服务类别。改名或删除只影响以后的服务单，已有服务单保留原类别。
      </Typography.Paragraph>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
          columnGap: 16,
        }}
      >
        {list.map((name, i) => (
          <Flex key={i} gap={8} align="flex-start">
            <div style={{ flex: 1 }}>
              <FormField
                label={`类别 ${i + 1}`}
                htmlFor={`${uid}-${i}`}
                error={tried || name ? problems?.rows[i] : undefined}
              >
                <Input
                  id={`${uid}-${i}`}
                  value={name}
                  count={textLimit(ORDER_CATEGORY_MAX)}
                  onChange={(e) => setList(list.map((c, j) => (j === i ? e.target.value : c)))}
                />
              </FormField>
            </div>
            <Button
              style={{ marginTop: 30 }}
              aria-label={`删除类别 ${i + 1}${name ? `“${name}”` : ''}`}
              onClick={() => setList(list.filter((_, j) => j !== i))}
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
        <Button onClick={() => setList([...list, ''])}>添加类别</Button>
        <Button onClick={() => setList([...DEFAULT_ORDER_CATEGORIES])}>恢复默认类别</Button>
        <Button disabled={!changed} onClick={() => setList([...initial])}>
          撤销修改
        </Button>
        <Button type="primary" disabled={!changed} onClick={save}>
          保存服务类别
        </Button>
      </Flex>
    </Form>
  );
}
