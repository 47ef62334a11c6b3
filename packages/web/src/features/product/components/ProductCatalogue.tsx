import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { CatalogueQuery as CatalogueData } from '../../../gql/graphql.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { CatalogueQuery, SaveProductMutation } from '../product.operations.ts';
import { type ProductFormValues, productFormValues, productInput } from '../product-form.ts';
import { ProductFormDialog } from './ProductFormDialog.tsx';

type Product = CatalogueData['productsConnection']['edges'][number]['node'];
const PAGE = 20;

/**
 * 系统设置 › 产品目录: every product of the catalogue, deactivated ones too, a page at a time in the
 * catalogue's order; add one, change one, deactivate or offer it again.
 */
export function ProductCatalogue() {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const paging = useCursorPaging('', PAGE);
  const list = useQuery(CatalogueQuery, { variables: paging.variables });
  const [save] = useMutation(SaveProductMutation);
  const [dialog, setDialog] = useState<{ editing: ProductFormValues | null } | null>(null);
  const conn = list.data?.productsConnection;
  const name = (p: Pick<Product, 'nameZh' | 'nameEn'>) => (lang === 'zh' ? p.nameZh : p.nameEn);

  const toggle = async (p: Product) => {
    try {
      await save({
        variables: { input: productInput({ ...productFormValues(p), active: !p.active }, false) },
      });
      message.success(t(p.active ? 'productDeactivated' : 'productReactivated', { name: name(p) }));
      void list.refetch();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="start">
        <Typography.Text type="secondary">{t('productIntro')}</Typography.Text>
        <Button type="primary" onClick={() => setDialog({ editing: null })} data-testid="product-add">
          {t('productAdd')}
        </Button>
      </Space>
      {list.error && <Alert type="error" title={list.error.message} />}
      <Table<Product>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        pagination={false}
        data-testid="product-table"
        onRow={(r) => ({ 'data-testid': `product-row-${r.code}` }) as Record<string, string>}
        columns={[
          { title: t('productCode'), dataIndex: 'code', width: 160, ellipsis: true },
          { title: t('productName'), key: 'name', width: 180, ellipsis: true, render: (_, r) => name(r) },
          {
            title: t('productReason'),
            key: 'reason',
            ellipsis: { showTitle: true },
            render: (_, r) => (lang === 'zh' ? r.reasonZh : r.reasonEn),
          },
          {
            title: t('productCooldown'),
            dataIndex: 'cooldownDays',
            width: 130,
            render: (n: number) => t('productCooldownValue', { n }),
          },
          {
            title: t('productStatus'),
            key: 'active',
            width: 100,
            render: (_, r) =>
              r.active ? <Tag color="green">{t('productActive')}</Tag> : <Tag>{t('productInactive')}</Tag>,
          },
          {
            title: t('productActions'),
            key: 'actions',
            width: 150,
            render: (_, r) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setDialog({ editing: productFormValues(r) })}
                  data-testid={`product-edit-${r.code}`}
                >
                  {t('productEdit')}
                </Button>
                <Popconfirm
                  title={t(r.active ? 'productDeactivateConfirm' : 'productReactivateConfirm', {
                    name: name(r),
                  })}
                  okText={t(r.active ? 'productDeactivate' : 'productReactivate')}
                  cancelText={t('cancel')}
                  okButtonProps={{
                    danger: r.active,
                    ...({ 'data-testid': 'confirm-ok' } as Record<string, string>),
                  }}
                  onConfirm={() => toggle(r)}
                >
                  <Button type="link" size="small" danger={r.active} data-testid={`product-toggle-${r.code}`}>
                    {t(r.active ? 'productDeactivate' : 'productReactivate')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CursorPager
        paging={paging}
        pageInfo={conn?.pageInfo}
        totalCount={conn?.totalCount}
        loading={list.loading}
        total="productsTotal"
        testIds={{ total: 'products-total', next: 'products-next', last: 'products-last' }}
      />
      <ProductFormDialog
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        onClose={() => setDialog(null)}
        onSaved={(saved) => {
          setDialog(null);
          message.success(t('productSaved', { name: saved }));
          void list.refetch();
        }}
      />
    </>
  );
}
