// Rules of the interaction family (issue 14, family 6): what a keyboard meets when it operates the page's
// widgets (dialogs and lightboxes, menus, buttons made of script) and its access keys. The logic is in
// src/checks/widgets.ts and src/page/widgets.js; each check reports "fail" only where the keys it pressed
// show the barrier, and "needs review" where a person must judge.
import type { RuleMeta, StandardReference } from '../types.ts';
import { rule, wcag } from './meta.ts';

const dialogPattern: StandardReference = {
  standard: 'WAI-ARIA Authoring Practices',
  criterion: 'Dialog (modal) pattern: keyboard interaction',
  url: 'https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/',
};
const keyboard = (tags: string[]) => ['wcag2a', 'keyboard', ...tags];

export const INTERACTION_RULES: RuleMeta[] = [
  rule(
    'druk/dialog-focus',
    'usability-reliability',
    'serious',
    keyboard(['dialog']),
    [wcag('2.4.3', 'focus-order'), dialogPattern],
    'Opening a dialog or lightbox does not move keyboard focus into it, Tab leaves it while it is open, or closing it does not return focus',
    'A keyboard or screen-reader user who opens a dialog is left behind it: Tab walks through the page the dialog covers, and after it closes they must find their place again from the top.',
    'Use <dialog> with showModal(), which moves focus in and keeps it there; or move focus to the dialog’s first control (or its heading with tabindex="-1") on opening, keep Tab inside while it is open, and focus the control that opened it on closing.',
    { helpDz: 'སྒོ་སྒྲིག་ཆུང་ཀུ་ཁ་ཕྱེ་བའི་སྐབས་ ལྡེ་སྒྲོམ་གྱི་གནས་ས་ དེའི་ནང་ན་མི་འགྱོ། ཡང་ན་ ཁ་བསྡམས་ཞིནམ་ལས་ ཨེབ་རྟ་ལུ་སླར་ལོག་མི་འོང་།' },
  ),
  rule(
    'druk/dialog-escape',
    'usability-reliability',
    'moderate',
    keyboard(['dialog']),
    [wcag('2.1.1', 'keyboard'), dialogPattern],
    'The Escape key does not close a dialog or lightbox',
    'Escape is how keyboard and screen-reader users expect to leave a dialog; without it they must find a close button, which some lightboxes hide or leave without a name.',
    'Close the dialog on Escape (a native <dialog> does this by itself) and return focus to the control that opened it.',
    { helpDz: 'སྒོ་སྒྲིག་ཆུང་ཀུ་འདི་ Escape ལྡེ་མིག་ཨེབ་རུང་ ཁ་བསྡམ་མི་ཚུགས།' },
  ),
  rule(
    'druk/hover-only-menu',
    'usability-reliability',
    'serious',
    keyboard(['menu']),
    [wcag('2.1.1', 'keyboard')],
    'A drop-down menu opens only under the mouse: its links cannot be reached with the keyboard',
    'Keyboard users, and many people who use a phone or a switch, never hover: the pages in the sub-menu are out of their reach.',
    'Open the sub-menu on focus as well (:focus-within), or make the item a disclosure button with aria-expanded that opens it on Enter and Space; or link every sub-page from the section’s own page.',
    { helpDz: 'དཀར་ཆག་གི་ཡན་ལག་ཚུ་ ཙི་གུ་གིས་རྐྱངམ་ཅིག་ཁ་ཕྱེ་ཚུགས་པས་ ལྡེ་སྒྲོམ་ལག་ལེན་འཐབ་མི་ཚུ་གིས་ ལྷོད་མི་ཚུགས།' },
  ),
  rule(
    'druk/fake-button',
    'usability-reliability',
    'serious',
    keyboard([]),
    [wcag('2.1.1', 'keyboard'), wcag('4.1.2', 'name-role-value')],
    'An element works with a mouse click but is no control: no role and no tab stop, so the keyboard cannot use it',
    'A <div> or <span> with a click handler is skipped by Tab and announced as plain text: keyboard and screen-reader users cannot use what it does.',
    'Use a <button> (or a link, if it goes to another page); a custom control needs role="button", tabindex="0" and a handler for Enter and Space.',
    { helpDz: 'ཙི་གུ་གིས་ཨེབ་ཚུགས་པའི་ཆ་ཤས་འདི་ལུ་ ལྡེ་སྒྲོམ་གྱིས་ ལྷོད་མི་ཚུགས།' },
  ),
  rule(
    'druk/button-keys',
    'usability-reliability',
    'serious',
    keyboard([]),
    [wcag('2.1.1', 'keyboard')],
    'An element with role="button" cannot be reached with Tab, or ignores Enter and Space',
    'role="button" promises a button to screen readers, but only a native <button> brings the keyboard with it: a scripted one that answers only the mouse leaves keyboard users stuck.',
    'Use a native <button>. A custom one needs tabindex="0" and a keydown handler that does what the click does on Enter and on Space.',
    { helpDz: 'ཨེབ་རྟ་འདི་ལུ་ Tab གིས་ལྷོད་མི་ཚུགས། ཡང་ན་ Enter དང་ Space ལྡེ་མིག་ཨེབ་རུང་ ལཱ་མི་འབད།' },
  ),
  rule(
    'druk/accesskey-conflict',
    'usability-reliability',
    'minor',
    ['keyboard'],
    [
      {
        standard: 'HTML Living Standard',
        criterion: 'The accesskey attribute',
        url: 'https://html.spec.whatwg.org/multipage/interaction.html#the-accesskey-attribute',
      },
      wcag('2.1.1', 'keyboard'),
    ],
    'Two elements share an access key, or an access key is one the browser or a screen reader uses',
    'With a shared key only one of the elements answers; a key the browser uses (Alt+D for the address bar, Alt+F for its menu) stops working for people who rely on it.',
    'Give each access key to one element only, prefer digits (the UK government access keys use 0–9), and list them on the accessibility page.',
    { helpDz: 'མྱུར་ལམ་ལྡེ་མིག་ (accesskey) གཅིག་པ་ ཆ་ཤས་གཉིས་ལུ་བཀོད་དེ་ཡོདཔ། ཡང་ན་ ཡོངས་འབྲེལ་བལྟ་ཆས་ཀྱི་ལྡེ་མིག་དང་ གཅིག་པ་ཨིན།' },
  ),
];
