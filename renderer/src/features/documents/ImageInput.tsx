import { Form } from 'antd';
import { FilePicker } from '../../ui/FilePicker';

function readImage(file: File, onLoad: (url: string) => void, onError: (msg: string) => void) {
  if (!/^image\/(png|jpeg)$/.test(file.type)) return onError('请选择 PNG 或 JPG 图片');
  if (file.size > 3_000_000) return onError('图片不能超过 3 MB');
  const reader = new FileReader();
  reader.onload = () => onLoad(String(reader.result));
  reader.readAsDataURL(file);
}

/** A labelled file input that reads one image as a data URL (size-checked by readImage). */
export function ImageInput({
  id,
  label,
  accept,
  onImage,
  onError,
}: {
  id: string;
  label: string;
  accept: string;
  onImage(url: string): void;
  onError(message: string): void;
}) {
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8 }}>
      <FilePicker
        id={id}
        accept={accept}
        buttonText="选择图片…"
        inputLabel={`${label}文件`}
        onFile={(f) => readImage(f, onImage, onError)}
      />
    </Form.Item>
  );
}
