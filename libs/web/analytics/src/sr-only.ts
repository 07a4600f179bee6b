import type { CSSProperties } from 'react';

/** Visually hidden, still read by screen readers (the charts' numbers as text). */
export const srOnly: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
};
