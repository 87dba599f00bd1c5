import React, {type ComponentProps, type ReactNode} from 'react';

/** A laboratory flask: the icon of the `preview` admonition. */
export default function AdmonitionIconPreview(props: ComponentProps<'svg'>): ReactNode {
  return (
    <svg viewBox="0 0 16 16" {...props}>
      <path d="M5 1h6v1.5h-1v3.6l3.9 6.6a1.5 1.5 0 0 1-1.3 2.3H3.4a1.5 1.5 0 0 1-1.3-2.3L6 6.1V2.5H5z" />
    </svg>
  );
}
