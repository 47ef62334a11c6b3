// packages/shared writes its codes in lower case ('in_progress'); the GraphQL API's enums are the
// same codes in upper case ('IN_PROGRESS'). The types hold the two spellings together: a code that
// shared and the schema spell differently fails to compile where it is converted.

/** A shared code as the API's enum value: 'on_site' → 'ON_SITE'. */
export const apiCode = <T extends string>(code: T): Uppercase<T> => code.toUpperCase() as Uppercase<T>;

/** An API enum value as shared's code: 'ON_SITE' → 'on_site'. */
export const sharedCode = <T extends string>(value: T): Lowercase<T> => value.toLowerCase() as Lowercase<T>;
