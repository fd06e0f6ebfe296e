// A portal's own front end: its existing Lit element, plus the government chrome loaded per element.
import { LitElement, html } from 'lit';
import '@druk/components/masthead';
import '@druk/components/header';
import '@druk/components/footer';

class PortalGreeting extends LitElement {
  render() {
    return html`<p>Kuzuzangpo la</p>`;
  }
}
customElements.define('portal-greeting', PortalGreeting);
