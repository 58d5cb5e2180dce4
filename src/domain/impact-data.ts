// The impact models of catalogue actions, keyed by action id: only where a published figure
// exists. Every number below is read from the source it cites; an action without a model counts
// as learning or commitment (see countsAsWithoutFigure), and none is made up.
import { findAction } from './catalogue';
import { countsAsWithoutFigure, type ImpactModel, type WithoutFigure } from './impact';

const ADEME_REFURBISHED = {
  publisher: 'ADEME',
  title: 'Évaluation de l’impact environnemental d’un ensemble de produits reconditionnés',
  year: 2022,
  // The study's figures as ADEME published them in September 2022 (smartphone and laptop), read
  // in a press article: no page of ADEME's own giving them could be found with the search tool.
  // Alliancy: « un téléphone mobile reconditionné permet de prévenir l’extraction de 76,9 kg de
  // matières premières et l’émission de 24,6 kg de CO2eq (GES) par année d’utilisation » ; « un
  // ordinateur portable reconditionné […] permet […] d’éviter l’émission de 27 kgeqCO2 par an ».
  url: 'https://www.alliancy.fr/impact-produits-reconditionnes-comportement-utilisateurs',
} as const;

// A press article quoting ADEME (no page of ADEME's own was found): « les Français conservent en
// moyenne leur appareil moins de 2 ans et 88 % d’entre eux le changent alors qu’il fonctionne
// encore, selon l’Agence de la transition écologique (Ademe) ». Title as the page's address gives it.
const PHONE_KEPT_UNDER_TWO_YEARS = {
  publisher: 'Le Média Plus, citing ADEME',
  title: 'Prolonger la vie de son smartphone pour limiter l’impact environnemental du numérique',
  year: 2024,
  url: 'https://www.lemediaplus.com/prolonger-la-vie-de-son-smartphone-pour-limiter-limpact-environnemental-du-numerique/',
} as const;

// DEPP figures quoted by the press (no DEPP page was found). VousNousIls: « à la rentrée 2022, le
// nombre moyen d’élèves par classe […] pour les formations en collège, hors Segpa, […] s’élevait
// à 25,9 élèves par classe. Dans les formations générales et technologiques au lycée, cette
// moyenne était de 30,3 élèves par classe ». Title as the page's address gives it.
const DEPP_CLASS_SIZE_SECONDARY = {
  publisher: 'VousNousIls, citing DEPP',
  title: 'Devant combien d’élèves les enseignants ont-ils exercé cette année ?',
  year: 2023,
  url: 'https://www.vousnousils.fr/2023/08/04/devant-combien-deleves-les-enseignants-ont-ils-exerce-cette-annee-675993',
} as const;

// TF1 Info, comparing class sizes across Europe: « dans l’Hexagone, ce sont en moyenne 22,1 élèves
// qui sont dénombrés dans les classes de primaire, et 25,6 dans celles au collège ». Title as the
// page's address gives it.
const CLASS_SIZE_PRIMARY = {
  publisher: 'TF1 Info',
  title:
    'Rentrée scolaire : école primaire, collège… les classes françaises sont-elles les plus chargées d’Europe ?',
  year: 2023,
  url: 'https://www.tf1info.fr/education/rentree-scolaire-ecole-primaire-college-les-classes-francaises-sont-elles-les-plus-chargees-d-europe-2268732.html',
} as const;

// The success criterion the contrast check measures: « a contrast ratio of at least 4.5:1 ».
const WCAG_CONTRAST = {
  publisher: 'W3C',
  title: 'Understanding SC 1.4.3: Contrast (Minimum) (Level AA), WCAG 2.2',
  year: 2023,
  url: 'https://w3.org/WAI/WCAG22/Understanding/contrast-minimum.html',
} as const;

