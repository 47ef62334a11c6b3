import { Typography } from 'antd';
import { Link } from 'react-router';

/**
 * A merchant in a desk table: the name (a link to 客户 360) over the MID. Long names end in an
 * ellipsis with the whole name on hover; the MID always fits (15 digits).
 */
export function MerchantCell({ mid, name, testId }: { mid: string; name: string; testId?: string }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text ellipsis={{ tooltip: name }} style={{ display: 'block' }}>
        <Link to={`/merchants/${mid}`} data-testid={testId}>
          {name}
        </Link>
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {mid}
      </Typography.Text>
    </div>
  );
}
