/**
 * Argument schemas of the library and recovery channels (composed into ARG_SCHEMAS in schemas.ts).
 * Ids are checked to be plain file names here, before any handler runs, and again by the library.
 */
import { z } from 'zod';
import type { HostHandlers } from './contract';
import type { LibraryChannel } from './library/library-handlers';
import { parseTrashId } from './library/library-trash';
import { isoTimeSchema, libraryIdSchema, pathSchema, scenarioNameSchema, scenarioProseSchema, scenarioTextSchema } from './schema-parts';

/** A recovery id is the renderer's choice (a library id or its own key for unsaved scenarios). */
const recoveryIdSchema = z.string().min(1, 'recovery id is empty').max(300, 'recovery id is too long')
  .refine((id) => !id.includes('\u0000'), 'recovery id contains a NUL character');

const trashIdSchema = z.string().max(400, 'trash id is too long').refine((id) => parseTrashId(id) !== null, 'not an entry of the trash');

const planDataKindSchema = z.enum(['targets', 'observations']);

type Channel = LibraryChannel | 'library:choose-folder' | 'scenario-file:open-dropped';

export const LIBRARY_ARG_SCHEMAS: { [K in Channel]: z.ZodType<Parameters<HostHandlers[K]>> } = {
  'library:list': z.tuple([]),
  'library:read': z.tuple([libraryIdSchema]),
  'library:save': z.tuple([z.strictObject({ text: scenarioTextSchema, id: libraryIdSchema.optional(), expectedModified: isoTimeSchema.optional() })]),
  'library:update': z.tuple([
    libraryIdSchema,
    z.strictObject({ name: scenarioNameSchema.optional(), notes: scenarioProseSchema.optional(), description: scenarioProseSchema.optional() }),
    isoTimeSchema.optional(),
  ]),
  'library:duplicate': z.tuple([libraryIdSchema, scenarioNameSchema]),
  'library:delete': z.tuple([libraryIdSchema]),
  'library:list-deleted': z.tuple([]),
  'library:restore-deleted': z.tuple([trashIdSchema]),
  'library:choose-folder': z.tuple([]),
  'recovery:write': z.tuple([recoveryIdSchema, scenarioTextSchema]),
  'recovery:list': z.tuple([]),
  'recovery:clear': z.tuple([recoveryIdSchema]),
  'scenario-file:open-dropped': z.tuple([pathSchema]),
  'plan-data:list': z.tuple([planDataKindSchema]),
  'plan-data:read': z.tuple([libraryIdSchema]),
  'plan-data:save': z.tuple([z.strictObject({ kind: planDataKindSchema, text: scenarioTextSchema, id: libraryIdSchema.optional(), expectedModified: isoTimeSchema.optional() })]),
};
