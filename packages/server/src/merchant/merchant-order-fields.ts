// The merchant list's orders as plain enums: the list's SQL (merchant-order.ts) and every command
// line that wires the workflows use them without loading the GraphQL schema code; merchant.types.ts
// registers them with GraphQL.

/** The orders of the merchant list (each tie-broken on the merchant's id, so pages never overlap). */
export enum MerchantOrderField {
  MID = 'MID',
  NAME = 'NAME',
  PROFIT = 'PROFIT',
  TIER = 'TIER',
  LAST_CONTACT = 'LAST_CONTACT',
  VALUE = 'VALUE',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
