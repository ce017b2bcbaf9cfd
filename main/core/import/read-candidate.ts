import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/model/limits';
import { unreadableMessage, type ImportCandidate } from './sources';

/** The file name importers see: the base name of a path, or the name the renderer sent. */
export function displayName(candidate: ImportCandidate): string {
  return candidate.kind === 'path' ? basename(candidate.path) : candidate.file;
}

/** Reads a file's bytes, refusing empty and oversized files before reading them whole. */
export function readCandidate(candidate: ImportCandidate): Uint8Array {
  if (candidate.kind === 'bytes') {
    checkSize(candidate.file, candidate.size);
    if (candidate.data === null) throw new AppError('UNREADABLE', `${candidate.file} was not sent with its contents.`);
    const bytes = Buffer.from(candidate.data, 'base64');
    checkSize(candidate.file, bytes.length);
    return bytes;
  }
  let fd: number;
  try {
    fd = openSync(candidate.path, 'r');
  } catch (error) {
    throw new AppError('UNREADABLE', unreadableMessage(candidate.file, error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new AppError('UNREADABLE', `${candidate.file} is a folder.`);
    checkSize(candidate.file, stat.size);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('UNREADABLE', unreadableMessage(candidate.file, error));
  } finally {
    closeSync(fd);
  }
}

function checkSize(file: string, size: number): void {
  if (size === 0) throw new AppError('EMPTY', `${file} is empty.`);
  if (size > MAX_IMPORT_BYTES) {
    const megabytes = (size / (1024 * 1024)).toFixed(1);
    throw new AppError('TOO_LARGE', `${file} is ${megabytes} MB; Dossier imports articles of up to 20 MB.`);
  }
}
