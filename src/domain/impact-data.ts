// The impact models of catalogue actions, keyed by action id: only where a published figure
// exists. Every number below is read from the source it cites; an action without a model counts
// as learning or commitment (see countsAsWithoutFigure), and none is made up.
import { findAction } from './catalogue';
import { countsAsWithoutFigure, type ImpactModel, type WithoutFigure } from './impact';

const ADEME_REFURBISHED = {
  publisher: 'ADEME',
  title: 'Évaluation de l’impact environnemental d’un ensemble de produits reconditionnés',
  year: 2022,
  // The study's figures as ADEME published them in September 2022 (smartphone and laptop).
  url: 'https://www.alliancy.fr/impact-produits-reconditionnes-comportement-utilisateurs',
} as const;

const IEA_STREAMING = {
  publisher: 'IEA',
  title: 'The carbon footprint of streaming video: fact-checking the headlines',
  year: 2020,
  url: 'https://www.iea.org/commentaries/the-carbon-footprint-of-streaming-video-fact-checking-the-headlines',
} as const;

const CARBON_TRUST_STREAMING = {
  publisher: 'Carbon Trust',
  title: 'Carbon impact of video streaming',
  year: 2021,
  url: 'https://www.carbontrust.com/our-work-and-impact/guides-reports-and-tools/carbon-impact-of-video-streaming',
} as const;

const OBRINGER_INTERNET_FOOTPRINT = {
  publisher: 'Resources, Conservation & Recycling (Obringer et al.)',
  title: 'The overlooked environmental footprint of increasing Internet use',
  year: 2021,
  url: 'https://www.sciencedirect.com/science/article/abs/pii/S0921344920307072',
} as const;

// The workshop's own format: teams of 4 to 8 around a table, for three hours.
const FRESCO_FORMAT = {
  publisher: 'Centre Presse Aveyron',
  title: 'Paris XI : une fresque du numérique pour échanger et susciter la prise de conscience',
  year: 2023,
  url: 'https://www.centrepresseaveyron.fr/2023/07/10/paris-xi-une-fresque-du-numerique-pour-echanger-et-susciter-la-prise-de-conscience-11332416.php',
} as const;

export const IMPACT_MODELS: Readonly<Record<string, ImpactModel>> = {
  // A fresco is played by tables of 4 to 8; one completion counts one table, at least 4 people.
  'sob-team-digital-fresco': {
    unit: 'peopleTrained',
    low: 4,
    central: 4,
    high: 8,
    assumption: {
      fr: 'La Fresque du Numérique se joue en équipes de 4 à 8 personnes par table pendant trois heures : une réalisation compte une table, au moins 4 personnes.',
      en: 'The digital-impact fresco is played in teams of 4 to 8 people per table for three hours: one completion counts one table, at least 4 people.',
    },
    source: FRESCO_FORMAT,
    grade: 'estimate',
  },
  'sob-lead-fresco-workshop': {
    unit: 'peopleTrained',
    low: 4,
    central: 4,
    high: 8,
    assumption: {
      fr: 'Une session animée réunit au moins une table de 4 à 8 participants, le format de la Fresque du Numérique : une réalisation compte une table, au moins 4 personnes.',
      en: 'A session you lead gathers at least one table of 4 to 8 participants, the digital-impact fresco’s format: one completion counts one table, at least 4 people.',
    },
    source: FRESCO_FORMAT,
    grade: 'estimate',
  },
  // ADEME 2022: 24.6 kg CO2e avoided per year of use for a refurbished smartphone, 27 kg for a
  // refurbished laptop, each against a new one.
  'sob-buy-refurbished-device': {
    unit: 'kgCO2ePerYear',
    years: 1,
    low: 24.6,
    central: 24.6,
    high: 27,
    assumption: {
      fr: 'Un appareil reconditionné acheté à la place d’un neuf évite 24,6 kg CO₂e par année d’usage pour un smartphone et 27 kg pour un ordinateur portable (moyennes qui varient selon les pièces changées et la durée d’usage) ; seule la première année est comptée.',
      en: 'A refurbished device bought instead of a new one avoids 24.6 kg CO₂e per year of use for a smartphone and 27 kg for a laptop (averages that vary with the parts replaced and how long it is used); only the first year is counted.',
    },
    source: ADEME_REFURBISHED,
    grade: 'study',
  },
  // Estimate: a repair keeps a device in use instead of a new one, like refurbishing does; the
  // same ADEME per-year figures, one year counted.
  'sob-repair-broken-device': {
    unit: 'kgCO2ePerYear',
    years: 1,
    low: 24.6,
    central: 24.6,
    high: 27,
    assumption: {
      fr: 'Une réparation évite d’acheter un appareil neuf, comme le reconditionnement : nous reprenons le gain annuel mesuré par l’ADEME pour un smartphone (24,6 kg CO₂e) ou un ordinateur portable (27 kg) reconditionné, pour une seule année.',
      en: 'A repair avoids buying a new device, as refurbishing does: we borrow the yearly saving ADEME measured for a refurbished smartphone (24.6 kg CO₂e) or laptop (27 kg), for one year only.',
    },
    source: ADEME_REFURBISHED,
    grade: 'estimate',
  },
  // One hour of meeting per completion. Obringer et al.: an hour of video call 150-1,000 g CO2e,
  // 96 % less with the camera off; IEA (36 g) and the Carbon Trust (about 55 g in Europe) put an
  // hour of streamed video far lower. 96 % of 36 g, 55 g and 1,000 g gives the range.
  'sob-camera-off-in-meetings': {
    unit: 'kgCO2e',
    low: 0.0346,
    central: 0.0528,
    high: 0.96,
    assumption: {
      fr: 'Une réalisation compte une heure de réunion caméra coupée, soit 96 % de l’empreinte d’une heure de vidéo, que les sources estiment très différemment : 36 g (AIE), environ 55 g en Europe (Carbon Trust, valeur centrale) et jusqu’à 1 kg CO₂e (Obringer et al.).',
      en: 'One completion counts one hour of meeting with the camera off, that is 96 % of the footprint of an hour of video, which sources estimate very differently: 36 g (IEA), about 55 g in Europe (Carbon Trust, the central value) and up to 1 kg CO₂e (Obringer et al.).',
    },
    source: OBRINGER_INTERNET_FOOTPRINT,
    seeAlso: [IEA_STREAMING, CARBON_TRUST_STREAMING],
    grade: 'illustrative',
  },
};

/** The impact model of a catalogue action, or undefined when it has none. */
export function impactModelOf(actionId: string): ImpactModel | undefined {
  return Object.hasOwn(IMPACT_MODELS, actionId) ? IMPACT_MODELS[actionId] : undefined;
}

/**
 * Rule: a catalogue action with an impact model counts its figure; one without counts as
 * learning or commitment, as its modality says; an id outside the catalogue counts as nothing.
 */
export function catalogueActionCounts(
  actionId: string,
):
  | { readonly kind: 'figure'; readonly model: ImpactModel }
  | { readonly kind: WithoutFigure }
  | null {
  const model = impactModelOf(actionId);
  if (model) return { kind: 'figure', model };
  const action = findAction(actionId);
  return action ? { kind: countsAsWithoutFigure(action) } : null;
}
