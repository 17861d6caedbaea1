import { Button, Result } from 'antd';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The screen's name, for the message and the log. */
  title: string;
  /** Where the desk is (the route): moving elsewhere within the screen tries it afresh. */
  location: string;
  children: ReactNode;
}

/**
 * Catches a screen that fails to render, so the navigation and the other screens stay usable. The
 * person at the desk sees what happened in Chinese and can try the screen again; the raw error goes
 * to the console (the log). Keyed by screen in AppShell, so moving to another screen starts afresh.
 */
export class ScreenBoundary extends Component<Props, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`「${this.props.title}」页面出错`, error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.location !== this.props.location && this.state.failed) this.retry();
  }

  private readonly retry = (): void => {
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (!this.state.failed) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return (
      <Result
        status="error"
        title={`「${this.props.title}」页面出现错误，没有能显示`}
        subTitle="已保存的数据没有受影响。可以重新加载此页面，或从左侧导航打开其他页面继续工作；问题反复出现时，请重新启动程序并联系管理员。"
        extra={
          <Button type="primary" onClick={this.retry}>
            重新加载此页面
          </Button>
        }
      />
    );
  }
}

/**
 * Shown while a screen's code loads (a moment, the first time it opens). Said to screen readers at
 * once but shown only if loading takes long enough to notice, so a quick load does not flash.
 */
export function ScreenLoading({ title }: { title: string }) {
  return (
    <div role="status" className="screen-loading">
      正在打开「{title}」…
    </div>
  );
}
