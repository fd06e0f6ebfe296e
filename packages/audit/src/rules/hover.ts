// Rules of content shown on hover or focus (issue 14, family 6; WCAG 1.4.13): tooltips and pop-ups that a real
// mouse and real keys bring up. The logic is in src/checks/hover.ts and src/page/hover.js; a rule reports
// "fail" only where the pointer and keys showed the barrier, and "needs review" where a person must judge.
import type { RuleMeta } from '../types.ts';
import { rule, wcag } from './meta.ts';

const contentOnHover = wcag('1.4.13', 'content-on-hover-or-focus');

export const HOVER_RULES: RuleMeta[] = [
  rule(
    'druk/hover-content-focus',
    'usability-reliability',
    'serious',
    ['wcag2a', 'keyboard', 'hover'],
    [wcag('2.1.1', 'keyboard'), contentOnHover],
    'Content that the mouse brings up (a tooltip or pop-up) does not appear on keyboard focus: it fails when the pop-up holds links or buttons found nowhere else, and needs review when it holds only text',
    'Keyboard users, and people on phones and switches, never hover: what only the mouse reveals is hidden from them.',
    'Show the content on focus as well (:focus-within, or the focus and blur events), and make its trigger focusable (a <button> or a link).',
    { helpDz: 'ཙི་གུ་གིས་ སྟོན་མི་ ཡི་གུ་ ཡང་ན་ སྒོ་སྒྲིག་ཆུང་ཀུ་འདི་ ལྡེ་སྒྲོམ་གྱིས་ ཁ་ཕྱེ་མི་ཚུགས།' },
  ),
  rule(
    'druk/hover-content-dismiss',
    'usability-reliability',
    'moderate',
    ['wcag21aa', 'hover'],
    [contentOnHover],
    'Content shown on hover or focus covers other content and Escape does not hide it (needs review when it has its own close button or is not known to cover anything)',
    'Screen-magnifier users see a small part of the page: a tooltip they cannot send away without moving the pointer hides what they were reading.',
    'Hide the content when Escape is pressed, without moving focus or the pointer (a keydown listener on the document), or place it where it covers nothing.',
    { helpDz: 'ཙི་གུ་ ཡང་ན་ ལྡེ་སྒྲོམ་གྱིས་ སྟོན་མི་ ཡི་གུ་དེ་གིས་ ཤོག་ལེབ་ཀྱི་ ཡི་གུ་ཁ་བསྡམ་དོ། Escape ཨེབ་རུང་ མི་བཏོན།' },
  ),
  rule(
    'druk/hover-content-persist',
    'usability-reliability',
    'moderate',
    ['wcag21aa', 'hover'],
    [contentOnHover],
    'Content shown on hover disappears when the pointer moves onto it, or by itself while the pointer stays on its trigger',
    'Screen-magnifier users must move the pointer over a tooltip to read it, and slow readers need time: content that vanishes is content they cannot read.',
    'Keep the content while the pointer is over the trigger or the content itself (put both in one element that takes the :hover, with no gap between), and until the user moves away, presses Escape or the information is no longer valid.',
    { helpDz: 'ཙི་གུ་གིས་ སྟོན་མི་ ཡི་གུ་དེ་ ཙི་གུ་ དེ་གི་གུ་ལུ་ སྤོ་བའི་སྐབས་ ཡང་ན་ རང་བཞིན་གྱིས་ མེདཔ་ཐལ་དོ།' },
  ),
];
