// What the season form holds (text, as typed) and how it becomes the settings the schema checks:
// dates typed in the season's time zone become instants, and custom actions get their ids.
import { epochToLocal, localToEpoch } from '../../components/time-zones';
import type { Effort, ProofKind, Scope } from '../../domain/action';
import type { ImpactGrade, ImpactModel, ImpactSource, ImpactUnit } from '../../domain/impact';
import {
  DEFAULT_LOG_BACK_DAYS,
  DEFAULT_PHOTO_RETENTION_DAYS,
  DEFAULT_TEAM_SIZE_CAP,
  defaultFreezeAt,
  type CustomAction,
  type DeletionPolicy,
  type RankingRule,
  type Season,
  type SeasonSettingsInput,
} from '../../domain/season';
import { slugify } from '../../domain/slug';
import type { Modality, ThemeId } from '../../domain/themes';

export interface CustomActionValues {
  /** Identifies the sub-form while it is edited; not sent. */
  key: string;
  theme: ThemeId;
  modality: Modality;
  effort: Effort;
  scope: Scope;
  proof: ProofKind;
  repeatKind: 'once' | 'upTo' | 'daily';
  repeatTimes: string;
  titleFr: string;
  titleEn: string;
  howToFr: [string, string];
  howToEn: [string, string];
  /** The action's impact model, as typed; null: the action has no figure. */
  impact: ImpactValues | null;
}

/** An impact model as the form holds it: numbers as typed (a decimal comma is fine). */
export interface ImpactValues {
  unit: ImpactUnit;
  years: string;
  low: string;
  central: string;
  high: string;
  assumptionFr: string;
  assumptionEn: string;
  publisher: string;
  title: string;
  year: string;
  url: string;
  grade: ImpactGrade;
  /** Other sources a stored model cites; kept, not edited here. */
  seeAlso: readonly ImpactSource[] | undefined;
}

export interface SeasonFormValues {
  name: string;
  timeZone: string;
  /** "YYYY-MM-DDTHH:mm", as <input type="datetime-local"> gives it, in `timeZone`. */
  startsAt: string;
  endsAt: string;
  freezeAt: string;
  teamChangeCutoff: string;
  logBackDays: string;
  rankingRule: RankingRule;
  teamSizeCap: string;
  allActions: boolean;
  actionIds: readonly string[];
  customActions: readonly CustomActionValues[];
  deletionPolicy: DeletionPolicy;
  photoRetentionDays: string;
  showImpact: boolean;
  companyDomainRequired: boolean;
}

const CUSTOM_PREFIX = 'custom-';
const MAX_ACTION_ID_LENGTH = 64;

/** Rule: a custom action's id is "custom-" followed by the slug of its English title. */
export function customActionId(titleEn: string): string {
  const slug = slugify(titleEn)
    .slice(0, MAX_ACTION_ID_LENGTH - CUSTOM_PREFIX.length)
    .replace(/-+$/, '');
  return `${CUSTOM_PREFIX}${slug}`;
}

export function emptyCustomAction(key: string): CustomActionValues {
  return {
    key,
    theme: 'sobriety',
    modality: 'act',
    effort: 'small',
    scope: 'individual',
    proof: 'none',
    repeatKind: 'once',
    repeatTimes: '2',
    titleFr: '',
    titleEn: '',
    howToFr: ['', ''],
    howToEn: ['', ''],
    impact: null,
  };
}

export function emptySeasonValues(timeZone: string): SeasonFormValues {
  return {
    name: '',
    timeZone,
    startsAt: '',
    endsAt: '',
    freezeAt: '',
    teamChangeCutoff: '',
    logBackDays: String(DEFAULT_LOG_BACK_DAYS),
    rankingRule: 'total',
    teamSizeCap: String(DEFAULT_TEAM_SIZE_CAP),
    allActions: true,
    actionIds: [],
    customActions: [],
    deletionPolicy: 'keep',
    photoRetentionDays: String(DEFAULT_PHOTO_RETENTION_DAYS),
    showImpact: true,
    companyDomainRequired: false,
  };
}

