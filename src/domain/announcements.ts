// Announcements: an organiser writes to a whole season, or to one company's people in it, in both
// languages; it reaches them as a notice, and by mail where they agreed (domain/happenings).
import { z } from 'zod';
import { documentIdSchema } from './document-id';
import { typedText } from './text';

export const ANNOUNCEMENT_TITLE_MAX = 120;
export const ANNOUNCEMENT_MESSAGE_MAX = 1000;

const title = typedText({
  min: 3,
  max: ANNOUNCEMENT_TITLE_MAX,
  tooShort: 'validation.announcementTitle',
});
const message = typedText({
  min: 3,
  max: ANNOUNCEMENT_MESSAGE_MAX,
  tooShort: 'validation.announcementMessage',
});

/** sendAnnouncement: to the season, or to one company's teams when `companyId` is given. */
export const announcementPayloadSchema = z.strictObject({
  seasonId: documentIdSchema('validation.seasonId', 40),
  companyId: documentIdSchema('validation.companyId', 40).nullable().default(null),
  title: z.strictObject({ fr: title, en: title }, { error: 'validation.announcementTitle' }),
  message: z.strictObject(
    { fr: message, en: message },
    { error: 'validation.announcementMessage' },
  ),
});

export type AnnouncementPayload = z.infer<typeof announcementPayloadSchema>;
