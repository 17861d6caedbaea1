import { App, Skeleton } from 'antd';
import {
  DEFAULT_ORDER_CATEGORIES,
  ORDER_CATEGORY_MAX,
  orderCategoryListProblems,
} from '@shared/orders/order-categories';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { NameListEditor } from '../../ui/NameListEditor';
import { useOrderCategories } from './use-orders';

/** 服务类别: the categories 点单 offers, edited as a list and saved at once. */
export function OrderCategoriesSection() {
  const list = useOrderCategories();
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  if (!list) return <Skeleton active />;
  return (
    <NameListEditor
      key={list.join('\n')}
      initial={list}
      noun="类别"
      maxLength={ORDER_CATEGORY_MAX}
      problems={orderCategoryListProblems}
      defaults={DEFAULT_ORDER_CATEGORIES}
      restoreLabel="恢复默认类别"
      saveLabel="保存服务类别"
      hint="点单时从这里选择服务类别。改名或删除只影响以后的服务单，已有服务单保留原类别。"
      columnWidth={240}
      onSave={(next) =>
        write(() =>
          repos.settings.set(
            'orderCategories',
            next.map((c) => c.trim()),
          ),
        ).then((ok) => ok && message.success('服务类别已保存，点单时可从中选择'))
      }
    />
  );
}
