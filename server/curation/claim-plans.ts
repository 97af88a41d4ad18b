// PATCH and DELETE /api/claims/:id: one claim of a source file changed or retracted, the rest of the file untouched.
import { isMap, type YAMLMap } from 'yaml';
import { formatPath } from '../ingest/data-issue';
import { notFound } from '../errors';
import { textFile } from './data-folder';
import { CLAIM_KEYS, fileValue, NULLABLE_CLAIM_KEYS } from './record-order';
import type { FileReads, WritePlan } from './write-plan';
import { setInOrder, YamlFileEdit } from './yaml-edit';

interface FoundClaim {
  file: string;
  sourceId: string;
  edit: YamlFileEdit;
  index: number;
  item: YAMLMap;
}

/** The source file holding claim `id`, read for editing; 404 when no file does. */
async function findClaim(id: string, reads: FileReads): Promise<FoundClaim> {
  for (const file of await reads.folder.sourceFiles()) {
    const { text } = await reads.read(file);
    // Only the files that mention the id are parsed.
    if (text === null || !text.includes(id)) continue;
    const edit = new YamlFileEdit(text);
    const items = edit.list('claims')?.items ?? [];
    const index = items.findIndex((item) => isMap(item) && item.get('id') === id);
    if (index === -1) continue;
    const sourceId = String(edit.doc.getIn(['source', 'id']) ?? '');
    return { file, sourceId, edit, index, item: items[index] as YAMLMap };
  }
  throw notFound(`No claim with id "${id}" in the data files`);
}

function claimField(found: FoundClaim) {
  return (file: string, keys: readonly PropertyKey[]): string | null =>
    file === found.file && keys[0] === 'claims' && keys[1] === found.index
      ? formatPath(['claim', ...keys.slice(2)])
      : null;
}

/** Changes the fields given (null clears an optional field; date and assertedBy become null). */
export async function planEditClaim(
  id: string,
  fields: Record<string, unknown>,
  reads: FileReads,
): Promise<WritePlan> {
  const found = await findClaim(id, reads);
  const { doc } = found.edit;
  for (const [key, value] of Object.entries(fields)) {
    const cleared = value === null && !NULLABLE_CLAIM_KEYS.includes(key);
    setInOrder(doc, found.item, key, cleared ? undefined : fileValue(key, value), CLAIM_KEYS);
  }
  found.edit.rewriteItem(found.item);
  const article = (await reads.read(textFile(found.sourceId))).text;
  return {
    action: 'edit-claim',
    writes: new Map([[found.file, found.edit.text()]]),
    evidence:
      article === null
        ? []
        : [
            {
              text: article,
              claims: [{ file: found.file, index: found.index, evidence: found.item.toJSON().evidence }],
            },
          ],
    issues: [],
    field: claimField(found),
    summary: { claim: String(found.item.get('id')), previousId: id, source: found.sourceId },
  };
}

/** Removes the claim from its source file. */
export async function planRetractClaim(id: string, reads: FileReads): Promise<WritePlan> {
  const found = await findClaim(id, reads);
  found.edit.removeItem('claims', found.index);
  return {
    action: 'retract-claim',
    writes: new Map([[found.file, found.edit.text()]]),
    evidence: [],
    issues: [],
    field: () => null,
    summary: { claim: id, source: found.sourceId },
  };
}
