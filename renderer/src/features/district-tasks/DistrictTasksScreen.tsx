import { Button, Empty, Skeleton } from 'antd';
import { useNavigate } from 'react-router-dom';
import { CenterTasks } from './CenterTasks';
import { SiteTasks } from './SiteTasks';
import { TaskLoadError } from './TaskRows';
import { useTaskDesk } from './use-task-desk';

/**
 * 区级任务 (中心制单、所站领单): a 中心 desk publishes tasks to its 所/站 and follows them; a 所/站 desk
 * lists the tasks sent to it, claims and completes them. Everything goes through the district link;
 * the desk's own database is not touched.
 */
export function DistrictTasksScreen() {
  const { access, retry } = useTaskDesk();
  const navigate = useNavigate();
  switch (access.state) {
    case 'loading':
      return <Skeleton active aria-label="正在连接中心" />;
    case 'no-center':
      return (
        <Empty description="在 设置 → 同步 中连接中心后，这里显示中心下发的任务">
          <Button type="primary" onClick={() => void navigate('/settings')}>
            前往设置
          </Button>
        </Empty>
      );
    case 'no-district':
      return (
        <Empty description="中心还没有设置区级汇总：中心在 center.json 中填写 district 并重新运行中心设置后，这里可以下发和领取任务" />
      );
    case 'error':
      return <TaskLoadError error={access} onRetry={retry} />;
    case 'ready':
      return access.desk.site.level === '中心' ? (
        <CenterTasks desk={access.desk} />
      ) : (
        <SiteTasks desk={access.desk} />
      );
  }
}
