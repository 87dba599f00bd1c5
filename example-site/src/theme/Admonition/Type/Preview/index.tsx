import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/Admonition';
import AdmonitionLayout from '@theme/Admonition/Layout';
import IconPreview from '../../Icon/Preview';
import styles from './styles.module.css';

/**
 * `:::preview`: a feature in Tech Preview. Laid out like Docusaurus's own
 * types (`@theme/Admonition/Layout`), with its own icon, title and colours;
 * a title written in the Markdown (`:::preview[Beta]`) replaces the default.
 */
export default function AdmonitionTypePreview(props: Props): ReactNode {
  return (
    <AdmonitionLayout
      icon={<IconPreview />}
      title={
        <Translate id="theme.admonition.preview" description="The default label used for the Preview admonition (:::preview)">
          preview
        </Translate>
      }
      {...props}
      className={clsx('alert', styles.preview, props.className)}>
      {props.children}
    </AdmonitionLayout>
  );
}
