// The full unicode-range sliced sets rather than the single `chinese-simplified-*` files: those hold
// roughly the GB 2312 repertoire and miss characters common in personal names (堃, 喆, 婧…), while
// the slices cover the whole font and the browser fetches only the slices a page uses.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-serif-sc/400.css';
import '@fontsource/noto-serif-sc/700.css';

// LXGW WenKai, sliced: the one bundled face with Extension-B characters (𠮷) that Noto lacks.
import '@chinese-fonts/lxgwwenkai/dist/LXGWWenKai-Regular/result.css';

/** UI text: bundled Noto Sans SC first, so the OS never decides whether Chinese renders. */
export const SANS =
  "'Noto Sans SC', 'LXGW WenKai', -apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Certificates and letters. LXGW WenKai has Extension-B characters Noto Serif SC lacks (e.g. 𠮷). */
export const SERIF = "'Noto Serif SC', 'LXGW WenKai', serif";

/** Handwriting-like Kai face for signatures and salutations on printed letters. */
export const KAI = "'LXGW WenKai', 'Noto Serif SC', serif";
