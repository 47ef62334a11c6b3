import { MyWorkPage } from '../../features/maintenance/components/MyWorkPage.tsx';
import { ProductWorkList } from '../../features/value/components/ProductWorkList.tsx';
import { useT } from '../../lib/i18n.ts';

/** 我的工作: the tasks and KPIs of maintenance, with the product follow-ups of value as a third tab. */
export function MyWorkRoute() {
  const t = useT();
  return (
    <MyWorkPage
      extraTabs={[
        {
          key: 'products',
          label: <span data-testid="tab-products">{t('productWorkTab')}</span>,
          children: <ProductWorkList />,
        },
      ]}
    />
  );
}
