import { useCallback } from 'react';
import { useT } from '../../../lib/i18n.ts';
import type { UploadResult } from '../upload.ts';

/** Words a refused upload: the session or the role when that is why, else the server's message. */
export function useUploadError() {
  const t = useT();
  return useCallback(
    (result: Extract<UploadResult, { ok: false }>) => {
      const why =
        result.status === 401
          ? t('uploadSignIn')
          : result.status === 403
            ? t('uploadForbidden')
            : result.message;
      return `${why}${result.status ? ` (HTTP ${result.status})` : ''}`;
    },
    [t],
  );
}
