import { useEffect, useState, type RefObject } from 'react';

interface Tip {
  text: string;
  left: number;
  top: number;
}

/**
 * One tooltip for every block of a board, fed by event delegation: a board of 30 rooms carries hundreds
 * of blocks, and a tooltip component per block cost more than the rest of the board's render. Hover and
 * keyboard focus both show it; only this component re-renders when it moves.
 */
export function BoardTip({ boardRef }: { boardRef: RefObject<HTMLDivElement | null> }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const board = boardRef.current;
    if (!board) return undefined;
    const show = (event: Event) => {
      const block = (event.target as Element | null)?.closest<HTMLElement>('[data-tip]');
      if (!block) return;
      const box = block.getBoundingClientRect();
      setTip({ text: block.dataset.tip ?? '', left: box.left + box.width / 2, top: box.top });
    };
    const hide = (event: Event) => {
      const next = (event as FocusEvent | PointerEvent).relatedTarget as Element | null;
      if (!next?.closest('[data-tip]')) setTip(null);
    };
    board.addEventListener('pointerover', show);
    board.addEventListener('focusin', show);
    board.addEventListener('pointerout', hide);
    board.addEventListener('focusout', hide);
    // A scrolled page would leave the tip behind its block.
    const clear = () => setTip(null);
    window.addEventListener('scroll', clear, true);
    return () => {
      board.removeEventListener('pointerover', show);
      board.removeEventListener('focusin', show);
      board.removeEventListener('pointerout', hide);
      board.removeEventListener('focusout', hide);
      window.removeEventListener('scroll', clear, true);
    };
  }, [boardRef]);
  if (!tip) return null;
  return (
    <div className="board-tip" role="tooltip" style={{ left: tip.left, top: tip.top }}>
      {tip.text}
    </div>
  );
}
