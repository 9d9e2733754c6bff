// The response cache keeps an anonymous answer only while the tables it was read from are
// unchanged, and only the read model's tables raise the data generation (catalogue/tables.ts).
// Committee work is read elsewhere (the drizzle plugin, the draft loaders): a request that reads it
// is marked here and its answer is not stored.

const MARK = 'read-outside-catalogue';

export function markReadOutsideCatalogue(ctx: { memo: Map<string, unknown> }): void {
  ctx.memo.set(MARK, true);
}

export function readOutsideCatalogue(ctx: { memo?: Map<string, unknown> } | undefined): boolean {
  return ctx?.memo?.get(MARK) === true;
}
