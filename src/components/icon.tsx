// An icon of the app's one SVG sprite (public/icons.svg), drawn in the colour of the text beside
// it. Icons are decoration: the words next to them carry the meaning, so screen readers skip them.
// Where an icon comes back on every card or link (themes, navigation), the stylesheet draws it
// instead, as a mask (`.icon-…`, `.theme-…`), which costs no element at all.

export type IconName =
  | 'catalogue'
  | 'team'
  | 'leaderboard'
  | 'progress'
  | 'more'
  | 'events'
  | 'list'
  | 'profile'
  | 'report'
  | 'admin'
  | 'review'
  | 'dashboard'
  | 'bell'
  | 'install'
  | 'close'
  | 'camera'
  | 'image'
  | 'clock'
  | 'streak';

const SPRITE = `${import.meta.env.BASE_URL}icons.svg`;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return <SpriteIcon id={`i-${name}`} className={className} />;
}

function SpriteIcon({ id, className }: { id: string; className: string | undefined }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      aria-hidden="true"
      focusable="false"
      width="24"
      height="24"
    >
      <use href={`${SPRITE}#${id}`} />
    </svg>
  );
}
