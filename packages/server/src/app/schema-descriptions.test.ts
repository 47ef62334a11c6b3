import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.ts';

// Analysts and integrators read the schema as the manual: every name says what it means, in
// Chinese and English. A CJK character and a Latin letter must both appear.
const bilingual = (d: string | null | undefined) => !!d && /[\u4e00-\u9fff]/.test(d) && /[A-Za-z]/.test(d);

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value in Chinese and English', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      // Built-in scalars (String, Int, …) and graphql-scalars' DateTimeISO are documented upstream.
      if (
        isScalarType(type) &&
        ['String', 'Int', 'Float', 'Boolean', 'ID', 'DateTimeISO'].includes(type.name)
      )
        continue;
      if (!bilingual(type.description)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!bilingual(field.description)) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!bilingual(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues())
          if (!bilingual(v.description)) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
