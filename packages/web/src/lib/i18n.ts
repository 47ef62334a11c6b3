import { createContext, useCallback, useContext } from 'react';
import { ADMIN_MESSAGES } from './messages/admin.ts';
import { APP_MESSAGES } from './messages/app.ts';
import { CAMPAIGN_MESSAGES } from './messages/campaign.ts';
import { CHURN_MESSAGES } from './messages/churn.ts';
import { DEMO_MESSAGES } from './messages/demo.ts';
import { EVENTS_MESSAGES } from './messages/events.ts';
import { IMPORTS_MESSAGES } from './messages/imports.ts';
import { LOYALTY_MESSAGES } from './messages/loyalty.ts';
import { MAINTENANCE_MESSAGES } from './messages/maintenance.ts';
import { MERCHANT_MESSAGES } from './messages/merchant.ts';
import { PRODUCT_MESSAGES } from './messages/product.ts';
import { SERVICE_DESK_MESSAGES } from './messages/service-desk.ts';
import { TIER_MESSAGES } from './messages/tier.ts';
import { VALUE_MESSAGES } from './messages/value.ts';

export type Lang = 'zh' | 'en';

export const LANG_KEY = 'cornerstone.lang';

/** The message files, one per area of the app; a key lives in exactly one (i18n.test.ts holds it). */
export const MESSAGE_FILES = {
  app: APP_MESSAGES,
  merchant: MERCHANT_MESSAGES,
  tier: TIER_MESSAGES,
  maintenance: MAINTENANCE_MESSAGES,
  campaign: CAMPAIGN_MESSAGES,
  serviceDesk: SERVICE_DESK_MESSAGES,
  imports: IMPORTS_MESSAGES,
  value: VALUE_MESSAGES,
  events: EVENTS_MESSAGES,
  churn: CHURN_MESSAGES,
  demo: DEMO_MESSAGES,
  admin: ADMIN_MESSAGES,
  loyalty: LOYALTY_MESSAGES,
  product: PRODUCT_MESSAGES,
} as const;

// Every visible string of the app, Chinese first. Keys are typed: a missing entry is a compile error.
const TABLE = {
  ...APP_MESSAGES,
  ...MERCHANT_MESSAGES,
  ...TIER_MESSAGES,
  ...MAINTENANCE_MESSAGES,
  ...CAMPAIGN_MESSAGES,
  ...SERVICE_DESK_MESSAGES,
  ...IMPORTS_MESSAGES,
  ...VALUE_MESSAGES,
  ...EVENTS_MESSAGES,
  ...CHURN_MESSAGES,
  ...DEMO_MESSAGES,
  ...ADMIN_MESSAGES,
  ...LOYALTY_MESSAGES,
  ...PRODUCT_MESSAGES,
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof TABLE;
export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  let text: string = TABLE[key][lang];
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

/** Whether a key built from API data (a status, a role…) has an entry. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(TABLE, key);
}

/** Translates `${prefix}.${value}` when the table knows it, else shows the API value as it is. */
export function translateCode(lang: Lang, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? translate(lang, key) : value;
}

export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: 'zh',
  setLang: () => undefined,
});

export function useLang(): Lang {
  return useContext(LangContext).lang;
}

export function useT() {
  const { lang } = useContext(LangContext);
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

export function useTCode() {
  const { lang } = useContext(LangContext);
  return useCallback((prefix: string, value: string) => translateCode(lang, prefix, value), [lang]);
}
