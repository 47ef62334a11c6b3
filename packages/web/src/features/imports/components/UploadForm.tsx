import { Alert, Button, Card, Input, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ImportKind } from '../../../gql/graphql.ts';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { ACCEPTED_FILES, CSV_ENCODINGS, type CsvEncoding, fileFormat, type UploadResult } from '../upload.ts';
import { useUploadError } from './useUploadError.ts';

/** What the form sends: the file and how to read it. */
export interface UploadRequest {
  kind: ImportKind;
  file: File;
  encoding: CsvEncoding;
  sheet: string;
}

/**
 * The upload form: the kind of file, the file (CSV or xlsx), then for a CSV its encoding and for a
 * workbook its sheet. Nothing is written when a row is bad; skipping bad rows is offered on the
 * rejected run, where the user has seen them.
 */
export function UploadForm({
  kinds,
  busy,
  onUpload,
}: {
  kinds: readonly ImportKind[];
  /** A run is going: one at a time. */
  busy: boolean;
  onUpload: (request: UploadRequest) => Promise<UploadResult>;
}) {
  const t = useT();
  const lang = useLang();
  const describe = useUploadError();
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'merchants');
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<CsvEncoding>('auto');
  const [sheet, setSheet] = useState('');
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const format = file ? fileFormat(file.name) : null;

  const start = async () => {
    if (!file) return;
    setUploading(true);
    setError(null);
    const result = await onUpload({ kind, file, encoding, sheet });
    setUploading(false);
    if (result.ok) setFile(null);
    else setError(describe(result));
  };

  return (
    <Card size="small" title={t('importTitle')} data-testid="import-form">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <span>{t('importKind')}</span>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            data-testid="import-kind"
            options={kinds.map((k) => ({ value: k, label: t(`importKind.${k}`) }))}
            optionType="button"
          />
        </Space>
        <Typography.Text type="secondary">{t(`importHint.${kind}`)}</Typography.Text>
        <Typography.Text type="secondary" data-testid="import-formats">
          {t('importFormats')}
        </Typography.Text>
        <Upload
          accept={ACCEPTED_FILES}
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setError(null);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={
            file
              ? [{ uid: 'file', name: `${file.name} · ${formatCount(file.size, lang)} B`, status: 'done' }]
              : []
          }
        >
          <Button data-testid="import-file">{t('chooseFile')}</Button>
        </Upload>
        {format === 'csv' && (
          <Space wrap>
            <span>{t('csvEncoding')}</span>
            <Radio.Group
              value={encoding}
              onChange={(e) => setEncoding(e.target.value as CsvEncoding)}
              data-testid="import-encoding"
              options={CSV_ENCODINGS.map((v) => ({ value: v, label: t(`csvEncoding.${v}`) }))}
              optionType="button"
            />
          </Space>
        )}
        {format === 'xlsx' && (
          <Space wrap>
            <span>{t('xlsxSheet')}</span>
            <Input
              value={sheet}
              onChange={(e) => setSheet(e.target.value)}
              placeholder={t('xlsxSheetPlaceholder')}
              maxLength={31}
              allowClear
              style={{ width: 240 }}
              data-testid="import-sheet"
            />
          </Space>
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title={t('uploadFailed')}
            description={error}
            data-testid="import-error"
          />
        )}
        <Button
          type="primary"
          disabled={!file || busy}
          loading={uploading}
          onClick={start}
          data-testid="import-start"
        >
          {t('startImport')}
        </Button>
      </Space>
    </Card>
  );
}
