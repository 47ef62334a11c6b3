// Imported by services for MAX_PAGE before any resolver: the decorators below need the polyfill.
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';

/** The most items one page of any list holds (`first` ≤ 100, as GitHub's API allows). */
export const MAX_PAGE = 100;

@ObjectType('PageInfo', { description: '分页信息 · Relay page information.' })
export class PageInfoType {
  @Field(() => Boolean, { description: '是否还有下一页 · Whether more items follow.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '本页最后一项的游标 · Cursor of the last item on this page.',
  })
  endCursor!: string | null;
}
