import type { PermitIdentity, RenewalTracking } from '../contracts/permits';
import { addDays, compareIsoDates, daysBetween, type IsoDate } from '../schedules/dates';
import { DEFAULT_RENEWAL_LEAD_DAYS, permitDates, permitTermStatus } from '../schedules/permit-dates';

export interface RenewalSettings {
  asOf: IsoDate;
  /** LOCAL: application lead time before expiry (the permit's `renewalLeadDays`, default 180). */
  renewalLeadDays?: number;
  /** LOCAL: reminder this many days before the application is due (default 30). */
  reminderDays?: number;
  /** LOCAL: warning this many days before expiry (default 90). */
  expiryWarningDays?: number;
}

type Alert = RenewalTracking['alerts'][number];

function alert(kind: Alert['kind'], date: IsoDate, asOf: IsoDate, message: string): Alert {
  return { kind, date, isDue: compareIsoDates(date, asOf) <= 0, message };
}

/**
 * Renewal dates and alerts of a term: application due (expiry − lead days), a reminder before it,
 * a warning before expiry and expiry itself. Application alerts stop once an application is received.
 * Null when the permit has no term yet. The caller drops alerts of a permit already renewed or ended.
 */
export function trackPermitRenewal(
  permit: Pick<PermitIdentity, 'effectiveDate' | 'expirationDate' | 'renewalApplicationReceivedOn'>,
  settings: RenewalSettings,
): RenewalTracking | null {
  const { effectiveDate, expirationDate, renewalApplicationReceivedOn: receivedOn } = permit;
  if (effectiveDate === null || expirationDate === null) return null;
  const { asOf, reminderDays = 30, expiryWarningDays = 90 } = settings;
  const dates = permitDates(
    effectiveDate,
    expirationDate,
    settings.renewalLeadDays ?? DEFAULT_RENEWAL_LEAD_DAYS,
  );
  const due = dates.renewalApplicationDue;
  const applicationAlerts =
    receivedOn === null
      ? [
          alert(
            'application_due_soon',
            addDays(due, -reminderDays),
            asOf,
            `Renewal application due on ${due}`,
          ),
          alert(
            'application_due',
            due,
            asOf,
            `Renewal application due today (${due}); the permit expires on ${expirationDate}`,
          ),
        ]
      : [];
  return {
    effectiveDate,
    expirationDate,
    renewalLeadDays: dates.renewalLeadDays,
    applicationDueDate: due,
    applicationReceivedOn: receivedOn,
    termStatus: permitTermStatus(dates, asOf, receivedOn),
    daysUntilApplicationDue: daysBetween(asOf, due),
    daysUntilExpiration: daysBetween(asOf, expirationDate),
    alerts: [
      ...applicationAlerts,
      alert(
        'expiring',
        addDays(expirationDate, -expiryWarningDays),
        asOf,
        `The permit expires on ${expirationDate}`,
      ),
      alert('expired', addDays(expirationDate, 1), asOf, `The permit expired on ${expirationDate}`),
    ],
  };
}
