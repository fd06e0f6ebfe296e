import { type CatalogueDomain, interpolate, type Lang, type MessageParams } from '@druk/locale';

/**
 * The competition's pages (leaderboard, report packs, evaluator sheets) in English and Dzongkha, in the
 * catalogue's shape. `review: true`: the Dzongkha awaits a Dzongkha editor (DDC), as in the catalogue.
 */
export const competitionStrings = {
  'competition.leaderboard.title': {
    en: '{competition}: results of round {round}',
    dz: '{competition}: ཐེངས་ {round} པའི་ གྲུབ་འབྲས།',
    review: true,
  },
  'competition.leaderboard.generated': {
    en: 'Generated on {date} from the competition database.',
    dz: 'འགྲན་བསྡུར་གྱི་ གནད་སྡུད་མཛོད་ལས་ {date} ལུ་ བཟོ་ཡི།',
    review: true,
  },
  'competition.leaderboard.open': {
    en: 'Round {round} is still open: these results are provisional.',
    dz: 'ཐེངས་ {round} པ་ ད་ལྟོ་ཡང་ ཁ་ཕྱེ་སྟེ་ཡོདཔ་ལས་ གྲུབ་འབྲས་འདི་ གནས་སྐབས་ཀྱི་ཨིན།',
    review: true,
  },
  'competition.leaderboard.downloads': {
    en: 'The same results as data:',
    dz: 'གྲུབ་འབྲས་འདི་ གནད་སྡུད་སྦེ:',
    review: true,
  },
  'competition.leaderboard.otherLanguage': { en: 'རྫོང་ཁ', dz: 'English' },
  'competition.leaderboard.trend': {
    en: 'Since round {round}: {improved} improved, {degraded} degraded, {unchanged} unchanged.',
    dz: 'ཐེངས་ {round} པ་ལས་ཚུར་: ཡར་དྲག་ {improved}, མར་ཉམས་ {degraded}, འགྱུར་བ་མེད་ {unchanged}།',
    review: true,
  },
  'competition.leaderboard.sortHint': {
    en: 'Select a column heading to sort the table.',
    dz: 'རེའུ་མིག་ རིམ་སྒྲིག་འབད་ནིའི་དོན་ལུ་ ཀ་ཐིག་གི་མགོ་མིང་ སེལ་འཐུ་འབད།',
    review: true,
  },
  'competition.chart.totals': {
    en: 'Total score of each website (0 to 100)',
    dz: 'ཝེབ་སའིཊ་རེ་རེའི་ སྐུགས་བསྡོམས། (༠ ལས་ ༡༠༠)',
    review: true,
  },
  'competition.chart.movement': {
    en: 'Rank in round {previous} and round {round}',
    dz: 'ཐེངས་ {previous} པ་དང་ ཐེངས་ {round} པའི་ གྲལ་རིམ།',
    review: true,
  },
  'competition.column.rank': { en: 'Rank', dz: 'གྲལ་རིམ།', review: true },
  'competition.column.site': { en: 'Website', dz: 'ཝེབ་སའིཊ།', review: true },
  'competition.column.total': { en: 'Total', dz: 'བསྡོམས།', review: true },
  'competition.column.band': { en: 'Band', dz: 'རིམ་པ།', review: true },
  'competition.column.uptime': { en: 'Uptime', dz: 'ལཱ་འབད་ཚུགས་པའི་ཚད།', review: true },
  'competition.column.movement': { en: 'Rank change', dz: 'གྲལ་རིམ་གྱི་འགྱུར་བ།', review: true },
  'competition.column.status': { en: 'Status', dz: 'གནས་སྟངས།', review: true },
  'competition.category.usability-reliability': {
    en: 'Usability and reliability',
    dz: 'ལག་ལེན་བདེ་བ་དང་ བློ་གཏད་ཚུགས་པ།',
    review: true,
  },
  'competition.category.content-aesthetic': { en: 'Content and aesthetic', dz: 'ནང་དོན་དང་ མཛེས་ཆ།', review: true },
  'competition.category.security-privacy': { en: 'Security and privacy', dz: 'ཉེན་སྲུང་དང་ སྒེར་གསང་།', review: true },
  'competition.category.services-information': {
    en: 'Services related information',
    dz: 'ཞབས་ཏོག་དང་འབྲེལ་བའི་ བརྡ་དོན།',
    review: true,
  },
  'competition.category.citizen-participation': {
    en: 'Citizen participation',
    dz: 'མི་སེར་གྱི་ བཅའ་མར་གཏོགས་པ།',
    review: true,
  },
  'competition.category.additional-features': { en: 'Additional features', dz: 'ཁ་སྐོང་ ཁྱད་ཆོས།', review: true },
  'competition.band.excellent': { en: 'Excellent', dz: 'ཕུལ་བྱུང་།', review: true },
  'competition.band.very-good': { en: 'Very good', dz: 'ལེགས་ཤོམ།', review: true },
  'competition.band.good': { en: 'Good', dz: 'ལེགས་པ།', review: true },
  'competition.band.fair': { en: 'Fair', dz: 'བར་ཙམ།', review: true },
  'competition.band.poor': { en: 'Poor', dz: 'ཞན་པ།', review: true },
  'competition.status.ranked': { en: 'Ranked', dz: 'གྲལ་རིམ་ཡོད།', review: true },
  'competition.status.eliminated': {
    en: 'Flagged for elimination',
    dz: 'ཕྱིར་བཏོན་ནིའི་ རྟགས་བཀལ་ཡོད།',
    review: true,
  },
  'competition.status.unreachable': {
    en: 'Could not be accessed: not ranked',
    dz: 'འཛུལ་མ་ཚུགས། གྲལ་རིམ་མེད།',
    review: true,
  },
  'competition.status.not-audited': {
    en: 'Not audited in this round',
    dz: 'ཐེངས་འདི་ནང་ བརྟག་ཞིབ་མ་འབད།',
    review: true,
  },
  'competition.report.title': { en: 'Competition report: {site}', dz: '{site}: འགྲན་བསྡུར་སྙན་ཞུ།', review: true },
  'competition.report.summary': {
    en: 'Round {round}: rank {rank}, total {total} ({band}).',
    dz: 'ཐེངས་ {round} པ: གྲལ་རིམ་ {rank}, བསྡོམས་ {total} ({band})།',
    review: true,
  },
  'competition.report.categories': { en: 'Scores by category', dz: 'དབྱེ་བ་རེ་རེའི་ སྐུགས།', review: true },
  'competition.report.changes': {
    en: 'Changes since round {round}',
    dz: 'ཐེངས་ {round} པ་ལས་ཚུར་གྱི་ འགྱུར་བ།',
    review: true,
  },
  'competition.report.fixed': { en: 'Fixed ({count})', dz: 'བཅོས་ཡོདཔ། ({count})', review: true },
  'competition.report.introduced': { en: 'New problems ({count})', dz: 'དཀའ་ངལ་གསརཔ། ({count})', review: true },
  'competition.report.persisting': {
    en: '{count} problems found in both rounds.',
    dz: 'ཐེངས་གཉིས་ཆ་ར་ནང་ དཀའ་ངལ་ {count} ཐོན་ཡི།',
    review: true,
  },
  'competition.report.failures': {
    en: 'Problems to fix ({count})',
    dz: 'བཅོ་དགོཔ་ཡོད་པའི་ དཀའ་ངལ། ({count})',
    review: true,
  },
  'competition.report.pages': { en: 'on {count} pages', dz: 'ཤོག་ལེབ་ {count} ནང་', review: true },
  'competition.report.manual': { en: "Evaluators' scores", dz: 'བརྟག་ཞིབ་པའི་ སྐུགས།', review: true },
  'competition.report.criterion': { en: 'Criterion', dz: 'ཚད་གཞི།', review: true },
  'competition.report.mean': { en: 'Mean (0 to 100)', dz: 'བར་ཚད། (༠ ལས་ ༡༠༠)', review: true },
  'competition.report.spread': {
    en: 'Disagreement (standard deviation)',
    dz: 'མི་མཐུན་པའི་ཚད། (ཚད་ལྡན་ཁྱད་པར)',
    review: true,
  },
  'competition.report.outliers': {
    en: '{count} outlying scores set aside',
    dz: 'ཐག་རིང་བའི་ སྐུགས་ {count} ཡར་བཞག་ཡི།',
    review: true,
  },
  'competition.report.uptime': {
    en: 'Uptime {uptime} over {probes} probes; mean response {ms} ms.',
    dz: 'ཞིབ་དཔྱད་ {probes} ནང་ ལཱ་འབད་ཚུགས་པའི་ཚད་ {uptime}; ལན་གྱི་དུས་ཡུན་ བར་ཚད་ {ms} ms།',
    review: true,
  },
  'competition.report.noUptime': {
    en: 'Uptime was not measured in this round.',
    dz: 'ཐེངས་འདི་ནང་ ལཱ་འབད་ཚུགས་པའི་ཚད་ ཚད་འཇལ་མ་འབད།',
    review: true,
  },
  'competition.report.outages': { en: 'Outages', dz: 'ལཱ་མ་འབད་བའི་ དུས་ཡུན།', review: true },
  'competition.report.gaps': {
    en: 'Monitoring gaps (not counted as downtime)',
    dz: 'ལྟ་རྟོག་མ་འབད་བའི་ དུས་ཡུན། (ལཱ་མ་འབད་བར་ མ་བརྩིས)',
    review: true,
  },
  'competition.evaluator.title': {
    en: 'Score sheet of {evaluator}, round {round}',
    dz: '{evaluator} གི་ སྐུགས་ཤོག ཐེངས་ {round} པ།',
    review: true,
  },
  'competition.evaluator.progress': {
    en: '{done} of {total} websites scored.',
    dz: 'ཝེབ་སའིཊ་ {total} ལས་ {done} ལུ་ སྐུགས་བཀལ་ཡི།',
    review: true,
  },
  'competition.evaluator.outOf': { en: 'out of {max}', dz: '{max} ལས་', review: true },
  'competition.evaluator.comment': { en: 'Comment (optional)', dz: 'བསམ་འཆར། (གདམ་ཁ)', review: true },
  'competition.evaluator.save': { en: 'Save scores for {site}', dz: '{site} གི་ སྐུགས་ སྲུང་བཞག་འབད།', review: true },
  'competition.evaluator.saved': { en: 'Scores for {site} saved.', dz: '{site} གི་ སྐུགས་ སྲུང་བཞག་འབད་ཡི།', review: true },
  'competition.evaluator.error': { en: 'Not saved: {message}', dz: 'སྲུང་བཞག་མ་འབད: {message}', review: true },
  'competition.evaluator.closed': {
    en: 'Round {round} is closed. The scores of every evaluator are shown; they can no longer change.',
    dz: 'ཐེངས་ {round} པ་ ཁ་བསྡམས་ཡི། བརྟག་ཞིབ་པ་ཆ་མཉམ་གྱི་ སྐུགས་ སྟོན་ཡོདཔ་དང་ བསྒྱུར་མི་ཚུགས།',
    review: true,
  },
  'competition.evaluator.open': {
    en: 'You see only your own scores until the round closes.',
    dz: 'ཐེངས་འདི་ ཁ་མ་བསྡམས་ཚུན་ རང་གི་ སྐུགས་རྐྱངམ་ཅིག་ མཐོང་།',
    review: true,
  },
  'competition.evaluator.forbidden': {
    en: 'This link is not valid. Ask the competition organiser for your own link.',
    dz: 'འབྲེལ་མཐུད་འདི་ ནུས་མེད་ཨིན། རང་གི་ འབྲེལ་མཐུད་ འགྲན་བསྡུར་འགོ་འདྲེན་པ་ལུ་ ཞུ།',
    review: true,
  },
  'competition.evaluator.noRound': {
    en: 'No round has been started yet.',
    dz: 'ཐེངས་ ད་ཚུན་ འགོ་མ་བཙུགས་པས།',
    review: true,
  },
} as const satisfies CatalogueDomain;

export type CompetitionMessage = keyof typeof competitionStrings;

export type Translate = (key: CompetitionMessage, params?: MessageParams) => string;

/** A translator for the competition's pages in one language. */
export function competitionTranslator(lang: Lang): Translate {
  return (key, params) => interpolate(competitionStrings[key][lang], params, key);
}

/** Numbers as the language writes them: Dzongkha with Tibetan digits (Node's ICU does this for `dz`). */
export function formatNumber(lang: Lang, value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatDate(lang: Lang, epochMs: number): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Thimphu' }).format(
    epochMs,
  );
}
