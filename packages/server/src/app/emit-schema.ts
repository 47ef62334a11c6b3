// Writes schema.graphql (committed); CI regenerates it and fails when the committed one is stale.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { serverRoot } from '../platform/config.ts';
import { createSchema } from './schema.ts';

const schema = await createSchema();
const out = resolve(serverRoot(), 'schema.graphql');
writeFileSync(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`wrote ${out}`);
