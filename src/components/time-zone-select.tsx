// The time-zone select of the season and event forms: a few common zones first (with the
// browser's own and the current one), then every zone the browser knows.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from './field';
import { timeZoneGroups } from './time-zones';

export interface TimeZoneSelectProps {
  /** The props Field hands its control. */
  control: ControlProps;
  value: string;
  onChange: (timeZone: string) => void;
}

const zoneOption = (zone: string) => (
  <option key={zone} value={zone}>
    {zone}
  </option>
);

export function TimeZoneSelect({ control, value, onChange }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  // Some 430 options, built again only when the zone changes: the forms around the select render
  // at every key typed in their other fields.
  const options = useMemo(() => {
    const zones = timeZoneGroups(value);
    return (
      <>
        <optgroup label={t('form.commonTimeZones')}>{zones.common.map(zoneOption)}</optgroup>
        {zones.others.length > 0 ? (
          <optgroup label={t('form.allTimeZones')}>{zones.others.map(zoneOption)}</optgroup>
        ) : null}
      </>
    );
  }, [value, t]);
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      {options}
    </select>
  );
}