/** A stored season back in the form; freeze and cut-off left empty when they are the defaults. */
export function valuesFromSeason(season: Season): SeasonFormValues {
  const local = (epoch: number) => epochToLocal(epoch, season.timeZone);
  const freezeIsDefault = season.freezeAt === defaultFreezeAt(season);
  return {
    name: season.name,
    timeZone: season.timeZone,
    startsAt: local(season.startsAt),
    endsAt: local(season.endsAt),
    freezeAt: freezeIsDefault ? '' : local(season.freezeAt),
    teamChangeCutoff:
      season.teamChangeCutoff === season.freezeAt ? '' : local(season.teamChangeCutoff),
    logBackDays: String(season.logBackDays),
    rankingRule: season.rankingRule,
    teamSizeCap: String(season.teamSizeCap),
    allActions: season.actionIds === null,
    actionIds: season.actionIds ?? [],
    customActions: season.customActions.map((action) => customValuesOf(action)),
    // Seasons saved before these settings existed have neither: show the defaults.
    deletionPolicy: season.deletionPolicy ?? 'keep',
    photoRetentionDays: String(season.photoRetentionDays ?? DEFAULT_PHOTO_RETENTION_DAYS),
    showImpact: season.showImpact ?? true,
    companyDomainRequired: season.companyDomainRequired === true,
  };
}

export function emptyImpact(): ImpactValues {
  return {
    unit: 'kgCO2e',
    years: '1',
    low: '',
    central: '',
    high: '',
    assumptionFr: '',
    assumptionEn: '',
    publisher: '',
    title: '',
    year: '',
    url: '',
    grade: 'estimate',
    seeAlso: undefined,
  };
}

function impactValuesOf(model: ImpactModel): ImpactValues {
  return {
    unit: model.unit,
    years: String(model.years ?? 1),
    low: String(model.low),
    central: String(model.central),
    high: String(model.high),
    assumptionFr: model.assumption.fr,
    assumptionEn: model.assumption.en,
    publisher: model.source.publisher,
    title: model.source.title,
    year: String(model.source.year),
    url: model.source.url,
    grade: model.grade,
    seeAlso: model.seeAlso,
  };
}

/** An empty box is not zero; "1,5" is 1.5. */
const decimal = (text: string) =>
  text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));

function impactFromValues(values: ImpactValues) {
  return {
    unit: values.unit,
    ...(values.unit === 'kgCO2ePerYear' ? { years: wholeNumber(values.years) } : {}),
    low: decimal(values.low),
    central: decimal(values.central),
    high: decimal(values.high),
    assumption: { fr: values.assumptionFr, en: values.assumptionEn },
    source: {
      publisher: values.publisher,
      title: values.title,
      year: wholeNumber(values.year),
      url: values.url.trim(),
    },
    ...(values.seeAlso ? { seeAlso: [...values.seeAlso] } : {}),
    grade: values.grade,
  };
}

function customValuesOf(action: CustomAction): CustomActionValues {
  return {
    key: action.id,
    theme: action.theme,
    modality: action.modality,
    effort: action.effort,
    scope: action.scope,
    proof: action.proof,
    repeatKind: action.repeat.kind,
    repeatTimes: action.repeat.kind === 'upTo' ? String(action.repeat.times) : '2',
    titleFr: action.title.fr,
    titleEn: action.title.en,
    howToFr: [...action.howTo.fr],
    howToEn: [...action.howTo.en],
    impact: action.impact ? impactValuesOf(action.impact) : null,
  };
}

/** An empty box is not zero: it stays NaN so the schema says what is missing. */
const wholeNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function settingsFromValues(values: SeasonFormValues): SeasonSettingsInput {
  const instant = (local: string) => localToEpoch(local, values.timeZone);
  const optionalInstant = (local: string) => (local.trim() === '' ? null : instant(local));
  return {
    name: values.name,
    timeZone: values.timeZone,
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    freezeAt: optionalInstant(values.freezeAt),
    teamChangeCutoff: optionalInstant(values.teamChangeCutoff),
    logBackDays: wholeNumber(values.logBackDays),
    actionIds: values.allActions ? null : [...values.actionIds],
    customActions: values.customActions.map((action) => ({
      id: customActionId(action.titleEn),
      theme: action.theme,
      modality: action.modality,
      effort: action.effort,
      scope: action.scope,
      proof: action.proof,
      repeat:
        action.repeatKind === 'upTo'
          ? { kind: 'upTo', times: wholeNumber(action.repeatTimes) }
          : { kind: action.repeatKind },
      title: { fr: action.titleFr, en: action.titleEn },
      howTo: { fr: action.howToFr, en: action.howToEn },
      // No model, no field: a custom action without a figure stores as before.
      ...(action.impact ? { impact: impactFromValues(action.impact) } : {}),
    })),
    rankingRule: values.rankingRule,
    teamSizeCap: wholeNumber(values.teamSizeCap),
    deletionPolicy: values.deletionPolicy,
    photoRetentionDays: wholeNumber(values.photoRetentionDays),
    showImpact: values.showImpact,
    companyDomainRequired: values.companyDomainRequired,
  };
}
