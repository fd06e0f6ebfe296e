import { css } from 'lit';

export const contentsListStyles = css`
  :host {
    display: block;
  }
`;
