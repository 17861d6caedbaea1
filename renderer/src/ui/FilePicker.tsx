import { Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';

interface Props {
  /** Id of the button, for the field's <label htmlFor>. */
  id: string;
  accept: string;
  /** What the button says, e.g. 选择图片…. */
  buttonText: string;
  /** Names the hidden file input for assistive technology and tests (e.g. 选择印章图片文件). */
  inputLabel: string;
  disabled?: boolean;
  onFile(file: File): void;
}

/**
 * A Chinese button that opens the file dialog, and the chosen file's name beside it. The browser's own
 * file input says "Choose File / No file chosen" in the system's language, so it stays hidden.
 */
export function FilePicker({ id, accept, buttonText, inputLabel, disabled, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <Flex gap={8} align="center" wrap>
      <Button id={id} disabled={disabled} onClick={() => input.current?.click()}>
        {buttonText}
      </Button>
      <Typography.Text type="secondary">{name ?? '未选择文件'}</Typography.Text>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) fires again.
          e.target.value = '';
          if (!file) return;
          setName(file.name);
          onFile(file);
        }}
      />
    </Flex>
  );
}
