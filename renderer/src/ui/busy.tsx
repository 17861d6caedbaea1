import { LoadingOutlined } from '@ant-design/icons';

/**
 * A Button `loading` value whose spinner is hidden from assistive tech. antd's own spinner is an image
 * named "loading", and while its exit animation runs it turns "保存预约" into "loading 保存预约" for
 * screen readers and for tests that find buttons by name.
 */
export function busy(flag: boolean): false | { icon: React.ReactNode } {
  return flag ? { icon: <LoadingOutlined aria-hidden /> } : false;
}
