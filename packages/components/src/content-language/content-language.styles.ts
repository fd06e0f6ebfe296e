import { css } from 'lit';

export const contentLanguageStyles = css`
  :host {
    display: block;
  }
  :host(:lang(dz)) {
    font-size: calc(var(--druk-font-size-md, 1rem) * var(--druk-dzongkha-scale, 1.2));
  }
`;
