/**
 * What makes a SQLite file one of ours. PRAGMA application_id is stored in the file header
 * (offset 68), so we can tell a case file from any other SQLite file without reading tables.
 */
export const APPLICATION_ID = 0x50534346; // "PSCF"
export const SQLITE_HEADER = 'SQLite format 3\u0000';
export const CASE_FILE_EXTENSION = '.casefile';
