import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { TemplateElement, TemplateLayout } from '@shared/documents/template';

const PT_TO_MM = 25.4 / 72;
/** Positions snap to half millimetres, the step of the X/Y fields. */
const snap = (mm: number) => Math.round(mm * 2) / 2;

type Placed = Exclude<TemplateElement, { type: 'frame' }>;

/** The box an element takes on paper, in mm (text: one line of its size; the table: its rows). */
function boxOf(el: Placed): { widthMm: number; heightMm: number } {
  switch (el.type) {
    case 'text':
      return { widthMm: el.widthMm, heightMm: el.sizePt * PT_TO_MM * 1.5 };
    case 'records':
      return { widthMm: el.widthMm, heightMm: Math.min(el.maxRows + 1, 8) * el.sizePt * PT_TO_MM * 2 };
    default:
      return { widthMm: el.sizeMm, heightMm: el.sizeMm };
  }
}

/**
 * Handles over the template preview: click one to pick its element, drag it to move the element, or use
 * the arrow keys (0.5 mm; with Shift 5 mm), as with a 套打 sheet held against the light. Positions stay
 * on the paper and land in the X/Y fields, so the typed values and the dragged ones are the same.
 */
export function ElementHandles({
  layout,
  widthPx,
  selected,
  onSelect,
  onMove,
  describe,
}: {
  layout: TemplateLayout;
  widthPx: number;
  selected: number;
  onSelect(index: number): void;
  onMove(index: number, xMm: number, yMm: number): void;
  describe(el: TemplateElement): string;
}) {
  const pxPerMm = widthPx / layout.paper.widthMm;
  const drag = useRef<{ index: number; x: number; y: number; xMm: number; yMm: number } | null>(null);
  const clampX = (mm: number) => Math.min(Math.max(snap(mm), 0), layout.paper.widthMm);
  const clampY = (mm: number) => Math.min(Math.max(snap(mm), 0), layout.paper.heightMm);

  const start = (index: number, el: Placed) => (e: PointerEvent<HTMLButtonElement>) => {
    onSelect(index);
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { index, x: e.clientX, y: e.clientY, xMm: el.xMm, yMm: el.yMm };
  };
  const move = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    onMove(d.index, clampX(d.xMm + (e.clientX - d.x) / pxPerMm), clampY(d.yMm + (e.clientY - d.y) / pxPerMm));
  };
  const nudge = (index: number, el: Placed) => (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.shiftKey ? 5 : 0.5;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const [dx, dy] = delta[e.key] ?? [0, 0];
    if (dx === 0 && dy === 0) return;
    e.preventDefault();
    onMove(index, clampX(el.xMm + dx), clampY(el.yMm + dy));
  };

  return (
    <div className="element-handles" style={{ width: widthPx, height: layout.paper.heightMm * pxPerMm }}>
      {layout.elements.map((el, index) => {
        if (el.type === 'frame') return null;
        const box = boxOf(el);
        return (
          <button
            key={el.id}
            type="button"
            className="element-handle"
            aria-pressed={index === selected}
            aria-label={`${describe(el)}：X ${el.xMm} 毫米，Y ${el.yMm} 毫米（拖动或用方向键移动）`}
            style={{
              left: el.xMm * pxPerMm,
              top: el.yMm * pxPerMm,
              width: Math.max(box.widthMm * pxPerMm, 8),
              height: Math.max(box.heightMm * pxPerMm, 8),
            }}
            onClick={() => onSelect(index)}
            onPointerDown={start(index, el)}
            onPointerMove={move}
            onPointerUp={() => {
              drag.current = null;
            }}
            onKeyDown={nudge(index, el)}
          />
        );
      })}
    </div>
  );
}