// The French accessibility standard, version 4.0 « publiée le 16 septembre 2019 », with its
// « Modèle de grille d'audit » and « Modèle de rapport d'audit ».
const RGAA_4 = {
  publisher: 'DINUM',
  title: 'Référentiel général d’amélioration de l’accessibilité (RGAA), version 4.0',
  year: 2019,
  url: 'https://github.com/DISIC/RGAA/releases/tag/v4.0',
} as const;

// INSEE Première n° 1953: « En 2021, 15,4 % des personnes de 15 ans ou plus résidant en France sont
// en situation d’illectronisme » ; « La protection de la vie privée est le domaine de compétences le
// moins maîtrisé ».
const INSEE_ILLECTRONISME = {
  publisher: 'INSEE',
  title: '15 % de la population est en situation d’illectronisme en 2021',
  year: 2023,
  url: 'https://www.insee.fr/fr/statistiques/7633654',
} as const;

// The CLEMI's guide for parents, « La famille Tout-Écran », to help them teach young people to
// sort information. Title as the page's address gives it.
const CLEMI_FAMILY_GUIDE = {
  publisher: 'VousNousIls, on the CLEMI',
  title: 'Éducation aux médias, aux écrans : un guide pour aider les parents',
  year: 2017,
  url: 'https://www.vousnousils.fr/2017/03/17/education-aux-medias-aux-ecrans-un-guide-pour-aider-les-parents-601299',
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

// A model that counts the one page or person the action itself names is graded illustrative:
// the completion is counted by convention (see the grades' meaning on "How we count").
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
  // Estimate: a phone kept five years instead of being replaced within two (ADEME: the French keep
  // theirs under two years on average) gives three more years of use that a new phone would
  // otherwise have served; each is counted at ADEME's yearly saving for a refurbished smartphone
  // against a new one, 24.6 kg CO2e. Sources disagree on a phone's footprint: ekwateur
  // (2023) quotes ADEME at 31.06 kg CO2e for a smartphone over 5.5 inches against 50-76 kg from
  // Apple and 60-85 kg from Huawei, and reports ADEME admitting to Le Monde it had underestimated
  // it (https://ekwateur.fr/blog/enjeux-environnementaux/empreinte-carbone-smartphone, its title
  // not seen, so not cited as a source): the saving below is likely an underestimate.
  'sob-keep-phone-five-years': {
    unit: 'kgCO2ePerYear',
    years: 3,
    low: 24.6,
    central: 24.6,
    high: 24.6,
    assumption: {
      fr: 'Garder son téléphone cinq ans au lieu de le changer avant deux ans (la moyenne selon l’ADEME) lui donne trois années d’usage de plus, chacune comptée au gain annuel mesuré par l’ADEME pour un smartphone reconditionné face à un neuf : 24,6 kg CO₂e.',
      en: 'Keeping your phone five years instead of replacing it within two (the average according to ADEME) gives it three more years of use, each counted at the yearly saving ADEME measured for a refurbished smartphone against a new one: 24.6 kg CO₂e.',
    },
    source: ADEME_REFURBISHED,
    seeAlso: [PHONE_KEPT_UNDER_TWO_YEARS],
    grade: 'estimate',
  },
  // One class per completion, at the average size for its level: 22.1 in primary school (TF1 Info,
  // rounded to 22), 25.9 in collège (DEPP, rounded to 26) and 30.3 in general lycée (DEPP, 30).
  'div-present-job-at-school': {
    unit: 'peopleReached',
    low: 22,
    central: 26,
    high: 30,
    assumption: {
      fr: 'Une réalisation compte une classe, à l’effectif moyen de son niveau : environ 22 élèves en primaire, 26 au collège et 30 au lycée général et technologique (DEPP pour le secondaire).',
      en: 'One completion counts one class, at the average size for its level: about 22 pupils in primary school, 26 in lower secondary and 30 in general upper secondary (French education ministry figures for secondary).',
    },
    source: DEPP_CLASS_SIZE_SECONDARY,
    seeAlso: [CLASS_SIZE_PRIMARY],
    grade: 'estimate',
  },
  // The action names one page: one page reviewed by hand against the standard's topics.
  'acc-audit-product-page': {
    unit: 'pagesAudited',
    low: 1,
    central: 1,
    high: 1,
    assumption: {
      fr: 'L’action demande de vérifier une page (outil automatique puis contrastes, titres, formulaires et clavier à la main) : une réalisation compte une page auditée.',
      en: 'The action asks you to check one page (an automated checker, then contrast, headings, forms and keyboard use by hand): one completion counts one page audited.',
    },
    source: RGAA_4,
    grade: 'illustrative',
  },
  // The action names one colleague, guided through the RGAA's grid and report.
  'acc-mentor-first-audit': {
    unit: 'peopleTrained',
    low: 1,
    central: 1,
    high: 1,
    assumption: {
      fr: 'L’action accompagne une collègue ou un collègue dans son premier audit, de la grille de critères du RGAA au rapport : une réalisation compte une personne formée.',
      en: 'The action guides one colleague through their first audit, from the RGAA criteria grid to the report: one completion counts one person trained.',
    },
    source: RGAA_4,
    grade: 'illustrative',
  },
  // The action names one designer or developer, shown the WCAG contrast check.
  'acc-show-contrast-check': {
    unit: 'peopleTrained',
    low: 1,
    central: 1,
    high: 1,
    assumption: {
      fr: 'L’action montre à une personne comment mesurer le contraste entre texte et fond (au moins 4,5:1 selon les WCAG) : une réalisation compte une personne formée.',
      en: 'The action shows one person how to measure the contrast between text and background (at least 4.5:1 under WCAG): one completion counts one person trained.',
    },
    source: WCAG_CONTRAST,
    grade: 'illustrative',
  },
  // The action names one relative or neighbour, taught to do a procedure on their own; INSEE
  // counts 15.4 % of people aged 15 or over in France without basic digital skills.
  'cit-help-with-online-procedure': {
    unit: 'peopleTrained',
    low: 1,
    central: 1,
    high: 1,
    assumption: {
      fr: 'L’action guide une personne de l’entourage dans une démarche en ligne sans la faire à sa place (15,4 % des personnes de 15 ans ou plus sont en situation d’illectronisme selon l’INSEE) : une réalisation compte une personne formée.',
      en: 'The action guides one relative or neighbour through an online procedure without doing it for them (15.4 % of people aged 15 or over lack basic digital skills, according to INSEE): one completion counts one person trained.',
    },
    source: INSEE_ILLECTRONISME,
    grade: 'illustrative',
  },
  // The action names one relative, helped to secure their accounts; INSEE finds protecting one's
  // privacy the least mastered digital skill.
  'res-help-secure-accounts': {
    unit: 'peopleReached',
    low: 1,
    central: 1,
    high: 1,
    assumption: {
      fr: 'L’action aide une personne de l’entourage à sécuriser ses comptes (la protection de la vie privée est la compétence numérique la moins maîtrisée selon l’INSEE) : une réalisation compte une personne.',
      en: 'The action helps one relative secure their accounts (protecting one’s privacy is the least mastered digital skill, according to INSEE): one completion counts one person.',
    },
    source: INSEE_ILLECTRONISME,
    grade: 'illustrative',
  },
  // The action names one child or teenager, with whom online content is picked apart, as the
  // CLEMI's guide for families suggests.
  'cit-teach-critical-thinking': {
    unit: 'peopleTrained',
    low: 1,
    central: 1,
    high: 1,
    assumption: {
      fr: 'L’action décortique des contenus en ligne avec un enfant ou un adolescent, comme le propose le guide du CLEMI pour les familles : une réalisation compte une personne formée.',
      en: 'The action picks apart online content with one child or teenager, as the CLEMI’s guide for families suggests: one completion counts one person trained.',
    },
    source: CLEMI_FAMILY_GUIDE,
    grade: 'illustrative',
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
