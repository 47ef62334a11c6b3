import { Typography } from 'antd';
import { formatMoney, formatShare } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import type { lorenzOvershoot, Tier } from '../chart-data.ts';

/**
 * The line under the Lorenz curve: how to read it, or — when it rises above 100% — why, with the
 * tiers whose profit is negative.
 */
export function LorenzNote({
  overshoot,
  tierName,
}: {
  overshoot: ReturnType<typeof lorenzOvershoot>;
  /** A tier's name under the period's scheme. */
  tierName: (tier: Tier) => string;
}) {
  const t = useT();
  const lang = useLang();
  // No line break inside one tier's figure, nor after its minus sign.
  const figure = (tier: string, profit: string) =>
    `${tier}\u00a0${formatMoney(profit, lang).replace('-', '-\u2060')}`;
  let text = t('lorenzHint');
  if (overshoot) {
    text = t('lorenzAbove', {
      peak: formatShare(overshoot.peak, lang, 0),
      at: formatShare(overshoot.at, lang, 0),
    });
    if (overshoot.losingTiers.length > 0) {
      const tiers = overshoot.losingTiers.map((f) => figure(tierName(f.tier), f.profit));
      text += ` ${t('lorenzLosingTiers', { tiers: tiers.join(lang === 'zh' ? '、' : ', ') })}`;
    }
  }
  return (
    <Typography.Paragraph
      type="secondary"
      style={{ margin: 0, fontSize: 12 }}
      data-testid="lorenz-note"
      data-overshoot={overshoot ? 'true' : 'false'}
    >
      {text}
    </Typography.Paragraph>
  );
}
