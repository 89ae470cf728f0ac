/**
 * Building blocks of the channel schemas (schemas.ts, library-schemas.ts): the argument kinds that
 * recur across channels, each with a message that says what is wrong.
 */
import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '@model';
import { MAX_SCENARIO_BYTES } from './contract';
import { isPlainJsonName, safeFileName } from './safe-file-name';

const utf8 = new TextEncoder();

/** "5 MB", for limits in messages. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/** UTF-8 size of content, bytes. */
export const byteSize = (content: string | Uint8Array): number => (typeof content === 'string' ? utf8.encode(content).length : content.byteLength);

export const pathSchema = z.string().min(1, 'path is empty').max(4096, 'path is too long')
  .refine((p) => !p.includes('\u0000'), 'path contains a NUL character');

/** Scenario (or recovery) text: at most the scenario size limit, in characters and in UTF-8 bytes. */
export const scenarioTextSchema = z.string().refine(
  (text) => text.length <= MAX_SCENARIO_BYTES && byteSize(text) <= MAX_SCENARIO_BYTES,
  `scenario text is larger than ${megabytes(MAX_SCENARIO_BYTES)}`,
);

export const fileNameSchema = z.string().min(1, 'file name is empty').max(255, 'file name is too long').transform((name) => safeFileName(name));

/** A library id: a plain .json file name, so no id can reach outside the library folder. */
export const libraryIdSchema = z.string().min(1, 'id is empty').max(255, 'id is too long')
  .refine(isPlainJsonName, 'id must be a plain .json file name of the library');

/** A scenario's name, as the scenario format allows it. */
export const scenarioNameSchema = z.string().trim().min(1, 'name must not be empty').max(MAX_NAME_LENGTH, `name is longer than ${MAX_NAME_LENGTH} characters`);

/** Description and notes, as the scenario format allows them. */
export const scenarioProseSchema = z.string().max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`);

/** An ISO 8601 time such as a library entry's `modified`. */
export const isoTimeSchema = z.iso.datetime({ message: 'must be an ISO 8601 time, e.g. 2025-01-02T03:04:05.678Z' });
