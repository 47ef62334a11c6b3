import { describe, expect, it } from 'vitest';
import { parseChanges } from './changes.ts';

describe('change records', () => {
  it('lists each field with its old and new value', () => {
    expect(
      parseChanges(
        '{"status":{"from":"active","to":"dormant"},"contactMobile":{"from":"138****5678","to":null}}',
      ),
    ).toEqual([
      { field: 'status', from: 'active', to: 'dormant' },
      { field: 'contactMobile', from: '138****5678', to: '–' },
    ]);
  });
  it('shows a creation without fields as nothing, and bad JSON as it is', () => {
    expect(parseChanges('{}')).toEqual([]);
    expect(parseChanges('not json')).toEqual([{ field: '', from: '', to: 'not json' }]);
    expect(parseChanges('{"name":"新名字"}')).toEqual([{ field: 'name', from: '–', to: '新名字' }]);
  });
});
